package org.civiclab.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.report.AlumniNetwork;
import org.civiclab.report.GraphWriters;
import org.civiclab.report.HtmlReport;

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

  /**
   * Writes the HTML report of stored programs (no plan at hand: sessions are shown as agreed).
   *
   * @param folder the folder
   * @param programs the programs
   * @param directory their people and organisations
   * @param attendance the attendance log
   * @param asOf the day the results section judges targets and commitments on
   * @return the files written, index first
   */
  static List<Path> html(Path folder, List<Program> programs, DirectoryView directory,
      AttendanceLog attendance, LocalDate asOf) {
    HtmlReport.Builder b = HtmlReport.builder(directory).attendance(records(attendance))
        .asOf(asOf);
    programs.forEach(b::program);
    return b.build().write(folder);
  }

  /**
   * What {@code demo} writes beside its other exports: the HTML report in {@code html/}, with
   * planned events and violations from each program's plan, and the alumni network as GraphML.
   *
   * @param folder the export folder
   * @param built the programs as the demo built them
   * @param directory their people and organisations
   * @return the files written
   */
  static List<Path> demo(Path folder, List<DemoCommand.Built> built, DirectoryView directory) {
    HtmlReport.Builder b = HtmlReport.builder(directory);
    List<Program> programs = new ArrayList<>();
    List<Attendance> attendance = new ArrayList<>();
    for (DemoCommand.Built x : built) {
      b.planned(x.seed.program(), x.plan);
      programs.add(x.program);
      attendance.addAll(x.attendance);
    }
    List<Path> out = new ArrayList<>(b.attendance(attendance).build()
        .write(folder.resolve("html")));
    out.add(GraphWriters.write(AlumniNetwork.of(programs, directory, attendance), folder, false,
        true));
    return out;
  }
}
