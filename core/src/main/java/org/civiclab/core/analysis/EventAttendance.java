package org.civiclab.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.Expectation;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.TrackId;

/**
 * Accumulates attendance records for every kind of event of some programs: module sessions,
 * mentor and circle meetings, outreach and reflection meetings, exchange visits (recorded
 * under the visit's id), and reports per event, day, module, track, kind and person attribute.
 *
 * <p><b>Definitions.</b> The people <em>expected</em> at an event: for a session, its roll
 * ({@link Edition#expectedAt(Module, Expectation)} with {@link Expectation#ROLL}); for a mentor
 * meeting, mentor and mentee; for a circle meeting, the members and facilitators; for an
 * outreach meeting, its leaders; for a reflection meeting, the named representatives; for an
 * exchange visit, the visitors. As in {@link AttendanceTally}, the latest record per event and
 * person counts (latest {@code recordedAt}, ties to the record accepted last). A person
 * <em>attended</em> when that record's status {@link AttendanceStatus#attended() attended};
 * people who attended without being expected (a resident at an outreach meeting, a guest)
 * count as attended and as recorded, not as expected. The rate is attended expected people
 * over expected people, empty when nobody is expected or attendance was not taken. Online and
 * on-site counts, late arrivals, early leavers and the minutes recorded are shown beside.
 *
 * <p>Records for events the programs do not have are counted in {@link #ignored()}. Memory is
 * proportional to the records kept (one per event and person). Not thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class EventAttendance implements Consumer<Attendance> {

  /** The kinds of event attendance is taken at. */
  public enum Kind {
    /** A session of a module. */
    SESSION,
    /** A meeting of a mentor pair. */
    MENTOR_MEETING,
    /** A meeting of a learning circle. */
    CIRCLE_MEETING,
    /** A visit to a remote community. */
    OUTREACH,
    /** A yearly reflection meeting. */
    REFLECTION,
    /** An exchange visit or internship, recorded under its visit id. */
    EXCHANGE_VISIT
  }

  private record Key(ProgramId program, EventId event) {}

  private record Mark(Instant at, AttendanceStatus status, Optional<DeliveryMode> mode,
      Optional<Integer> minutes) {}

  private static final class Slot {
    final ProgramId program;
    final EventId event;
    final Kind kind;
    final LocalDate day;
    final String module;
    final String edition;
    final Map<PersonId, String> expected = new LinkedHashMap<>();
    final Map<PersonId, Mark> marks = new HashMap<>();
    boolean taken;

    Slot(ProgramId program, EventId event, Kind kind, LocalDate day, String edition,
        String module) {
      this.program = program;
      this.event = event;
      this.kind = kind;
      this.day = day;
      this.edition = edition;
      this.module = module;
    }
  }

  private final Map<Key, Slot> events = new LinkedHashMap<>();
  private long ignored;

  private EventAttendance(List<Program> programs) {
    for (Program p : programs) {
      for (Edition e : p.editions()) {
        for (Module m : e.modules()) {
          for (Session s : m.sessions()) {
            Slot slot = add(p, s.id(), Kind.SESSION,
                s.when().map(w -> w.day()).orElse(m.window().start()), e.label(),
                m.id().value());
            for (Enrollment en : e.expectedAt(m, Expectation.ROLL)) {
              slot.expected.put(en.person(), en.track().map(TrackId::value)
                  .orElse(Analyses.NONE));
            }
          }
        }
      }
      for (MentorPairing pair : p.pairings()) {
        for (Meeting mt : pair.meetings()) {
          Slot slot = add(p, mt.id(), Kind.MENTOR_MEETING, mt.when().day(), "", "");
          slot.expected.put(pair.mentor(), Analyses.NONE);
          slot.expected.put(pair.mentee(), Analyses.NONE);
        }
      }
      for (LearningCircle c : p.circles()) {
        for (Meeting mt : c.meetings()) {
          Slot slot = add(p, mt.id(), Kind.CIRCLE_MEETING, mt.when().day(), "", "");
          for (CircleMember cm : c.members()) {
            slot.expected.put(cm.person(), Analyses.NONE);
          }
          c.facilitators().forEach(f -> slot.expected.put(f, Analyses.NONE));
        }
      }
      for (OutreachMeeting o : p.outreachMeetings()) {
        Slot slot = add(p, o.id(), Kind.OUTREACH, o.when().day(), "", "");
        o.leaders().forEach(l -> slot.expected.put(l, Analyses.NONE));
      }
      for (ReflectionMeeting r : p.reflectionMeetings()) {
        Slot slot = add(p, r.id(), Kind.REFLECTION, r.when().day(), "", "");
        for (Representation rep : r.participants()) {
          rep.person().ifPresent(x -> slot.expected.put(x, Analyses.NONE));
        }
      }
      for (ExchangeVisit v : p.exchangeVisits()) {
        Slot slot = add(p, EventId.of(v.id().value()), Kind.EXCHANGE_VISIT,
            v.period().start(), "", "");
        v.visitors().forEach(x -> slot.expected.put(x, Analyses.NONE));
      }
    }
  }

  private Slot add(Program p, EventId id, Kind kind, LocalDate day, String edition,
      String module) {
    Slot s = new Slot(p.id(), id, kind, day, edition, module);
    events.putIfAbsent(new Key(p.id(), id), s);
    return s;
  }

  /**
   * A tally for every event of the given programs, with no record yet.
   *
   * @param programs the programs; their ids should be distinct
   * @return an empty tally
   */
  public static EventAttendance of(List<Program> programs) {
    return new EventAttendance(programs);
  }

  @Override
  public void accept(Attendance record) {
    Slot slot = events.get(new Key(record.program(), record.event()));
    if (slot == null) {
      ignored++;
      return;
    }
    slot.taken = true;
    Mark old = slot.marks.get(record.person());
    if (old == null || !record.recordedAt().isBefore(old.at())) {
      slot.marks.put(record.person(), new Mark(record.recordedAt(), record.status(),
          record.mode(), record.minutes()));
    }
  }

  /**
   * Takes many records into account, in order.
   *
   * @param records the records
   * @return this tally
   */
  public EventAttendance addAll(Iterable<Attendance> records) {
    records.forEach(this);
    return this;
  }

  /** @return how many records were for events the programs do not have */
  public long ignored() {
    return ignored;
  }

  /**
   * @param program a program
   * @param event one of its events
   * @return the people whose latest record for the event says they attended, in no order
   */
  public Set<PersonId> attendees(ProgramId program, EventId event) {
    Slot s = events.get(new Key(program, event));
    Set<PersonId> out = new LinkedHashSet<>();
    if (s != null) {
      s.marks.forEach((k, v) -> {
        if (v.status().attended()) {
          out.add(k);
        }
      });
    }
    return out;
  }

  private static final String[] FIGURES = {"expected", "recorded", "attended", "rate",
      "on site", "online", "late", "left early", "minutes"};

  /** Sums over the events of one group. */
  private static final class Sum {
    long events;
    long expected;
    long recorded;
    long attendedExpected;
    long attended;
    long onSite;
    long online;
    long late;
    long leftEarly;
    long minutes;

    void add(Slot s, Function<PersonId, String> group, String key) {
      for (Map.Entry<PersonId, String> e : s.expected.entrySet()) {
        if (!group.apply(e.getKey()).equals(key)) {
          continue;
        }
        expected++;
        Mark m = s.marks.get(e.getKey());
        if (m != null && m.status().attended()) {
          attendedExpected++;
        }
      }
      for (Map.Entry<PersonId, Mark> e : s.marks.entrySet()) {
        if (!group.apply(e.getKey()).equals(key)) {
          continue;
        }
        Mark m = e.getValue();
        recorded++;
        if (m.status().attended()) {
          attended++;
          onSite += m.mode().filter(x -> x == DeliveryMode.ON_SITE).isPresent() ? 1 : 0;
          online += m.mode().filter(x -> x == DeliveryMode.ONLINE).isPresent() ? 1 : 0;
        }
        late += m.status() == AttendanceStatus.LATE ? 1 : 0;
        leftEarly += m.status() == AttendanceStatus.LEFT_EARLY ? 1 : 0;
        minutes += m.minutes().orElse(0);
      }
    }

    Object[] cells() {
      return new Object[] {expected, recorded, attended,
          expected == 0 ? "" : Rates.of(attendedExpected, expected), onSite, online, late,
          leftEarly, minutes};
    }
  }

  private Table table(String title, List<String> keyColumns,
      Function<Slot, List<Object>> keyOf) {
    Map<List<Object>, Sum> sums = new LinkedHashMap<>();
    for (Slot s : events.values()) {
      if (!s.taken) {
        continue;
      }
      Sum sum = sums.computeIfAbsent(keyOf.apply(s), k -> new Sum());
      sum.events++;
      sum.add(s, p -> "", "");
    }
    return render(title, keyColumns, sums);
  }

  /** @return attendance per event whose attendance was taken, in program order */
  public Table byEvent() {
    return table("attendance per event", List.of("program", "event", "kind", "day"),
        s -> List.of(s.program, s.event, s.kind.name(), s.day));
  }

  /** @return attendance per program and day, over the events taken that day */
  public Table byDay() {
    return table("attendance per day", List.of("program", "day"),
        s -> List.of(s.program, s.day));
  }

  /** @return attendance per module, over its sessions taken */
  public Table byModule() {
    return sessionsOnly(table("attendance per module", List.of("program", "edition", "module",
        "kind"), s -> List.of(s.program, s.edition, s.module, s.kind.name())));
  }

  private static Table sessionsOnly(Table t) {
    Table.Builder b = Table.builder(t.title(), t.columns().stream()
        .filter(c -> !c.equals("kind")).toArray(String[]::new));
    int kind = t.columnIndex("kind");
    for (List<Object> row : t.rows()) {
      if (Kind.SESSION.name().equals(row.get(kind).toString())) {
        Object[] cells = new Object[row.size() - 1];
        for (int i = 0, j = 0; i < row.size(); i++) {
          if (i != kind) {
            cells[j++] = row.get(i);
          }
        }
        b.row(cells);
      }
    }
    return b.build();
  }

  /** @return attendance per kind of event */
  public Table byKind() {
    return table("attendance per kind of event", List.of("program", "kind"),
        s -> List.of(s.program, s.kind.name()));
  }

  /**
   * Attendance per track of the sessions' editions: expected and recorded people are those
   * enrolled in the track ({@code (none)} without a track).
   *
   * @return the table
   */
  public Table byTrack() {
    Map<List<Object>, Sum> sums = new LinkedHashMap<>();
    for (Slot s : events.values()) {
      if (!s.taken || s.kind != Kind.SESSION) {
        continue;
      }
      for (String track : new LinkedHashSet<>(s.expected.values())) {
        Sum sum = sums.computeIfAbsent(List.of(s.program, s.edition, track), k -> new Sum());
        sum.events++;
        sum.add(s, p -> s.expected.getOrDefault(p, "\u0000"), track);
      }
    }
    return render("attendance per track", List.of("program", "edition", "track"), sums);
  }

  /**
   * Attendance per value of a person attribute ({@code (unknown)} when a person has none),
   * over every event taken.
   *
   * @param attributes reads the attribute
   * @param attribute the attribute's name, such as {@code country} or {@code gender}
   * @return the table
   * @throws org.civiclab.core.InvalidInputException when the resolver does not know the
   *     attribute
   */
  public Table byAttribute(PersonAttributes attributes, String attribute) {
    if (!attributes.knows(attribute)) {
      throw org.civiclab.core.InvalidInputException.of("attribute",
          "unknown attribute '" + attribute + "'");
    }
    Map<PersonId, String> cache = new HashMap<>();
    Function<PersonId, String> group = p -> cache.computeIfAbsent(p,
        x -> attributes.value(x, attribute).orElse("(unknown)"));
    Map<List<Object>, Sum> sums = new LinkedHashMap<>();
    for (Slot s : events.values()) {
      if (!s.taken) {
        continue;
      }
      Set<String> values = new LinkedHashSet<>();
      s.expected.keySet().forEach(p -> values.add(group.apply(p)));
      s.marks.keySet().forEach(p -> values.add(group.apply(p)));
      for (String v : values) {
        Sum sum = sums.computeIfAbsent(List.of(s.program, v), k -> new Sum());
        sum.events++;
        sum.add(s, group, v);
      }
    }
    return render("attendance by " + attribute, List.of("program", attribute), sums);
  }

  private static Table render(String title, List<String> keyColumns,
      Map<List<Object>, Sum> sums) {
    String[] columns = new String[keyColumns.size() + 1 + FIGURES.length];
    for (int i = 0; i < keyColumns.size(); i++) {
      columns[i] = keyColumns.get(i);
    }
    columns[keyColumns.size()] = "events";
    System.arraycopy(FIGURES, 0, columns, keyColumns.size() + 1, FIGURES.length);
    Table.Builder t = Table.builder(title, columns);
    sums.forEach((k, v) -> {
      Object[] row = new Object[columns.length];
      for (int i = 0; i < k.size(); i++) {
        row[i] = k.get(i);
      }
      row[k.size()] = v.events;
      System.arraycopy(v.cells(), 0, row, k.size() + 1, FIGURES.length);
      t.row(row);
    });
    return t.build();
  }
}
