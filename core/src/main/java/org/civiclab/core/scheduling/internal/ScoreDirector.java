package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Placement;
import org.civiclab.core.scheduling.Schedule;
import org.civiclab.core.scheduling.Score;
import org.civiclab.core.scheduling.Violation;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * The solver's working plan: every demand's placement and the score, kept up to date
 * incrementally through the rules' scorers. Not thread-safe.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ScoreDirector implements PlanView {
  final ProblemIndex ix;
  private final List<Rule> rules;
  private final RuleScorer[] scorers;
  private final int[] level;
  private final long[] weight;
  final int[] start;
  final int[] location;
  final boolean[] placed;
  /** Penalties per level, as a negative score: hard, medium, soft. */
  final long[] score = new long[3];
  /** How many times a rule scorer was asked to insert or retract a placement. */
  long ruleEvaluations;

  /**
   * A director with nothing placed.
   *
   * @param ix the compiled problem
   * @param rules the rules to score with
   */
  public ScoreDirector(ProblemIndex ix, List<Rule> rules) {
    this.ix = ix;
    this.rules = rules;
    this.scorers = new RuleScorer[rules.size()];
    this.level = new int[rules.size()];
    this.weight = new long[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      scorers[r] = rules.get(r).bind(ix);
      level[r] = rules.get(r).level().ordinal();
      weight[r] = rules.get(r).weight();
    }
    start = new int[ix.demandCount];
    location = new int[ix.demandCount];
    placed = new boolean[ix.demandCount];
    Arrays.fill(location, -1);
  }

  @Override
  public boolean isPlaced(int demand) {
    return placed[demand];
  }

  @Override
  public int start(int demand) {
    return start[demand];
  }

  @Override
  public int location(int demand) {
    return location[demand];
  }

  /**
   * Places a demand that is not placed.
   *
   * @param d the demand
   * @param s its start grain
   * @param l its location, -1 when online
   */
  public void place(int d, int s, int l) {
    for (int r = 0; r < scorers.length; r++) {
      score[level[r]] -= weight[r] * scorers[r].insert(d, s, l, this);
    }
    ruleEvaluations += scorers.length;
    start[d] = s;
    location[d] = l;
    placed[d] = true;
  }

  void unplace(int d) {
    placed[d] = false;
    int s = start[d];
    int l = location[d];
    for (int r = 0; r < scorers.length; r++) {
      score[level[r]] += weight[r] * scorers[r].retract(d, s, l, this);
    }
    ruleEvaluations += scorers.length;
  }

  void move(int d, int s, int l) {
    unplace(d);
    place(d, s, l);
  }

  Score score() {
    return Score.of(score[0], score[1], score[2]);
  }

  /** Every violation, recomputed from scratch, hard first, then by penalty. */
  ImmutableList<Violation> violations() {
    List<Violation> all = new ArrayList<>();
    for (int r = 0; r < scorers.length; r++) {
      Rule rule = rules.get(r);
      long w = weight[r];
      scorers[r].explain(this, (penalty, demands, subjects, message) -> all.add(
          Violation.builder().ruleId(rule.id()).level(rule.level()).penalty(penalty * w)
              .demands(Arrays.stream(demands).mapToObj(ix::demandId)
                  .collect(ImmutableList.toImmutableList()))
              .subjects(subjects).message(message).build()));
    }
    all.sort(Comparator.comparing(Violation::level)
        .thenComparing(Comparator.comparingLong(Violation::penalty).reversed()));
    return ImmutableList.copyOf(all);
  }

  /** @return the current plan as a schedule with its score and violations */
  public Schedule schedule() {
    Map<String, Placement> out = new LinkedHashMap<>();
    for (int d = 0; d < ix.demandCount; d++) {
      int l = location[d];
      out.put(ix.demandId(d), l < 0 ? Placement.online(start[d])
          : Placement.of(start[d], ix.location(l).id()));
    }
    return Schedule.builder().placements(ImmutableMap.copyOf(out)).score(score())
        .violations(violations()).build();
  }

  /** The score recomputed from scratch by summing every violation's penalty. */
  static Score sum(List<Violation> violations) {
    long[] s = new long[3];
    for (Violation v : violations) {
      s[v.level().ordinal()] -= v.penalty();
    }
    return Score.of(s[0], s[1], s[2]);
  }
}
