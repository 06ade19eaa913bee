package org.civiclab.bench.meetings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.Score;

/**
 * {@code meetings FILE [--time-limit 30s] [--seed 1] [--out SOLUTION.json] [--solver
 * civiclab|timefold] [--scale K] [--steps N]}: solves one meeting-scheduling instance and prints {@code
 * first-feasible-ms}, {@code score} (the benchmark's definition) and {@code moves-per-second}.
 * {@code --scale K} first makes the instance K times larger at the same density (see {@link
 * MeetingInstance#scaled}), to check that the cost of a move does not grow with the instance.
 * {@code --steps N} stops CivicLab's search after N steps (the time limit still applies), so that
 * runs on machines of different load compare; it also prints the best score at a sixth, half
 * and all of the steps.
 */
public final class MeetingsCommand implements BenchCommand {

  /** Arguments shared with {@code meetings-compare}. */
  record Args(Path file, Duration timeLimit, long seed, Optional<Path> out, String solver,
      int scale, long steps) {
    static Args parse(String[] args, Duration defaultLimit) {
      Path file = null;
      Duration limit = defaultLimit;
      long seed = 1;
      Optional<Path> out = Optional.empty();
      String solver = "civiclab";
      int scale = 1;
      long steps = -1;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--time-limit":
            limit = duration(value(args, ++i, a));
            break;
          case "--seed":
            seed = Long.parseLong(value(args, ++i, a));
            break;
          case "--out":
            out = Optional.of(Path.of(value(args, ++i, a)));
            break;
          case "--scale":
            scale = Integer.parseInt(value(args, ++i, a));
            if (scale < 1) {
              throw new IllegalArgumentException("--scale must be at least 1, got " + scale);
            }
            break;
          case "--steps":
            steps = Long.parseLong(value(args, ++i, a));
            if (steps < 1) {
              throw new IllegalArgumentException("--steps must be at least 1, got " + steps);
            }
            break;
          case "--solver":
            solver = value(args, ++i, a);
            if (!solver.equals("civiclab") && !solver.equals("timefold")) {
              throw new IllegalArgumentException("--solver is civiclab or timefold, got "
                  + solver);
            }
            break;
          default:
            if (a.startsWith("--") || file != null) {
              throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            file = Path.of(a);
        }
      }
      if (file == null) {
        throw new IllegalArgumentException("usage: FILE [--time-limit 30s] [--seed 1] "
            + "[--out SOLUTION.json] [--solver civiclab|timefold] [--scale K] [--steps N]");
      }
      if (scale > 1 && out.isPresent()) {
        throw new IllegalArgumentException("--out cannot write a --scale'd instance");
      }
      return new Args(file, limit, seed, out, solver, scale, steps);
    }

    private static String value(String[] args, int i, String name) {
      if (i >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return args[i];
    }

    static Duration duration(String text) {
      return MeetingsCommand.duration(text);
    }
  }

  /**
   * Parses a time limit such as {@code 30s}, {@code 500ms}, {@code 2m} or plain seconds.
   *
   * @param text the text
   * @return the duration
   * @throws IllegalArgumentException when the text is not a time limit
   */
  public static Duration duration(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      } else if (t.endsWith("s")) {
        return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1))
            * 1000));
      } else if (t.endsWith("m")) {
        return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
      }
      return Duration.ofSeconds(Long.parseLong(t));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("time limit '" + text + "' is not like 30s, 500ms or"
          + " 2m");
    }
  }

  @Override
  public int run(String[] args) throws Exception {
    Args a = Args.parse(args, Duration.ofSeconds(30));
    MeetingInstance in = MeetingInstance.read(a.file()).scaled(a.scale());
    SchedulingProblem problem = MeetingModel.problem(in);
    Outcome o = a.solver().equals("civiclab") && a.steps() > 0
        ? CivicLabMeetings.solve(in, problem, a.timeLimit(), a.seed(), a.steps())
        : solve(a.solver(), in, problem, a.timeLimit(), a.seed());
    Score score = report(o, in, problem);
    if (a.out().isPresent()) {
      in.write(a.out().get(), o.grainOf(), o.roomOf(), score.toString());
    }
    return 0;
  }

  static Outcome solve(String solver, MeetingInstance in, SchedulingProblem problem,
      Duration limit, long seed) {
    return solver.equals("timefold")
        ? org.civiclab.bench.meetings.timefold.TimefoldMeetings.solve(in, limit, seed)
        : CivicLabMeetings.solve(in, problem, limit, seed);
  }

  static Score report(Outcome o, MeetingInstance in, SchedulingProblem problem) {
    Score score = MeetingModel.score(problem, in, o.grainOf(), o.roomOf());
    System.out.println("first-feasible-ms: "
        + (o.firstFeasibleMs() < 0 ? "none" : Long.toString(o.firstFeasibleMs())));
    System.out.println("score: " + score);
    System.out.println("moves-per-second: " + o.movesPerSecond());
    return score;
  }
}
