package org.civiclab.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DailyBreak;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.DayShape;
import org.junit.jupiter.api.Test;

/**
 * Programs with a day shape: no session is placed across a break, outside the day's hours or
 * on a day off, and a brute-force scan of every minute agrees with the solver on whether a
 * lone session fits at all. The checks count minutes here, apart from {@link DayShape}.
 */
class DayShapePropertiesTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Sarajevo");
  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  /** A day: working days as a bit mask, hours and one break, in minutes of the day. */
  record Day(int days, int start, int end, int breakStart, int breakLength) {
    Set<DayOfWeek> workingDays() {
      Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        if ((days >> (d.getValue() - 1) & 1) != 0) {
          out.add(d);
        }
      }
      return out;
    }

    boolean hasBreak() {
      return breakLength > 0 && breakStart > start && breakStart + breakLength < end;
    }

    DayShape shape() {
      DayShape.Builder b = DayShape.builder().workingDays(workingDays())
          .dayStart(LocalTime.ofSecondOfDay(start * 60L))
          .dayEnd(LocalTime.ofSecondOfDay(end * 60L));
      if (hasBreak()) {
        b.addBreaks(DailyBreak.of("lunch", LocalTime.ofSecondOfDay(breakStart * 60L),
            LocalTime.ofSecondOfDay((breakStart + breakLength) * 60L)));
      }
      return b.build();
    }

    /** Whether an event from a start to an end (minutes of one day) keeps to the day. */
    boolean keeps(DayOfWeek day, int from, int to) {
      boolean inBreak = hasBreak() && from < breakStart + breakLength && to > breakStart;
      return workingDays().contains(day) && from >= start && to <= end && !inBreak;
    }
  }

  @Provide
  Arbitrary<Day> days() {
    return Combinators.combine(Arbitraries.integers().between(1, 127),
        Arbitraries.integers().between(7 * 12, 10 * 12).map(x -> x * 5),
        Arbitraries.integers().between(15 * 12, 19 * 12).map(x -> x * 5),
        Arbitraries.integers().between(11 * 12, 14 * 12).map(x -> x * 5),
        Arbitraries.of(0, 15, 30, 45, 60, 90)).as(Day::new);
  }

  @Provide
  Arbitrary<List<Integer>> lengths() {
    return Arbitraries.integers().between(1, 48).map(x -> x * 5).list().ofMinSize(1)
        .ofMaxSize(4);
  }

  @Property(tries = 40)
  void noSessionCrossesABreakOrLeavesTheDay(@ForAll("days") Day day,
      @ForAll("lengths") List<Integer> lengths,
      @ForAll("granularity") int minutes) {
    Program program = program(day, lengths);
    ProgramPlan plan = ProgramScheduler.builder().grain(Duration.ofMinutes(minutes))
        .scheduler(Scheduler.builder().seed(1).stepLimit(3_000).build()).build()
        .plan(program, directory());
    for (PlannedEvent e : plan.events()) {
      LocalDateTime s = e.when().in(ZONE).start();
      LocalDateTime t = e.when().in(ZONE).end();
      int from = s.getHour() * 60 + s.getMinute();
      int to = t.toLocalDate().equals(s.toLocalDate()) ? t.getHour() * 60 + t.getMinute()
          : 24 * 60 + t.getHour() * 60 + t.getMinute();
      boolean keeps = day.keeps(s.getDayOfWeek(), from, to) && from % minutes == 0;
      assertTrue(keeps || plan.violations().stream().anyMatch(v -> v.level() == Level.HARD
          && v.demands().contains(e.demandId())), () -> e + " leaves " + day.shape()
          + " unreported: " + plan.violations());
    }
  }

  @Provide
  Arbitrary<Integer> granularity() {
    return Arbitraries.of(5, 10, 15, 30, 60);
  }

  @Property(tries = 60)
  void aLoneSessionFitsExactlyWhenSomeMinuteOfTheWeekTakesIt(@ForAll("days") Day day,
      @ForAll("length") int length, @ForAll("granularity") int minutes) {
    // brute force: every start on the granularity on each day of the module's week
    boolean fits = false;
    for (int d = 0; d < 7; d++) {
      DayOfWeek dow = MONDAY.plusDays(d).getDayOfWeek();
      for (int from = 0; from + length <= 24 * 60; from += minutes) {
        fits |= day.keeps(dow, from, from + length);
      }
    }
    ProgramPlan plan = ProgramScheduler.builder().grain(Duration.ofMinutes(minutes))
        .scheduler(Scheduler.builder().seed(1).stepLimit(500).build()).build()
        .plan(program(day, List.of(length)), directory());
    assertEquals(fits, plan.isFeasible(), () -> day.shape() + ", " + length + " minutes: "
        + plan.violations());
  }

  @Provide
  Arbitrary<Integer> length() {
    return Arbitraries.integers().between(1, 96).map(x -> x * 5);
  }

  @Test
  void peopleWithoutHoursOfTheirOwnWorkTheWeekendProgramsDays() {
    Day weekend = new Day(0b1100000, 10 * 60, 16 * 60, 13 * 60, 60);
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(2_000).build()).build()
        .plan(program(weekend, List.of(120, 180)), directory());
    assertTrue(plan.isFeasible(), () -> plan.violations().toString());
    for (PlannedEvent e : plan.events()) {
      DayOfWeek d = e.when().start().getDayOfWeek();
      assertTrue(d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY, e::toString);
    }
  }

  static Program program(Day day, List<Integer> lengths) {
    Module.Builder mb = Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(DateRange.of(MONDAY, MONDAY.plusDays(6))).mode(DeliveryMode.ONLINE);
    for (int i = 0; i < lengths.size(); i++) {
      mb.addSession(Session.builder().id(EventId.of("s" + i))
          .title(LocalizedText.of("en", "S" + i)).format(SessionFormat.LECTURE)
          .mode(DeliveryMode.ONLINE).duration(Duration.ofMinutes(lengths.get(i)))
          .addFacilitator(PersonId.of("t")).build());
    }
    DateRange week = DateRange.of(MONDAY, MONDAY.plusDays(6));
    return Program.builder().id(ProgramId.of("shaped")).title(LocalizedText.of("en", "Shaped"))
        .organizer(OrganizationId.of("org")).zone(ZONE).period(week).dayShape(day.shape())
        .addEdition(Edition.builder().id(EditionId.of("e")).label("e").period(week)
            .addModule(mb.build()).build())
        .build();
  }

  static DirectorySnapshot directory() {
    // no working hours of their own: the program's day holds for them
    List<Person> people = new ArrayList<>();
    people.add(Person.builder().id(PersonId.of("t")).fullName("Trainer").country("BA")
        .homeZone(ZONE).build());
    return DirectorySnapshot.of(people, List.of());
  }
}
