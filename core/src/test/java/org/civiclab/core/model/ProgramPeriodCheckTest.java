package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.DateRange;

/**
 * {@code Program}'s own check, broken on purpose: a generated program whose period is cut to
 * its first day reports exactly the parts that fall outside (found here by a naive scan of
 * every dated part), and a meeting or exchange visit reusing a session's event id is reported
 * at its path. The
 * generated programs alone are always valid, so they never show a check that is missing.
 */
class ProgramPeriodCheckTest {

  private static <T> void outside(List<String> out, DateRange period, List<T> items,
      Function<T, DateRange> range, String path, String field) {
    for (int i = 0; i < items.size(); i++) {
      if (!period.contains(range.apply(items.get(i)))) {
        out.add(path + "[" + i + "]." + field);
      }
    }
  }

  @Property(tries = 30)
  void partsOutsideAShortenedPeriodAreEachReported(
      @ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
    Program p = ProgramGenerator.generate(seed, 3).program();
    DateRange first = DateRange.day(p.period().start());
    List<String> expected = new ArrayList<>();
    outside(expected, first, p.editions(), Edition::period, "editions", "period");
    outside(expected, first, p.pairings(), MentorPairing::period, "pairings", "period");
    outside(expected, first, p.circles(), LearningCircle::period, "circles", "period");
    outside(expected, first, p.exchangeVisits(), ExchangeVisit::period, "exchangeVisits",
        "period");
    outside(expected, first, p.outreachMeetings(), o -> DateRange.day(o.when().day()),
        "outreachMeetings", "when");
    outside(expected, first, p.reflectionMeetings(), r -> DateRange.day(r.when().day()),
        "reflectionMeetings", "when");
    List<String> periodPaths = new ArrayList<>();
    try {
      assertEquals(first, Program.builder().from(p).period(first).build().period());
    } catch (InvalidInputException e) {
      for (Problem x : e.problems()) {
        if (x.path().endsWith(".period") || x.path().endsWith(".when")) {
          periodPaths.add(x.path());
          assertTrue(x.message().contains("is outside the program's period " + first),
              x::toString);
        }
      }
    }
    assertEquals(expected, periodPaths);
  }

  @Property(tries = 30)
  void aMeetingThatReusesASessionsEventIdIsReported(
      @ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
    Program p = ProgramGenerator.generate(seed, 3).program();
    Optional<Session> session = p.sessions().stream().findFirst();
    for (int i = 0; i < p.pairings().size() && session.isPresent(); i++) {
      MentorPairing pairing = p.pairings().get(i);
      if (pairing.meetings().isEmpty()) {
        continue;
      }
      List<Meeting> meetings = new ArrayList<>(pairing.meetings());
      meetings.set(0, meetings.get(0).withId(session.get().id()));
      List<MentorPairing> pairings = new ArrayList<>(p.pairings());
      pairings.set(i, pairing.withMeetings(meetings));
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> p.withPairings(pairings));
      assertEquals(List.of(Problem.at("pairings[" + i + "].meetings[0].id", "event id '"
          + session.get().id() + "' is used twice in the program")), e.problems());
    }
    for (int i = 0; i < p.outreachMeetings().size() && session.isPresent(); i++) {
      List<OutreachMeeting> outreach = new ArrayList<>(p.outreachMeetings());
      outreach.set(i, outreach.get(i).withId(session.get().id()));
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> p.withOutreachMeetings(outreach));
      assertEquals(List.of("outreachMeetings[" + i + "].id"), e.problems().stream()
          .map(Problem::path).toList());
    }
    // attendance names a visit by its id as an event: a visit may not share a session's id
    for (int i = 0; i < p.exchangeVisits().size() && session.isPresent(); i++) {
      List<ExchangeVisit> visits = new ArrayList<>(p.exchangeVisits());
      visits.set(i, visits.get(i).withId(VisitId.of(session.get().id().value())));
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> p.withExchangeVisits(visits));
      assertEquals(List.of(Problem.at("exchangeVisits[" + i + "].id", "event id '"
          + session.get().id() + "' is used twice in the program")), e.problems());
    }
    for (Venue v : p.venues()) {
      assertEquals(Optional.of(v), p.venue(v.id()));
    }
    for (Edition ed : p.editions()) {
      assertEquals(Optional.of(ed), p.edition(ed.id()));
    }
    assertEquals(Optional.empty(), p.venue(VenueId.of("no-such-venue")));
    assertEquals(Optional.empty(), p.edition(EditionId.of("no-such-edition")));
  }
}
