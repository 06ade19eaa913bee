package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Quorum;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * The built-in rules about {@link Quorum quorums}; made by {@link Rules#quorum()} (the members
 * missing below each quorum's least number) and {@link Rules#quorumTurnout()} (every member who
 * is not free).
 *
 * <p>A member is free for a demand when its grains are in their working hours and off their
 * days off (neither is asked of a whole-day or agreed demand) and no other placed demand that
 * requires them overlaps it, travel days included: a visitor on the way to or from an exchange
 * visit ({@link org.civiclab.core.scheduling.Demand#travelDaysBefore()}) cannot stand for
 * their sector. The scorer keeps, per quorum member, the placed demands requiring
 * them per grain, and each placed demand's current penalty; a move recomputes the demands whose
 * quorums count the moved demand's attendees, which overlap it. In a re-plan, people the change
 * makes unavailable are not free on those days either.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class QuorumRule extends BaseRule {
  private final boolean turnout;
  /** Days people cannot come at all, from a re-plan's change. */
  private final ImmutableMap<String, ImmutableSet<LocalDate>> away;

  private QuorumRule(String id, boolean turnout, Level level, long weight,
      ImmutableMap<String, ImmutableSet<LocalDate>> away) {
    super(id, level, weight);
    this.turnout = turnout;
    this.away = away;
  }

  /**
   * The same rule, counting people as not free on the days a re-plan says they are away.
   *
   * @param unavailable days per participant id
   * @return the rule
   */
  QuorumRule away(ImmutableMap<String, ImmutableSet<LocalDate>> unavailable) {
    return new QuorumRule(id(), turnout, level(), weight(), unavailable);
  }

  /**
   * @param level the level
   * @param weight the weight
   * @return the members missing below each quorum's least number
   */
  public static QuorumRule quorum(Level level, long weight) {
    return new QuorumRule("quorum", false, level, weight, ImmutableMap.of());
  }

  /**
   * @param level the level
   * @param weight the weight
   * @return one point per quorum member who is not free
   */
  public static QuorumRule turnout(Level level, long weight) {
    return new QuorumRule("quorum-turnout", true, level, weight, ImmutableMap.of());
  }

  @Override
  public RuleScorer bind(ProblemView view) {
    ProblemIndex ix = ProblemIndex.from(view);
    int[][] busy = new int[ix.participantCount][];
    for (int p = 0; p < ix.participantCount; p++) {
      if (ix.quorumDemandsOf[p].length > 0) {
        busy[p] = new int[ix.grainCount + ix.maxDuration + 1];
      }
    }
    BitSet[] awayGrains = new BitSet[ix.participantCount];
    for (int p = 0; p < ix.participantCount; p++) {
      ImmutableSet<LocalDate> dates = away.get(ix.participantId(p));
      if (dates != null) {
        awayGrains[p] = ReplanRules.grainsOn(ix, dates);
      }
    }
    long[] pen = new long[ix.demandCount];
    int[] start = new int[ix.demandCount];
    boolean[] placed = new boolean[ix.demandCount];
    return new RuleScorer() {
      @Override
      public long insert(int d, int s, int l, PlanView plan) {
        long added = 0;
        mark(d, s, 1);
        if (ix.quorumMembers[d].length > 0) {
          placed[d] = true;
          start[d] = s;
          pen[d] = penalty(d, s);
          added += pen[d];
        }
        for (int r : affected(d, s)) {
          long now = penalty(r, start[r]);
          added += now - pen[r];
          pen[r] = now;
        }
        return added;
      }

      @Override
      public long retract(int d, int s, int l, PlanView plan) {
        long removed = 0;
        mark(d, s, -1);
        if (placed[d]) {
          placed[d] = false;
          removed += pen[d];
          pen[d] = 0;
        }
        for (int r : affected(d, s)) {
          long now = penalty(r, start[r]);
          removed += pen[r] - now;
          pen[r] = now;
        }
        return removed;
      }

      private void mark(int d, int s, int by) {
        for (int p : ix.required[d]) {
          if (busy[p] != null) {
            for (int g = ix.busyFrom(d, s), end = ix.busyTo(d, s); g < end; g++) {
              busy[p][g] += by;
            }
          }
        }
      }

      /**
       * The placed demands other than d whose quorums count d's attendees and overlap it or its
       * travel days.
       */
      private Set<Integer> affected(int d, int s) {
        Set<Integer> out = new LinkedHashSet<>();
        int from = ix.busyFrom(d, s);
        int to = ix.busyTo(d, s);
        for (int p : ix.required[d]) {
          for (int r : ix.quorumDemandsOf[p]) {
            if (r != d && placed[r] && start[r] < to && from < start[r] + ix.duration[r]) {
              out.add(r);
            }
          }
        }
        return out;
      }

      private long penalty(int r, int s) {
        long sum = 0;
        int[][] members = ix.quorumMembers[r];
        for (int q = 0; q < members.length; q++) {
          int free = 0;
          for (int m : members[q]) {
            if (reason(r, s, m).isEmpty() && idle(busy[m], s, ix.duration[r])) {
              free++;
            }
          }
          sum += turnout ? members[q].length - free : Math.max(0, ix.quorumNeed[r][q] - free);
        }
        return sum;
      }

      @Override
      public void explain(PlanView plan, Sink out) {
        for (int r = 0; r < ix.demandCount; r++) {
          if (ix.quorumMembers[r].length > 0 && plan.isPlaced(r)) {
            explainOne(plan, r, out);
          }
        }
      }

      private void explainOne(PlanView plan, int r, Sink out) {
        int s = plan.start(r);
        List<Quorum> quorums = ix.demand(r).quorums();
        for (int q = 0; q < quorums.size(); q++) {
          List<String> why = new ArrayList<>();
          List<String> absent = new ArrayList<>();
          Set<Integer> clashes = new LinkedHashSet<>();
          for (int m : ix.quorumMembers[r][q]) {
            Optional<String> reason = reason(r, s, m);
            if (reason.isEmpty()) {
              for (int o : ix.requiredDemandsOf[m]) {
                if (o != r && plan.isPlaced(o) && BuiltInRules.busyOverlap(ix, plan, r, o) > 0) {
                  reason = Optional.of((BuiltInRules.overlap(ix, plan, r, o) > 0 ? "at "
                      : "travelling to or from ") + ix.describe(o, plan.start(o)));
                  clashes.add(o);
                  break;
                }
              }
            }
            if (reason.isPresent()) {
              absent.add(ix.participantId(m));
              why.add(ix.participantName(m) + " " + reason.get());
              if (turnout) {
                out.violation(1, new int[] {r}, ImmutableList.of(ix.participantId(m)),
                    ix.participantName(m) + " of " + quorums.get(q).name() + " cannot come to "
                        + ix.describe(r, s) + ": " + reason.get());
              }
            }
          }
          int free = ix.quorumMembers[r][q].length - absent.size();
          int missing = ix.quorumNeed[r][q] - free;
          if (!turnout && missing > 0) {
            int[] ds = new int[clashes.size() + 1];
            ds[0] = r;
            int i = 1;
            for (int o : clashes) {
              ds[i++] = o;
            }
            out.violation(missing, ds, ImmutableList.copyOf(absent), ix.describe(r, s)
                + " needs at least " + quorums.get(q).atLeast() + " of "
                + quorums.get(q).name() + " but " + (free == 0 ? "none is" : "only " + free
                + (free == 1 ? " is" : " are")) + " free: " + String.join("; ", why));
          }
        }
      }

      /** Why a member's own calendar keeps them from the demand at s, if it does. */
      private Optional<String> reason(int r, int s, int m) {
        int end = Math.min(s + ix.duration[r], ix.grainCount);
        if (awayGrains[m] != null) {
          int g = awayGrains[m].nextSetBit(s);
          if (g >= 0 && g < end) {
            return Optional.of("is unavailable that day");
          }
        }
        if (ix.agreed[r] || ix.demand(r).wholeDays()) {
          return Optional.empty();
        }
        BitSet off = ix.offHours(r, m);
        if (off != null) {
          int g = off.nextSetBit(s);
          if (g >= 0 && g < end) {
            return Optional.of("is outside working hours");
          }
        }
        BitSet days = ix.daysOff[m];
        if (days != null) {
          int g = days.nextSetBit(s);
          if (g >= 0 && g < end) {
            return Optional.of("has a day off");
          }
        }
        return Optional.empty();
      }
    };
  }

  private static boolean idle(int[] busy, int from, int len) {
    for (int g = from, end = from + len; g < end; g++) {
      if (busy[g] != 0) {
        return false;
      }
    }
    return true;
  }
}
