package org.civiclab.bench.civic;

import java.time.Duration;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.SchedulingResult;
import org.civiclab.core.scheduling.Scheduler;

/**
 * {@code civic [--programs 50] [--events 2000] [--people 5000] [--venues 60] [--months 6]
 * [--seed 1] [--time-limit 60s]}: generates a civic-scale instance, solves it with the standard
 * rules and prints {@code first-feasible-ms}, {@code score} and {@code moves-per-second}, plus
 * the instance's size and the time to build it.
 */
public final class CivicScaleCommand implements BenchCommand {

  @Override
  public int run(String[] args) {
    int programs = 50;
    int events = 2000;
    int people = 5000;
    int venues = 60;
    int months = 6;
    long seed = 1;
    Duration limit = Duration.ofSeconds(60);
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String v = args[++i];
      switch (name) {
        case "--programs" -> programs = Integer.parseInt(v);
        case "--events" -> events = Integer.parseInt(v);
        case "--people" -> people = Integer.parseInt(v);
        case "--venues" -> venues = Integer.parseInt(v);
        case "--months" -> months = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--time-limit" -> limit = org.civiclab.bench.meetings.MeetingsCommand.duration(v);
        default -> throw new IllegalArgumentException("unexpected argument '" + name + "'");
      }
    }
    long t0 = System.nanoTime();
    SchedulingProblem p = CivicInstances.generate(programs, events, people, venues, months,
        seed);
    long built = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("instance: " + programs + " programs, " + p.demands().size()
        + " events, " + p.participants().size() + " people, " + p.locations().size()
        + " venues, " + p.grid().size() + " grains; generated in " + built + " ms");
    SchedulingResult r = Scheduler.builder().rules(Rules.standard()).seed(seed)
        .timeLimit(limit).build().solve(p);
    System.out.println("first-feasible-ms: " + r.stats().firstFeasible()
        .map(d -> Long.toString(d.toMillis())).orElse("none"));
    System.out.println("score: " + r.schedule().score());
    System.out.println("moves-per-second: " + r.stats().movesPerSecond());
    System.out.println("construction-ms: " + r.stats().construction().toMillis());
    r.infeasibility().ifPresent(inf -> System.out.println("conflicts: "
        + inf.conflicts().size() + (inf.conflicts().isEmpty() ? ""
            : ", first: " + inf.conflicts().get(0).message())));
    return 0;
  }
}
