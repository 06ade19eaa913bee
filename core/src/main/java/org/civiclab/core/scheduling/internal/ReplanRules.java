package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.scheduling.spi.RuleScorer;

/**
 * The rules a re-plan adds: people and venues unavailable on some dates (hard), and the
 * disruption, which counts moved events far above affected people, both far above every other
 * medium penalty, so that the solver moves as few events as the hard rules allow and, among
 * such plans, troubles as few people as it can.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ReplanRules {
  /** The medium weight of one person affected by a move; above any realistic other medium. */
  static final long PERSON = 1_000_000L;
  /** The raw penalty of one moved event, in persons: above any realistic number of people. */
  static final long EVENT_IN_PERSONS = 1_000L;

  private ReplanRules() {}

  /**
   * A rule as it reads a change that makes people unavailable: the quorum rules no longer count
   * them as free on those days; every other rule is returned as it is.
   *
   * @param rule a rule
   * @param people the days per participant id
   * @return the rule for the re-plan
   */
  public static Rule seeingUnavailable(Rule rule,
      ImmutableMap<String, ImmutableSet<LocalDate>> people) {
    if (rule instanceof QuorumRule q) {
      return q.away(people);
    }
    if (rule instanceof WeightedRule w && w.inner() instanceof QuorumRule q) {
      return new WeightedRule(q.away(people), w.level(), w.weight());
    }
    return rule;
  }

  /**
   * @param people per participant id, their unavailable dates
   * @return the hard rule that no required attendee is booked on such a date
   */
  public static Rule unavailablePeople(ImmutableMap<String, ImmutableSet<LocalDate>> people) {
    return new UnaryRule("unavailable-people", Level.HARD, 1) {
      @Override
      boolean filtersStarts() {
        return true;
      }

      @Override
      UnaryScorer scorer(ProblemIndex ix) {
        BitSet[] off = new BitSet[ix.participantCount];
        for (int p = 0; p < ix.participantCount; p++) {
          ImmutableSet<LocalDate> dates = people.get(ix.participantId(p));
          if (dates != null) {
            off[p] = grainsOn(ix, dates);
          }
        }
        return new UnaryScorer() {
          @Override
          public long penalty(int d, int s, int l) {
            long sum = 0;
            for (int p : ix.required[d]) {
              if (off[p] != null) {
                sum += off[p].get(s, Math.min(s + ix.duration[d], ix.grainCount)).cardinality();
              }
            }
            return sum;
          }

          @Override
          public String message(int d, int s, int l) {
            List<String> who = new ArrayList<>();
            for (int p : ix.required[d]) {
              if (off[p] != null && off[p].get(s)) {
                who.add(ix.participantName(p));
              }
            }
            return ix.describe(d, s) + ": " + String.join(", ", who) + " unavailable that day";
          }
        };
      }
    };
  }

  /**
   * @param venues per location id, the dates it is closed
   * @return the hard rule that no demand uses a venue on such a date
   */
  public static Rule unavailableVenues(ImmutableMap<String, ImmutableSet<LocalDate>> venues) {
    return new UnaryRule("unavailable-venues", Level.HARD, 1) {
      @Override
      UnaryScorer scorer(ProblemIndex ix) {
        BitSet[] off = new BitSet[ix.locationCount];
        for (int l = 0; l < ix.locationCount; l++) {
          ImmutableSet<LocalDate> dates = venues.get(ix.location(l).id());
          if (dates != null) {
            off[l] = grainsOn(ix, dates);
          }
        }
        return new UnaryScorer() {
          @Override
          public long penalty(int d, int s, int l) {
            return l < 0 || off[l] == null ? 0
                : off[l].get(s, Math.min(s + ix.duration[d], ix.grainCount)).cardinality();
          }

          @Override
          public String message(int d, int s, int l) {
            return ix.describe(d, s) + ": " + ix.location(l).name() + " closed that day";
          }
        };
      }
    };
  }

  static BitSet grainsOn(ProblemIndex ix, ImmutableSet<LocalDate> dates) {
    BitSet b = new BitSet(ix.grainCount);
    for (int g = 0; g < ix.grainCount; g++) {
      if (dates.contains(ix.problem.grid().dayOf(g))) {
        b.set(g);
      }
    }
    return b;
  }

  /** @return the medium rule counting moved events and the people they concern */
  public static Rule disruption() {
    return new BaseRule("disruption", Level.MEDIUM, PERSON) {
      @Override
      public RuleScorer bind(ProblemView view) {
        ProblemIndex ix = ProblemIndex.from(view);
        int[] movedOf = new int[ix.participantCount];
        return new RuleScorer() {
          @Override
          public long insert(int d, int s, int l, PlanView plan) {
            if (!moved(ix, d, s, l)) {
              return 0;
            }
            long sum = EVENT_IN_PERSONS;
            for (int p : ix.attendees[d]) {
              if (movedOf[p]++ == 0) {
                sum++;
              }
            }
            return sum;
          }

          @Override
          public long retract(int d, int s, int l, PlanView plan) {
            if (!moved(ix, d, s, l)) {
              return 0;
            }
            long sum = EVENT_IN_PERSONS;
            for (int p : ix.attendees[d]) {
              if (--movedOf[p] == 0) {
                sum++;
              }
            }
            return sum;
          }

          @Override
          public void explain(PlanView plan, Sink out) {
            List<List<Integer>> byPerson = new ArrayList<>();
            for (int p = 0; p < ix.participantCount; p++) {
              byPerson.add(new ArrayList<>());
            }
            for (int d = 0; d < ix.demandCount; d++) {
              if (plan.isPlaced(d) && moved(ix, d, plan.start(d), plan.location(d))) {
                out.violation(EVENT_IN_PERSONS, new int[] {d}, ImmutableList.of(),
                    ix.describe(d, plan.start(d)) + " moved from "
                        + ix.describe(d, ix.previousStart[d]));
                for (int p : ix.attendees[d]) {
                  byPerson.get(p).add(d);
                }
              }
            }
            for (int p = 0; p < ix.participantCount; p++) {
              if (!byPerson.get(p).isEmpty()) {
                out.violation(1, byPerson.get(p).stream().distinct().mapToInt(i -> i).toArray(),
                    ImmutableList.of(ix.participantId(p)), ix.participantName(p) + " has "
                        + byPerson.get(p).stream().distinct().count() + " moved event(s)");
              }
            }
          }
        };
      }
    };
  }

  /** Whether a placement differs from the demand's previous one; new demands never count. */
  static boolean moved(ProblemIndex ix, int d, int s, int l) {
    return ix.previousStart[d] >= 0 && (s != ix.previousStart[d]
        || (!ix.online[d] && l != ix.previousLocation[d]));
  }
}
