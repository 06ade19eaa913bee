package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.testing.ProgramGenerator;

/** Attendance at every kind of event against a naive scan of the log. */
class EventAttendancePropertiesTest {

  @Property(tries = 30)
  void attendeesPerEventMatchTheLatestRecordOfANaiveScan(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 4) int size) {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, size);
    Program p = g.program();
    SplittableRandom r = new SplittableRandom(seed);
    List<EventId> events = new ArrayList<>();
    p.sessions().forEach(s -> events.add(s.id()));
    for (MentorPairing pair : p.pairings()) {
      pair.meetings().stream().map(Meeting::id).forEach(events::add);
    }
    p.circles().forEach(c -> c.meetings().forEach(m -> events.add(m.id())));
    p.outreachMeetings().forEach(o -> events.add(o.id()));
    p.reflectionMeetings().forEach(x -> events.add(x.id()));
    List<PersonId> people = new ArrayList<>(p.referencedPeople());
    List<Attendance> log = new ArrayList<>();
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < 200 && !events.isEmpty() && !people.isEmpty(); i++) {
      Attendance.Builder b = Attendance.builder().program(p.id())
          .event(events.get(r.nextInt(events.size())))
          .person(people.get(r.nextInt(people.size())))
          .status(AttendanceStatus.values()[r.nextInt(AttendanceStatus.values().length)])
          .recordedAt(t = t.plusSeconds(r.nextInt(3) * 60L));
      if (r.nextBoolean()) {
        b.mode(r.nextBoolean() ? DeliveryMode.ON_SITE : DeliveryMode.ONLINE).minutes(
            r.nextInt(240));
      }
      log.add(b.build());
    }
    EventAttendance tally = EventAttendance.of(List.of(p)).addAll(log);
    for (EventId e : events) {
      Set<PersonId> naive = new HashSet<>();
      for (PersonId person : people) {
        Optional<Attendance> last = Optional.empty();
        for (Attendance a : log) {
          if (a.event().equals(e) && a.person().equals(person)
              && (last.isEmpty() || !a.recordedAt().isBefore(last.get().recordedAt()))) {
            last = Optional.of(a);
          }
        }
        if (last.isPresent() && last.get().attended()) {
          naive.add(person);
        }
      }
      assertEquals(naive, tally.attendees(p.id(), e), e.value());
    }
    Table byKind = tally.byKind();
    long attended = 0;
    for (int i = 0; i < byKind.size(); i++) {
      attended += byKind.count(i, "attended");
    }
    long total = 0;
    for (EventId e : events) {
      total += tally.attendees(p.id(), e).size();
    }
    assertEquals(total, attended);
    assertEquals(0, tally.ignored());
  }
}
