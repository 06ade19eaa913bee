package org.civiclab.datasets;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;

/**
 * The data the tables are made from.
 *
 * @param programs the programs
 * @param directory their people and organisations
 * @param attendance the attendance records
 */
@API(status = STABLE, since = "0.1.0")
public record TidySource(ImmutableList<Program> programs, DirectorySnapshot directory,
    ImmutableList<Attendance> attendance) {

  /**
   * A source.
   *
   * @param programs the programs
   * @param directory their people and organisations
   * @param attendance the attendance records
   * @return the source
   */
  public static TidySource of(List<Program> programs, DirectorySnapshot directory,
      List<Attendance> attendance) {
    return new TidySource(ImmutableList.copyOf(programs), directory,
        ImmutableList.copyOf(attendance));
  }
}
