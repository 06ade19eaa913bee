package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Program;
import org.jspecify.annotations.Nullable;

/** {@code attendance}: one row per attendance record. */
final class AttendanceTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("year", ColumnType.INT, "Year of the session, or of the record when the "
          + "session has no time."),
      Column.of("event_id", ColumnType.STRING, "The session."),
      new Column("person_id", ColumnType.STRING, Sensitivity.PERSON_ID, "The person."),
      Column.of("status", ColumnType.STRING, "present, late, excused or absent."),
      Column.of("recorded_at", ColumnType.TIMESTAMP, "When the record was made (UTC)."));

  AttendanceTable() {
    super("attendance",
        "One row per attendance record of a person at a session.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    Map<EventId, Integer> years = new HashMap<>();
    for (Program p : source.programs()) {
      p.editions().forEach(e -> e.modules().forEach(m -> m.sessions().forEach(s -> s.when()
          .ifPresent(w -> years.put(s.id(), w.in(p.zone()).start().getYear())))));
    }
    for (Attendance a : source.attendance()) {
      int year = years.getOrDefault(a.event(), a.recordedAt().atOffset(ZoneOffset.UTC)
          .getYear());
      rows.accept(new @Nullable Object[] {a.program().value(), year, a.event().value(),
          a.person().value(), TidyTables.code(a.status()), a.recordedAt()});
    }
  }
}
