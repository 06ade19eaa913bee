package org.civiclab.bench.meetings;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.Score;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.spi.Rule;

/**
 * Maps a meeting-scheduling instance onto CivicLab's scheduling problem and names the built-in
 * rules and weights that give the benchmark's score definition exactly.
 */
final class MeetingModel {
  private static final LocalDate YEAR_START = LocalDate.of(2000, 1, 1);

  private MeetingModel() {}

  /**
   * The benchmark's constraints as CivicLab rules, one to one.
   *
   * @return the rules
   */
  static List<Rule> rules() {
    return ImmutableList.of(
        Rules.venueDoubleBooked(),                         // hard: room conflict
        Rules.sameDay(),                                   // hard: overtime, same day
        Rules.attendeeOverlap(),                           // hard: required attendance conflict
        Rules.venueCapacity(),                             // hard: room capacity
        Rules.preferredAttendeeOverlap(),                  // medium: required/preferred conflicts
        Rules.asEarlyAsPossible(),                         // soft: as soon as possible
        Rules.breakBetween().weighted(Level.SOFT, 100),    // soft: one break between meetings
        Rules.parallelEvents().weighted(Level.SOFT, 10),   // soft: overlapping meetings
        Rules.roomFit(),                                   // soft: larger rooms first
        Rules.roomStability());                            // soft: room stability
  }

  /**
   * The instance as a scheduling problem: one demand per assignment, grains on the days of the
   * instance (day of year counted from 2000-01-01, UTC), rooms as locations.
   *
   * @param in the instance
   * @return the problem
   */
  static SchedulingProblem problem(MeetingInstance in) {
    Duration grain = Duration.ofMinutes(15);
    for (int i = 1; i < in.grains.size(); i++) {
      MeetingInstance.Grain a = in.grains.get(i - 1);
      MeetingInstance.Grain b = in.grains.get(i);
      if (a.dayRef().equals(b.dayRef()) && b.minuteOfDay() > a.minuteOfDay()) {
        grain = Duration.ofMinutes(b.minuteOfDay() - a.minuteOfDay());
        break;
      }
    }
    var grid = TimeGrid.builder().zone(ZoneOffset.UTC).grainLength(grain);
    for (MeetingInstance.Grain g : in.grains) {
      LocalDateTime t = YEAR_START.plusDays(g.dayOfYear() - 1L).atStartOfDay()
          .plusMinutes(g.minuteOfDay());
      grid.addGrainStart(t);
    }
    var problem = SchedulingProblem.builder().name("meetings").grid(grid.build());
    for (MeetingInstance.Room r : in.rooms) {
      problem.addLocation(Location.builder().id(r.ref()).name(r.name()).capacity(r.capacity())
          .build());
    }
    for (String p : in.persons) {
      problem.addParticipant(Participant.of(p));
    }
    Map<String, MeetingInstance.Meeting> meetings = new LinkedHashMap<>();
    in.meetings.forEach(m -> meetings.put(m.ref(), m));
    Map<String, Integer> grainByRef = new LinkedHashMap<>();
    in.grains.forEach(g -> grainByRef.put(g.ref(), g.index()));
    Set<String> people = new HashSet<>(in.persons);
    for (MeetingInstance.Assignment a : in.assignments) {
      MeetingInstance.Meeting m = meetings.get(a.meetingRef());
      if (m == null) {
        throw new IllegalArgumentException("assignment " + a.ref() + " names unknown meeting "
            + a.meetingRef());
      }
      for (String p : m.required()) {
        if (people.add(p)) {
          problem.addParticipant(Participant.of(p));
        }
      }
      for (String p : m.preferred()) {
        if (people.add(p)) {
          problem.addParticipant(Participant.of(p));
        }
      }
      var d = Demand.builder().id(a.ref()).label(m.topic().isEmpty() ? m.ref() : m.topic())
          .durationGrains(m.duration()).requiredAttendees(m.required())
          .preferredAttendees(m.preferred());
      if (a.pinned() && a.grainRef() != null && a.roomRef() != null) {
        Integer start = grainByRef.get(a.grainRef());
        if (start == null) {
          throw new IllegalArgumentException("assignment " + a.ref() + " names unknown grain "
              + a.grainRef());
        }
        d.pinned(Placement.of(start, a.roomRef()));
      }
      problem.addDemand(d.build());
    }
    return problem.build();
  }

  /**
   * Scores a placement under the benchmark's definition.
   *
   * @param problem the mapped problem
   * @param in the instance
   * @param grainOf start grain per assignment
   * @param roomOf room per assignment
   * @return the score
   */
  static Score score(SchedulingProblem problem, MeetingInstance in, int[] grainOf, int[] roomOf) {
    Map<String, Placement> placements = new LinkedHashMap<>();
    for (int i = 0; i < in.assignments.size(); i++) {
      placements.put(in.assignments.get(i).ref(),
          Placement.of(grainOf[i], in.rooms.get(roomOf[i]).ref()));
    }
    return org.civiclab.core.scheduling.Scheduler.builder().rules(rules()).build()
        .evaluate(problem, placements).score();
  }
}
