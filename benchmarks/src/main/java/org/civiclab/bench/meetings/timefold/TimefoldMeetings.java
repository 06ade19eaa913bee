package org.civiclab.bench.meetings.timefold;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.civiclab.bench.meetings.MeetingInstance;
import org.civiclab.bench.meetings.Outcome;

/**
 * Runs Timefold Solver (default phases: construction heuristic, then late acceptance) on an
 * instance.
 */
public final class TimefoldMeetings {
  private TimefoldMeetings() {}

  /**
   * Solves an instance with Timefold.
   *
   * @param in the instance
   * @param limit the time limit
   * @param seed the random seed
   * @return the placements and figures
   */
  public static Outcome solve(MeetingInstance in, Duration limit, long seed) {
    List<TfGrain> grains = new ArrayList<>();
    Map<String, Integer> days = new HashMap<>();
    Map<String, TfGrain> grainByRef = new HashMap<>();
    for (MeetingInstance.Grain g : in.grains) {
      TfGrain tg = new TfGrain(g.index(), days.computeIfAbsent(g.dayRef(), k -> days.size()));
      grains.add(tg);
      grainByRef.put(g.ref(), tg);
    }
    List<TfRoom> rooms = new ArrayList<>();
    Map<String, TfRoom> roomByRef = new HashMap<>();
    for (int i = 0; i < in.rooms.size(); i++) {
      TfRoom r = new TfRoom(i, in.rooms.get(i).capacity());
      rooms.add(r);
      roomByRef.put(in.rooms.get(i).ref(), r);
    }
    Map<String, TfPerson> persons = new HashMap<>();
    in.persons.forEach(p -> persons.put(p, new TfPerson(p)));
    Map<String, TfMeeting> meetings = new HashMap<>();
    List<TfAttendance> attendances = new ArrayList<>();
    for (int i = 0; i < in.meetings.size(); i++) {
      MeetingInstance.Meeting m = in.meetings.get(i);
      TfMeeting tm = new TfMeeting(i, m.duration(), m.required().size() + m.preferred().size());
      meetings.put(m.ref(), tm);
      for (String p : m.required()) {
        attendances.add(new TfAttendance.Required(attendances.size(),
            persons.computeIfAbsent(p, TfPerson::new), tm));
      }
      for (String p : m.preferred()) {
        attendances.add(new TfAttendance.Preferred(attendances.size(),
            persons.computeIfAbsent(p, TfPerson::new), tm));
      }
    }
    List<TfAssignment> assignments = new ArrayList<>();
    for (int i = 0; i < in.assignments.size(); i++) {
      MeetingInstance.Assignment a = in.assignments.get(i);
      boolean pinned = a.pinned() && a.grainRef() != null && a.roomRef() != null;
      TfMeeting meeting = meetings.get(a.meetingRef());
      if (meeting == null) {
        throw new IllegalArgumentException("assignment " + a.ref() + " names unknown meeting "
            + a.meetingRef());
      }
      assignments.add(new TfAssignment(i, meeting, pinned,
          pinned ? grainByRef.get(a.grainRef()) : null,
          pinned ? roomByRef.get(a.roomRef()) : null));
    }
    TfSchedule problem = new TfSchedule(grains, rooms, new ArrayList<>(meetings.values()),
        new ArrayList<>(persons.values()), attendances, assignments);
    SolverConfig config = new SolverConfig().withSolutionClass(TfSchedule.class)
        .withEntityClasses(TfAssignment.class).withConstraintProviderClass(TfConstraints.class)
        .withTerminationSpentLimit(limit).withRandomSeed(seed);
    Solver<TfSchedule> solver = SolverFactory.<TfSchedule>create(config).buildSolver();
    AtomicLong firstFeasible = new AtomicLong(-1);
    solver.addEventListener(e -> {
      if (firstFeasible.get() < 0 && e.isNewBestSolutionInitialized()
          && e.getNewBestScore().isFeasible()) {
        firstFeasible.set(e.getTimeMillisSpent());
      }
    });
    TfSchedule best = solver.solve(problem);
    long speed = ((DefaultSolver<TfSchedule>) solver).getSolverScope().getMoveEvaluationSpeed();
    int n = in.assignments.size();
    int[] grainOf = new int[n];
    int[] roomOf = new int[n];
    for (TfAssignment a : best.getAssignments()) {
      grainOf[a.getId()] = a.getStartingTimeGrain() == null ? 0 : a.getStartingTimeGrain().index;
      roomOf[a.getId()] = a.getRoom() == null ? 0 : a.getRoom().index;
    }
    return new Outcome("timefold", grainOf, roomOf, firstFeasible.get(), speed);
  }
}
