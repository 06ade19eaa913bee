package org.civiclab.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.datasets.TidyExport;
import org.civiclab.datasets.TidySource;
import picocli.CommandLine.Option;

/** The options of {@code export} for research datasets: --tidy, --pseudonymise, --drop-special. */
final class TidyOptions {

  @Option(names = "--tidy", description = "Tidy research tables (people, organisations, "
      + "enrolments, events, attendance, surveys, survey_responses, commitments, "
      + "commitment_actions, action_status_changes, indicators, indicator_values) with a data "
      + "dictionary, instead of the report tables; implied by parquet and jsonl.")
  boolean tidy;

  @Option(names = "--pseudonymise", paramLabel = "SALT", description = "With tidy tables: "
      + "person ids as a salted SHA-256 hash, names and e-mails dropped.")
  private String salt;

  @Option(names = "--drop-special", description = "With tidy tables: leave out "
      + "special-category columns.")
  private boolean dropSpecial;

  /**
   * Writes the tidy tables.
   *
   * @param format csv, jsonl or parquet
   * @param folder where
   * @param programs the programs
   * @param directory their people and organisations
   * @param attendance the attendance log
   * @return the files and folders written
   */
  List<Path> write(String format, Path folder, List<Program> programs,
      DirectorySnapshot directory, AttendanceLog attendance) {
    TidyExport.Builder b = TidyExport.builder(TidyExport.Format.valueOf(
        format.toUpperCase(Locale.ROOT)));
    Optional.ofNullable(salt).ifPresent(b::pseudonymise);
    if (dropSpecial) {
      b.dropSpecialCategories();
    }
    return b.build().write(TidySource.of(programs, directory, Pictures.records(attendance)),
        folder);
  }
}
