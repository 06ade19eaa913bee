package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.function.Consumer;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.TypedId;
import org.jspecify.annotations.Nullable;

/** {@code enrolments}: one row per enrolment of a person in an edition. */
final class EnrolmentsTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("year", ColumnType.INT, "Year the edition ends (the alumni year)."),
      Column.of("edition_id", ColumnType.STRING, "The edition."),
      Column.of("edition_start", ColumnType.DATE, "First day of the edition."),
      Column.of("edition_end", ColumnType.DATE, "Last day of the edition."),
      Column.of("track_id", ColumnType.STRING, "The track, when the edition has tracks."),
      new Column("person_id", ColumnType.STRING, Sensitivity.PERSON_ID, "The person."),
      Column.of("status", ColumnType.STRING, "applied, registered, waitlisted, confirmed, "
          + "cancelled or completed."),
      Column.of("audience", ColumnType.STRING, "staff or external."),
      Column.of("sequence", ColumnType.LONG, "Order of registration within the edition."),
      Column.of("completed", ColumnType.BOOLEAN, "Whether the person completed the edition."));

  EnrolmentsTable() {
    super("enrolments",
        "One row per enrolment of a person in an edition of a program.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Program p : source.programs()) {
      for (Edition e : p.editions()) {
        for (Enrollment en : e.enrollments()) {
          rows.accept(new @Nullable Object[] {p.id().value(), e.period().end().getYear(),
              e.id().value(), e.period().start(), e.period().end(),
              en.track().map(TypedId::value).orElse(null), en.person().value(),
              TidyTables.code(en.status()), TidyTables.code(en.audience()), en.sequence(),
              en.status() == EnrollmentStatus.COMPLETED});
        }
      }
    }
  }
}
