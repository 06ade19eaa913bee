package org.civiclab.examples.cli;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.analysis.Analyses;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.AttendanceLog;

/** The analysis tables {@code report} prints and {@code export --format csv} writes. */
final class Reports {

  private Reports() {}

  /**
   * Every analysis table over stored programs, in a fixed order: attendance per session,
   * module and track; completion; participation by country and by sector; alumni per year
   * (cumulative) and per program; mentor-pair cadence adherence; outreach follow-up status and
   * the overdue follow-ups.
   *
   * @param programs the programs
   * @param directory their people and organisations
   * @param attendance the attendance log
   * @param asOf the day periods and due dates are read against
   * @return the tables
   */
  static ImmutableList<Table> all(List<Program> programs, DirectoryView directory,
      AttendanceLog attendance, LocalDate asOf) {
    return ImmutableList.<Table>builder()
        .addAll(Analyses.attendanceRates(programs, attendance))
        .add(Analyses.completionRates(programs))
        .add(Analyses.participation(programs, directory, Analyses.Dimension.COUNTRY))
        .add(Analyses.participation(programs, directory, Analyses.Dimension.SECTOR))
        .add(Analyses.alumniByYear(programs))
        .add(Analyses.alumniByProgram(programs))
        .add(Analyses.cadenceAdherence(programs, directory, Optional.of(asOf)))
        .add(Analyses.followUpStatus(programs, asOf))
        .add(Analyses.overdueFollowUps(programs, asOf))
        .addAll(ResultsReports.tables(programs, directory, attendance, asOf))
        .build();
  }

  /**
   * A table ready for the terminal: every text (title, column names, cells) through
   * {@link Terminal#oneLine}, so that control characters from names and titles are shown
   * escaped and the columns are aligned on what is printed. CSV files keep the data as is.
   *
   * @param table a table
   * @return the same table with its texts escaped
   */
  static Table forTerminal(Table table) {
    String[] columns = table.columns().stream().map(Terminal::oneLine).toArray(String[]::new);
    Table.Builder b = Table.builder(Terminal.oneLine(table.title()), columns);
    for (List<Object> row : table.rows()) {
      b.row(row.stream().map(c -> c instanceof String ? Terminal.oneLine(c) : c).toArray());
    }
    return b.build();
  }

  /**
   * A file name for a table: its position and its title in lower case with dashes, such as
   * {@code 04-completion-per-edition-and-track.csv}.
   *
   * @param index the table's position, from 1
   * @param table the table
   * @return the file name
   */
  static String fileName(int index, Table table) {
    String slug = table.title().toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return String.format(java.util.Locale.ROOT, "%02d-%s.csv", index, slug);
  }
}
