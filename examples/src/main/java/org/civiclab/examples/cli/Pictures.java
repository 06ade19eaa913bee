package org.civiclab.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.report.AlumniNetwork;
import org.civiclab.report.GraphWriters;

/**
 * The pictures the command line writes: the alumni network as GraphML or GEXF, and the HTML
 * report. Kept apart from {@link Exports} so that the commands need one line each.
 */
final class Pictures {

  private Pictures() {}

  /**
   * Writes the alumni network of some programs into a folder.
   *
   * @param folder the folder
   * @param programs the programs
   * @param directory their people and organisations
   * @param attendance the attendance log (for same-module-day ties)
   * @param gexf GEXF when true, GraphML otherwise
   * @return the file written
   */
  static List<Path> network(Path folder, List<Program> programs, DirectoryView directory,
      AttendanceLog attendance, boolean gexf) {
    AlumniNetwork network = AlumniNetwork.of(programs, directory, records(attendance));
    return List.of(GraphWriters.write(network, folder, gexf, true));
  }

  /**
   * Every record of an attendance log, in log order.
   *
   * @param log the log
   * @return the records
   */
  static List<Attendance> records(AttendanceLog log) {
    List<Attendance> out = new ArrayList<>();
    log.forEach(out::add);
    return out;
  }
}
