package org.civiclab.core.analysis;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Expectation;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.TrackId;

/**
 * Accumulates attendance records for the sessions of some programs and reports attendance
 * rates per session, module and track.
 *
 * <p><b>Definition.</b> The people <em>expected</em> at a session are the enrolments of its
 * edition that hold a place (registered, confirmed or completed) and whose track the module
 * serves (a module that names no tracks serves everyone; one that names tracks serves only
 * enrolments in those tracks). For each expected person the <em>latest</em> record for the
 * session counts: the one with the latest {@code recordedAt}, and of records recorded at the
 * same instant the one accepted last, so a correction appended later wins. A person
 * <em>attended</em> when that record is {@code PRESENT} or {@code LATE}; a person without a
 * record did not attend. The rate is attended over expected.
 *
 * <p>A session whose attendance was never taken (no record at all, typically a future session)
 * shows an empty rate and is left out of the module and track figures, which add up expected
 * and attended person-sessions over the sessions that were taken. Records for events that are
 * not sessions of the given programs (meetings, other programs) and records of people who are
 * not expected are counted in {@link #ignored()} and otherwise left aside.
 *
 * <p>Memory is proportional to the expected person-sessions, not to the log, so a large log can
 * be streamed: {@code log.forEach(tally)}. Not thread-safe; the tables are snapshots.
 */
@API(status = STABLE, since = "0.1.0")
public final class AttendanceTally implements Consumer<Attendance> {
  private final Map<Key, Slot> sessions = new LinkedHashMap<>();
  private long accepted;
  private long ignored;

  private record Key(ProgramId program, EventId event) {}

  private static final class Mark {
    final Instant at;
    final boolean attended;

    Mark(Instant at, boolean attended) {
      this.at = at;
      this.attended = attended;
    }
  }

  private static final class Slot {
    final Program program;
    final Edition edition;
    final Module module;
    final Session session;
    final Map<PersonId, String> expected = new LinkedHashMap<>();
    final Map<PersonId, Mark> marks = new HashMap<>();
    boolean taken;

    Slot(Program program, Edition edition, Module module, Session session) {
      this.program = program;
      this.edition = edition;
      this.module = module;
      this.session = session;
    }

    long attended() {
      return marks.values().stream().filter(m -> m.attended).count();
    }
  }

  private AttendanceTally(List<Program> programs) {
    for (Program p : programs) {
      for (Edition e : p.editions()) {
        for (Module m : e.modules()) {
          for (Session s : m.sessions()) {
            Slot slot = new Slot(p, e, m, s);
            for (Enrollment en : e.expectedAt(m, Expectation.ROLL)) {
              slot.expected.put(en.person(), en.track().map(TrackId::value).orElse(NO_TRACK));
            }
            sessions.put(new Key(p.id(), s.id()), slot);
          }
        }
      }
    }
  }

  static final String NO_TRACK = "(none)";

  /**
   * A tally for the sessions of the given programs, with no record yet.
   *
   * @param programs the programs; their ids should be distinct
   * @return an empty tally
   */
  public static AttendanceTally of(List<Program> programs) {
    return new AttendanceTally(programs);
  }

  /**
   * Takes one record into account.
   *
   * @param record an attendance record
   */
  @Override
  public void accept(Attendance record) {
    Slot slot = sessions.get(new Key(record.program(), record.event()));
    if (slot == null) {
      ignored++;
      return;
    }
    slot.taken = true;
    if (!slot.expected.containsKey(record.person())) {
      ignored++;
      return;
    }
    accepted++;
    Mark old = slot.marks.get(record.person());
    if (old == null || !record.recordedAt().isBefore(old.at)) {
      slot.marks.put(record.person(), new Mark(record.recordedAt(), record.attended()));
    }
  }

  /**
   * Takes many records into account, in order.
   *
   * @param records the records
   * @return this tally
   */
  public AttendanceTally addAll(Iterable<Attendance> records) {
    records.forEach(this);
    return this;
  }

  /** @return how many records counted for an expected person at a known session */
  public long accepted() {
    return accepted;
  }

  /** @return how many records were left aside (unknown event, person not expected) */
  public long ignored() {
    return ignored;
  }

  /**
   * Attendance per session: program, edition, module, session id and title, the people
   * expected, those with a record, those who attended and the rate (empty when attendance was
   * not taken or nobody is expected).
   *
   * @return the table, in program order
   */
  public Table bySession() {
    Table.Builder t = Table.builder("attendance per session", "program", "edition", "module",
        "session", "title", "expected", "recorded", "attended", "rate");
    for (Slot s : sessions.values()) {
      long attended = s.attended();
      t.row(s.program.id(), s.edition.label(), s.module.id(), s.session.id(),
          s.session.title().text(), s.expected.size(), s.marks.size(), attended,
          s.taken ? Rates.of(attended, s.expected.size()) : "");
    }
    return t.build();
  }

  /**
   * Attendance per module: the sessions whose attendance was taken, the expected and attended
   * person-sessions over them, and the rate.
   *
   * @return the table, in program order
   */
  public Table byModule() {
    Table.Builder t = Table.builder("attendance per module", "program", "edition", "module",
        "title", "sessions taken", "expected", "attended", "rate");
    Map<List<Object>, long[]> sums = new LinkedHashMap<>();
    Map<List<Object>, String> titles = new HashMap<>();
    for (Slot s : sessions.values()) {
      List<Object> k = List.of(s.program.id(), s.edition.label(), s.module.id());
      titles.put(k, s.module.title().text());
      long[] sum = sums.computeIfAbsent(k, x -> new long[3]);
      if (s.taken) {
        sum[0]++;
        sum[1] += s.expected.size();
        sum[2] += s.attended();
      }
    }
    sums.forEach((k, v) -> t.row(k.get(0), k.get(1), k.get(2), requireNonNull(titles.get(k)), v[0], v[1], v[2],
        v[0] == 0 ? "" : Rates.of(v[2], v[1])));
    return t.build();
  }

  /**
   * Attendance per track of each edition ({@code (none)} for enrolments without a track): the
   * expected and attended person-sessions over the sessions whose attendance was taken.
   *
   * @return the table, in program order
   */
  public Table byTrack() {
    Table.Builder t = Table.builder("attendance per track", "program", "edition", "track",
        "expected", "attended", "rate");
    Map<List<Object>, long[]> sums = new LinkedHashMap<>();
    for (Slot s : sessions.values()) {
      for (Map.Entry<PersonId, String> e : s.expected.entrySet()) {
        long[] sum = sums.computeIfAbsent(
            List.of(s.program.id(), s.edition.label(), e.getValue()), x -> new long[2]);
        if (s.taken) {
          sum[0]++;
          Mark m = s.marks.get(e.getKey());
          if (m != null && m.attended) {
            sum[1]++;
          }
        }
      }
    }
    sums.forEach((k, v) -> t.row(k.get(0), k.get(1), k.get(2), v[0], v[1],
        v[0] == 0 ? "" : Rates.of(v[1], v[0])));
    return t.build();
  }

  /** @return the three tables in one list: per session, per module, per track */
  public ImmutableList<Table> all() {
    return ImmutableList.of(bySession(), byModule(), byTrack());
  }
}
