package org.civiclab.bench.meetings;

import java.time.Duration;
import java.util.Locale;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.scheduling.SchedulingProblem;

/**
 * {@code meetings-compare FILE [--time-limit 60s] [--seed 1]}: runs CivicLab's scheduler and
 * then Timefold Solver on one instance with the same time budget and prints both solvers'
 * lines, then {@code ratio-first-feasible} (CivicLab's time over Timefold's).
 */
public final class MeetingsCompareCommand implements BenchCommand {

  @Override
  public int run(String[] args) throws Exception {
    MeetingsCommand.Args a = MeetingsCommand.Args.parse(args, Duration.ofSeconds(60));
    MeetingInstance in = MeetingInstance.read(a.file());
    SchedulingProblem problem = MeetingModel.problem(in);
    System.out.println("solver: civiclab");
    Outcome civic = MeetingsCommand.solve("civiclab", in, problem, a.timeLimit(), a.seed());
    MeetingsCommand.report(civic, in, problem);
    System.out.println("solver: timefold");
    Outcome tf = MeetingsCommand.solve("timefold", in, problem, a.timeLimit(), a.seed());
    MeetingsCommand.report(tf, in, problem);
    String ratio;
    if (civic.firstFeasibleMs() < 0) {
      ratio = "none (civiclab found no feasible schedule)";
    } else if (tf.firstFeasibleMs() < 0) {
      ratio = String.format(Locale.ROOT, "< %.4f (timefold found none within %d ms)",
          Math.max(civic.firstFeasibleMs(), 1) / (double) a.timeLimit().toMillis(),
          a.timeLimit().toMillis());
    } else {
      ratio = String.format(Locale.ROOT, "%.4f",
          Math.max(civic.firstFeasibleMs(), 1) / (double) Math.max(tf.firstFeasibleMs(), 1));
    }
    System.out.println("ratio-first-feasible: " + ratio);
    return 0;
  }
}
