package org.civiclab.bench.meetings;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.SchedulingResult;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.scheduling.Score;
import org.civiclab.core.scheduling.SolverListener;

/** Solves a meeting instance with CivicLab's scheduler. */
final class CivicLabMeetings {
  private static final int[] CHECKPOINTS = {10, 30, 60};

  private CivicLabMeetings() {}

  static Outcome solve(MeetingInstance in, SchedulingProblem problem, Duration limit, long seed) {
    return solve(in, problem, limit, seed, -1);
  }

  /**
   * Solves with a step limit as well as the time limit.
   *
   * @param steps the most search steps, negative for no step limit
   */
  static Outcome solve(MeetingInstance in, SchedulingProblem problem, Duration limit, long seed,
      long steps) {
    List<Score> bests = new ArrayList<>();
    List<Duration> times = new ArrayList<>();
    List<Long> atStep = new ArrayList<>();
    Scheduler.Builder b = Scheduler.builder().rules(MeetingModel.rules()).seed(seed)
        .timeLimit(limit).lateAcceptance(Integer.getInteger("civiclab.lateAcceptance", 2000))
        .listener(new SolverListener() {
          @Override
          public void newBest(Score score, long step, Duration elapsed) {
            bests.add(score);
            times.add(elapsed);
            atStep.add(step);
          }
        });
    if (steps > 0) {
      b.stepLimit(steps);
    }
    SchedulingResult r = b.build().solve(problem);
    if (steps > 0) {
      for (long at : new long[] {steps / 6, steps / 2, steps}) {
        String best = "none";
        for (int i = 0; i < atStep.size() && atStep.get(i) <= at; i++) {
          best = bests.get(i).toString();
        }
        System.out.println("best-at-step-" + at + ": " + best);
      }
      System.out.println("steps: " + r.stats().steps() + " in "
          + r.stats().elapsed().toMillis() + " ms");
    }
    // the best score at each checkpoint the run reached: the last new best before it
    for (int at : CHECKPOINTS) {
      Duration point = Duration.ofSeconds(at);
      if (point.compareTo(limit) > 0) {
        break;
      }
      String best = "none";
      for (int i = 0; i < times.size() && times.get(i).compareTo(point) <= 0; i++) {
        best = bests.get(i).toString();
      }
      System.out.println("best-at-" + at + "s: " + best);
    }
    int n = in.assignments.size();
    int[] grainOf = new int[n];
    int[] roomOf = new int[n];
    for (int i = 0; i < n; i++) {
      // a placement for every demand (Schedule), and MeetingModel makes one per assignment
      Placement p = requireNonNull(r.schedule().placements().get(in.assignments.get(i).ref()),
          "a placement per assignment");
      grainOf[i] = p.startGrain();
      String room = p.location().orElseThrow();
      for (int k = 0; k < in.rooms.size(); k++) {
        if (in.rooms.get(k).ref().equals(room)) {
          roomOf[i] = k;
        }
      }
    }
    return new Outcome("civiclab", grainOf, roomOf,
        r.stats().firstFeasible().map(Duration::toMillis).orElse(-1L),
        r.stats().movesPerSecond());
  }
}
