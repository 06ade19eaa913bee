package org.civiclab.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.AttendanceLog;

/**
 * The attendance log in {@code civiclab_attendance}: one row per record, appended in batches,
 * read back in append order by the identity column.
 */
final class AttendanceTable implements AttendanceLog {
  static final String INSERT = "INSERT INTO civiclab_attendance"
      + " (program_id, event_id, person_id, status, recorded_at, recorded_nanos,"
      + " attendance_mode, minutes_present) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT = "SELECT program_id, event_id, person_id, status,"
      + " recorded_at, recorded_nanos, attendance_mode, minutes_present"
      + " FROM civiclab_attendance";

  private final Jdbc jdbc;

  AttendanceTable(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void appendAll(List<Attendance> records) {
    if (records.isEmpty()) {
      return;
    }
    jdbc.inTransaction("attendance log", "append " + records.size() + " records", c -> {
      insert(c, records);
    });
  }

  private static void insert(Connection c, List<Attendance> records) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      Jdbc.batch(ps, records, (s, a) -> {
        s.setString(1, a.program().value());
        s.setString(2, a.event().value());
        s.setString(3, a.person().value());
        s.setString(4, a.status().name());
        s.setObject(5, OffsetDateTime.ofInstant(a.recordedAt().truncatedTo(ChronoUnit.MICROS),
            ZoneOffset.UTC));
        s.setInt(6, a.recordedAt().getNano());
        if (a.mode().isPresent()) {
          s.setString(7, a.mode().get().name());
        } else {
          s.setNull(7, Types.VARCHAR);
        }
        if (a.minutes().isPresent()) {
          s.setInt(8, a.minutes().get());
        } else {
          s.setNull(8, Types.INTEGER);
        }
      });
    }
  }

  /**
   * Reads the records held for the batch's events and inserts the rest in one transaction,
   * with every other {@code appendNew} of the database shut out until it commits: on
   * PostgreSQL by a table lock in a mode that conflicts with itself and with inserts
   * ({@code SHARE ROW EXCLUSIVE}; plain reads go on), on H2 by queueing in this JVM at the
   * {@link WriteGate}, as H2 is opened by this process only.
   */
  @Override
  public int appendNew(List<Attendance> records) {
    if (records.isEmpty()) {
      return 0;
    }
    String action = "append new of " + records.size() + " records";
    return WriteGate.through(jdbc.dialect, "attendance log", () -> jdbc.transaction(
        "attendance log", action, c -> {
          if (jdbc.dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
              s.execute("LOCK TABLE civiclab_attendance IN SHARE ROW EXCLUSIVE MODE");
            }
          }
          Set<Attendance> held = new HashSet<>();
          Set<EventId> events = new LinkedHashSet<>();
          records.forEach(a -> events.add(a.event()));
          try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE event_id = ?")) {
            for (EventId event : events) {
              ps.setString(1, event.value());
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  held.add(record(rs));
                }
              }
            }
          }
          List<Attendance> fresh = new ArrayList<>();
          for (Attendance a : records) {
            if (held.add(a)) {
              fresh.add(a);
            }
          }
          if (!fresh.isEmpty()) {
            insert(c, fresh);
          }
          return fresh.size();
        }));
  }

  @Override
  public ImmutableList<Attendance> forEvent(EventId event) {
    return where("event " + event, "event_id", event.value());
  }

  @Override
  public ImmutableList<Attendance> forPerson(PersonId person) {
    return where("attendance of person " + person, "person_id", person.value());
  }

  private ImmutableList<Attendance> where(String aggregate, String column, String value) {
    return jdbc.read(aggregate, c -> {
      ImmutableList.Builder<Attendance> out = ImmutableList.builder();
      try (PreparedStatement ps = c.prepareStatement(
          SELECT + " WHERE " + column + " = ? ORDER BY seq")) {
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(record(rs));
          }
        }
      }
      return out.build();
    });
  }

  private static Attendance record(ResultSet rs) throws SQLException {
    OffsetDateTime at = rs.getObject(5, OffsetDateTime.class);
    Attendance.Builder b = Attendance.builder().program(ProgramId.of(rs.getString(1)))
        .event(EventId.of(rs.getString(2))).person(PersonId.of(rs.getString(3)))
        .status(AttendanceStatus.valueOf(rs.getString(4)))
        .recordedAt(Instant.ofEpochSecond(at.toEpochSecond(), rs.getInt(6)));
    String mode = rs.getString(7);
    if (mode != null) {
      b.mode(DeliveryMode.valueOf(mode));
    }
    int minutes = rs.getInt(8);
    if (!rs.wasNull()) {
      b.minutes(minutes);
    }
    return b.build();
  }

  @Override
  public void forEach(Consumer<Attendance> visitor) {
    jdbc.inTransaction("attendance log", "read", c -> {
      try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY seq")) {
        ps.setFetchSize(Jdbc.BATCH);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            visitor.accept(record(rs));
          }
        }
      }
    });
  }

  @Override
  public long size() {
    return jdbc.count("attendance log", "civiclab_attendance");
  }
}
