package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.time.WorkingHours;
import org.civiclab.core.validation.ProgramValidator;
import org.civiclab.core.validation.ValidationReport;

/**
 * Agreed times at arbitrary minutes stay exact in the plan whatever the granularity, every
 * overlap among them (one trainer or one venue) is reported by the validator naming both
 * events and by the plan as a hard violation, and events whose time is open start on the
 * granularity. The expected overlaps come from a pairwise check written here, apart from the
 * validator's sweep and the solver's rules.
 */
class AgreedTimesPropertiesTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Sarajevo");
  static final LocalDate MONDAY = LocalDate.of(2025, 2, 3);
  static final Pattern SESSION_PATH =
      Pattern.compile("editions\\[0\\]\\.modules\\[0\\]\\.sessions\\[(\\d+)\\]");

  /** An agreed session: its trainer (0-2), venue (0-1, or -1 for online), day, start, length. */
  record Agreed(int trainer, int venue, int day, int startMinute, int minutes) {
    TimeSpan when() {
      LocalDateTime start = MONDAY.plusDays(day).atStartOfDay().plusMinutes(startMinute);
      return TimeSpan.starting(start, Duration.ofMinutes(minutes), ZONE);
    }
  }

  @Provide
  Arbitrary<List<Agreed>> agreed() {
    return Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(-1, 1), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(8 * 60, 15 * 60), Arbitraries.integers().between(5, 150))
        .as(Agreed::new).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<Integer> granularity() {
    return Arbitraries.of(5, 10, 15, 30, 60);
  }

  @Property(tries = 40)
  void agreedTimesStayExactAndEveryOverlapIsReported(@ForAll("agreed") List<Agreed> agreed,
      @ForAll("granularity") int minutes) {
    Program program = program(agreed);
    DirectorySnapshot people = directory();
    // the oracle: every pair sharing a trainer or a venue whose times overlap
    Set<List<Integer>> expected = new HashSet<>();
    Set<List<Integer>> trainerClash = new HashSet<>();
    for (int i = 0; i < agreed.size(); i++) {
      for (int j = i + 1; j < agreed.size(); j++) {
        Agreed a = agreed.get(i);
        Agreed b = agreed.get(j);
        int aFrom = a.day() * 1440 + a.startMinute();
        int bFrom = b.day() * 1440 + b.startMinute();
        boolean overlap = aFrom < bFrom + b.minutes() && bFrom < aFrom + a.minutes();
        boolean sameVenue = a.venue() >= 0 && a.venue() == b.venue();
        if (overlap && (a.trainer() == b.trainer() || sameVenue)) {
          expected.add(List.of(i, j));
        }
        if (overlap && a.trainer() == b.trainer()) {
          trainerClash.add(List.of(i, j));
        }
      }
    }
    ValidationReport report = ProgramValidator.validate(program, people);
    Set<List<Integer>> reported = new HashSet<>();
    for (var p : report.problems()) {
      if (!p.message().contains("overlaps agreed time")) {
        continue;
      }
      Matcher m = SESSION_PATH.matcher(p.path() + " " + p.message());
      TreeSet<Integer> both = new TreeSet<>();
      while (m.find()) {
        both.add(Integer.parseInt(m.group(1)));
      }
      assertEquals(2, both.size(), p::toString);
      reported.add(List.copyOf(both));
    }
    assertEquals(expected, reported, report::toString);

    ProgramPlan plan = ProgramScheduler.builder().grain(Duration.ofMinutes(minutes))
        .scheduler(Scheduler.builder().seed(1).stepLimit(2_000).build()).build()
        .plan(program, people);
    for (int i = 0; i < agreed.size(); i++) {
      String id = "agreed" + i;
      PlannedEvent e = plan.events().stream().filter(x -> x.sourceId().equals(id)).findFirst()
          .orElseThrow();
      assertEquals(agreed.get(i).when(), e.when(), id);
    }
    for (PlannedEvent e : plan.events()) {
      if (e.sourceId().startsWith("free")) {
        assertEquals(0, e.when().start().toLocalTime().toSecondOfDay() / 60 % minutes,
            e::toString);
      }
    }
    for (List<Integer> pair : trainerClash) {
      String a = "agreed" + pair.get(0);
      String b = "agreed" + pair.get(1);
      assertTrue(plan.violations().stream().anyMatch(v -> v.level() == Level.HARD
          && v.demands().contains(a) && v.demands().contains(b)),
          () -> a + " and " + b + " overlap for one trainer: " + plan.violations());
    }
  }

  static Program program(List<Agreed> agreed) {
    Module.Builder mb = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(DateRange.of(MONDAY, MONDAY.plusDays(2))).mode(DeliveryMode.HYBRID);
    for (int i = 0; i < agreed.size(); i++) {
      Agreed a = agreed.get(i);
      TimeSpan when = a.when();
      Session.Builder s = Session.builder().id(EventId.of("agreed" + i))
          .title(LocalizedText.of("en", "Agreed " + i)).format(SessionFormat.WORKSHOP)
          .when(when).duration(when.duration()).addFacilitator(PersonId.of("t" + a.trainer()));
      if (a.venue() < 0) {
        s.mode(DeliveryMode.ONLINE);
      } else {
        s.mode(DeliveryMode.ON_SITE).venue(VenueId.of("v" + a.venue()));
      }
      mb.addSession(s.build());
    }
    for (int i = 0; i < 2; i++) {
      mb.addSession(Session.builder().id(EventId.of("free" + i))
          .title(LocalizedText.of("en", "Free " + i)).format(SessionFormat.LECTURE)
          .mode(DeliveryMode.ONLINE).duration(Duration.ofMinutes(50))
          .addFacilitator(PersonId.of("t3")).build());
    }
    Program.Builder p = Program.builder().id(ProgramId.of("agreed"))
        .title(LocalizedText.of("en", "Agreed")).organizer(OrganizationId.of("org")).zone(ZONE)
        .period(DateRange.of(MONDAY, MONDAY.plusDays(4)))
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e")
            .period(DateRange.of(MONDAY, MONDAY.plusDays(4))).addModule(mb.build()).build());
    for (int v = 0; v < 2; v++) {
      p.addVenue(Venue.builder().id(VenueId.of("v" + v)).name("Hall " + v).city("Brčko")
          .country("BA").zone(ZONE).capacity(30).build());
    }
    return p.build();
  }

  static DirectorySnapshot directory() {
    List<Person> people = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      people.add(Person.builder().id(PersonId.of("t" + t)).fullName("Trainer " + t)
          .country("BA").homeZone(ZONE).workingHours(WorkingHours.of(ZONE, LocalTime.of(8, 0),
              LocalTime.of(18, 0), java.util.EnumSet.allOf(java.time.DayOfWeek.class)))
          .build());
    }
    return DirectorySnapshot.of(people, List.of());
  }
}
