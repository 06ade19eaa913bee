package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Consumer;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.TypedId;
import org.civiclab.core.time.TimeSpan;
import org.jspecify.annotations.Nullable;

/** {@code events}: one row per planned event (session, mentoring or circle meeting, ...). */
final class EventsTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("year", ColumnType.INT, "Year of the event's start, in the program's zone."),
      Column.of("event_id", ColumnType.STRING, "The event."),
      Column.of("kind", ColumnType.STRING, "session, mentoring, circle or reflection."),
      Column.of("format", ColumnType.STRING, "For sessions: lecture, workshop, ..."),
      Column.of("edition_id", ColumnType.STRING, "For sessions: the edition."),
      Column.of("module_id", ColumnType.STRING, "For sessions: the module."),
      Column.of("source_id", ColumnType.STRING, "For meetings: the pairing or circle."),
      Column.of("title", ColumnType.STRING, "Title in its original language."),
      Column.of("start_local", ColumnType.LOCAL_TIMESTAMP, "Start, wall clock in zone."),
      Column.of("end_local", ColumnType.LOCAL_TIMESTAMP, "End, wall clock in zone."),
      Column.of("zone", ColumnType.STRING, "The time zone of start_local and end_local."),
      Column.of("start_utc", ColumnType.TIMESTAMP, "Start as an instant (UTC)."),
      Column.of("duration_minutes", ColumnType.LONG, "Length in minutes."),
      Column.of("mode", ColumnType.STRING, "online, on_site or hybrid."),
      Column.of("venue_id", ColumnType.STRING, "The venue, when on site."),
      Column.of("status", ColumnType.STRING, "For meetings: planned, held or cancelled."));

  EventsTable() {
    super("events",
        "One row per event with a time: sessions, mentoring and circle meetings, "
        + "reflection meetings.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Program p : source.programs()) {
      for (Edition e : p.editions()) {
        for (Module m : e.modules()) {
          for (Session s : m.sessions()) {
            if (s.when().isPresent()) {
              rows.accept(row(p, s.id().value(), "session", TidyTables.code(s.format()),
                  e.id().value(), m.id().value(), null, s.title().text(), s.when().get(),
                  TidyTables.code(s.mode()), s.venue().map(TypedId::value), null));
            }
          }
        }
      }
      for (MentorPairing mp : p.pairings()) {
        for (Meeting mt : mp.meetings()) {
          rows.accept(meeting(p, mt, "mentoring", mp.id().value()));
        }
      }
      for (LearningCircle c : p.circles()) {
        for (Meeting mt : c.meetings()) {
          rows.accept(meeting(p, mt, "circle", c.id().value()));
        }
      }
      for (ReflectionMeeting r : p.reflectionMeetings()) {
        rows.accept(row(p, r.id().value(), "reflection", null, null, null, null,
            "reflection meeting", r.when(), "on_site", r.venue().map(TypedId::value), null));
      }
    }
  }

  private static @Nullable Object[] meeting(Program p, Meeting mt, String kind, String source) {
    return row(p, mt.id().value(), kind, null, null, null, source, kind + " meeting", mt.when(),
        TidyTables.code(mt.mode()), mt.venue().map(TypedId::value),
        TidyTables.code(mt.status()));
  }

  private static @Nullable Object[] row(Program p, String id, String kind,
      @Nullable String format, @Nullable String edition, @Nullable String module,
      @Nullable String sourceId, String title, TimeSpan when, String mode,
      Optional<String> venue, @Nullable String status) {
    TimeSpan local = when.in(p.zone());
    return new @Nullable Object[] {p.id().value(), local.start().getYear(), id, kind, format,
        edition, module, sourceId, title, local.start(), local.end(), p.zone().getId(),
        when.startInstant(), when.duration().toMinutes(), mode, venue.orElse(null), status};
  }
}
