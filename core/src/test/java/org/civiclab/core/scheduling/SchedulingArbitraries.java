package org.civiclab.core.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.WorkingHours;

/**
 * Arbitraries for scheduling problems, shared through core's test-jar.
 *
 * <p>{@link #smallProblems()} gives instances small enough for brute force (at most 6 demands
 * and 8 grains, over one or two days in Europe/Stockholm) that still exercise working hours in
 * two zones, a common holiday, windows, module order, online demands, tight rooms, a shared
 * room, quorums and a parallel group.
 */
public final class SchedulingArbitraries {
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 24);

  private SchedulingArbitraries() {}

  /** A demand's shape, from which {@link #build} makes a demand. */
  record DemandSpec(int duration, int requiredMask, int preferredMask, boolean online,
      int sequence, boolean firstDayOnly, int afterMask, int quorumMask) {
    /** In the one parallel group: a quarter of the demands, apart from the sequenced ones. */
    boolean parallel() {
      return sequence == 3;
    }
  }

  /** A problem's shape. */
  record ProblemSpec(int days, int grainsPerDay, List<Integer> people, List<Integer> capacities,
      List<DemandSpec> demands, boolean holidayOnSecondDay, boolean firstRoomShared) {}

  /** @return small problems for brute-force comparison */
  public static Arbitrary<SchedulingProblem> smallProblems() {
    return problemSpecs().map(SchedulingArbitraries::build);
  }

  static Arbitrary<ProblemSpec> problemSpecs() {
    Arbitrary<DemandSpec> demand = Combinators.combine(
        Arbitraries.integers().between(1, 2), Arbitraries.integers().between(0, 15),
        Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 63))),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 15))))
        .as((dur, req, pref, online, seq, win, after, quorum) -> new DemandSpec(dur, req,
            pref & ~req, online == 0, seq == 0 ? 1 : seq == 3 ? 3 : 0, win == 0, after,
            quorum));
    return Combinators.combine(Arbitraries.integers().between(1, 2),
        Arbitraries.integers().between(2, 4),
        Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(2),
        demand.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(false, false, true),
        Arbitraries.of(false, false, true))
        .as(ProblemSpec::new);
  }

  static SchedulingProblem build(ProblemSpec s) {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int day = 0; day < s.days(); day++) {
      for (int g = 0; g < s.grainsPerDay(); g++) {
        starts.add(MONDAY.plusDays(day).atTime(9 + g, 0));
      }
    }
    SchedulingProblem.Builder b = SchedulingProblem.builder().name("small")
        .grid(TimeGrid.builder().zone(ZONE).grainLength(Duration.ofHours(1))
            .grainStarts(starts).build());
    for (int i = 0; i < s.people().size(); i++) {
      Participant.Builder p = Participant.builder().id("p" + i);
      int hours = s.people().get(i);
      if (hours == 1) {
        p.workingHours(WorkingHours.of(ZONE, LocalTime.of(10, 0), LocalTime.of(12, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
      } else if (hours == 2) {
        // Helsinki is an hour ahead: 10-13 there is 9-12 in Stockholm
        p.workingHours(WorkingHours.of(ZoneId.of("Europe/Helsinki"), LocalTime.of(10, 0),
            LocalTime.of(13, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
      }
      b.addParticipant(p.build());
    }
    for (int i = 0; i < s.capacities().size(); i++) {
      b.addLocation(Location.builder().id("room" + i).capacity(s.capacities().get(i))
          .shared(i == 0 && s.firstRoomShared()).build());
    }
    if (s.holidayOnSecondDay()) {
      b.holidays(HolidayCalendar.builder().name("test").holidays(
          com.google.common.collect.ImmutableSortedMap.of(MONDAY.plusDays(1), "day off"))
          .build());
    }
    int order = 0;
    for (int i = 0; i < s.demands().size(); i++) {
      DemandSpec d = s.demands().get(i);
      Demand.Builder db = Demand.builder().id("d" + i).durationGrains(d.duration())
          .online(d.online());
      for (int p = 0; p < s.people().size(); p++) {
        if ((d.requiredMask() & (1 << p)) != 0) {
          db.addRequiredAttendee("p" + p);
        } else if ((d.preferredMask() & (1 << p)) != 0) {
          db.addPreferredAttendee("p" + p);
        }
      }
      List<String> quorum = new ArrayList<>();
      for (int p = 0; p < s.people().size(); p++) {
        if ((d.quorumMask() & (1 << p)) != 0) {
          quorum.add("p" + p);
        }
      }
      if (!quorum.isEmpty()) {
        // at least one of them, or two when the group is larger
        db.addQuorums(Quorum.builder().name("group").addAllMembers(quorum)
            .atLeast(quorum.size() > 2 ? 2 : 1).build());
      }
      if (d.parallel()) {
        db.parallelGroup("breakout");
      }
      if (d.sequence() == 1) {
        db.sequenceGroup("module").sequenceOrder(order++);
      }
      if (d.firstDayOnly()) {
        db.window(DateRange.day(MONDAY));
      }
      // an order only towards earlier demands, so it never has a cycle
      for (int k = 0; k < i; k++) {
        if ((d.afterMask() & (1 << k)) != 0) {
          db.addAfter("d" + k);
        }
      }
      b.addDemand(db.build());
    }
    return b.build();
  }
}
