package org.civiclab.core.scheduling.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Rules;
import org.civiclab.core.scheduling.spi.PlanView;
import org.civiclab.core.scheduling.spi.ProblemView;
import org.civiclab.core.scheduling.spi.Rule;
import org.civiclab.core.scheduling.spi.RuleScorer;

/** The built-in rules' implementations; created through {@link Rules}. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Shared id, level and weight. */
  public abstract static class Base implements Rule {
    private final String id;
    private final Level level;
    private final long weight;

    Base(String id, Level level, long weight) {
      this.id = id;
      this.level = level;
      this.weight = weight;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Level level() {
      return level;
    }

    @Override
    public long weight() {
      return weight;
    }

    @Override
    public String toString() {
      return id + " (" + level + " x" + weight + ")";
    }
  }

  /** Another rule counted at another level with another weight. */
  public static final class Weighted extends Base {
    private final Rule rule;

    public Weighted(Rule rule, Level level, long weight) {
      super(rule.id(), level, weight);
      this.rule = rule;
    }

    Rule inner() {
      return rule instanceof Weighted w ? w.inner() : rule;
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      return rule.bind(view);
    }
  }

  /** A rule about one demand alone; penalty and message from two functions. */
  public abstract static class Unary extends Base {
    Unary(String id, Level level, long weight) {
      super(id, level, weight);
    }

    /** Prepares per-problem data and returns the penalty function. */
    abstract UnaryScorer scorer(ProblemIndex ix);

    /** Whether the penalty depends on the start only, so that hard use may prune starts. */
    boolean filtersStarts() {
      return false;
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      return unary(ix, scorer(ix));
    }
  }

  /** A scorer for a rule about one demand alone: the same penalty in and out. */
  public static RuleScorer unary(ProblemIndex ix, UnaryScorer f) {
    return new UnaryRuleScorer(ix, f);
  }

  /** The scorer of a rule about one demand alone; its penalty function is open to pruning. */
  public static final class UnaryRuleScorer implements RuleScorer {
    final ProblemIndex ix;
    final UnaryScorer f;

    UnaryRuleScorer(ProblemIndex ix, UnaryScorer f) {
      this.ix = ix;
      this.f = f;
    }

    @Override
    public long insert(int d, int s, int l, PlanView plan) {
      return f.penalty(d, s, l);
    }

    @Override
    public long retract(int d, int s, int l, PlanView plan) {
      return f.penalty(d, s, l);
    }

    @Override
    public void explain(PlanView plan, Sink out) {
      for (int d = 0; d < ix.demandCount; d++) {
        if (plan.isPlaced(d)) {
          int s = plan.start(d);
          int l = plan.location(d);
          long p = f.penalty(d, s, l);
          if (p > 0) {
            out.violation(p, new int[] {d}, l < 0 ? ImmutableList.of()
                : ImmutableList.of(ix.location(l).id()), f.message(d, s, l));
          }
        }
      }
    }
  }

  public interface UnaryScorer {
    long penalty(int d, int s, int l);

    String message(int d, int s, int l);
  }

  static long add(int[] cnt, int from, int len) {
    long sum = 0;
    for (int g = from, end = from + len; g < end; g++) {
      sum += cnt[g]++;
    }
    return sum;
  }

  static long remove(int[] cnt, int from, int len) {
    long sum = 0;
    for (int g = from, end = from + len; g < end; g++) {
      sum += --cnt[g];
    }
    return sum;
  }

  static int overlap(ProblemIndex ix, PlanView plan, int a, int b) {
    int sa = plan.start(a);
    int sb = plan.start(b);
    return Math.max(0, Math.min(sa + ix.duration[a], sb + ix.duration[b]) - Math.max(sa, sb));
  }

  /** Receives one pair of placed demands {@code a < b} that share grains. */
  public interface OverlapVisitor {
    void visit(int a, int b, int overlap);
  }

  /**
   * Visits every unordered pair of placed demands that overlap, for explanations (not on the
   * scoring path).
   */
  static void forEachOverlap(ProblemIndex ix, PlanView plan, OverlapVisitor visitor) {
    for (int a = 0; a < ix.demandCount; a++) {
      if (!plan.isPlaced(a)) {
        continue;
      }
      for (int b = a + 1; b < ix.demandCount; b++) {
        if (plan.isPlaced(b)) {
          int ov = overlap(ix, plan, a, b);
          if (ov > 0) {
            visitor.visit(a, b, ov);
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- hard

  public static final class GridFit extends Unary {
    private final boolean gapsAllowed;

    public GridFit(boolean gapsAllowed, Level level, long weight) {
      super(gapsAllowed ? "same-day" : "grid-fit", level, weight);
      this.gapsAllowed = gapsAllowed;
    }

    @Override
    boolean filtersStarts() {
      return true;
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          int last = s + ix.duration[d] - 1;
          if (last >= ix.grainCount) {
            return Math.max(1, last);
          }
          return (gapsAllowed ? ix.endsSameDay(d, s) : ix.fits(d, s)) ? 0 : 1;
        }

        @Override
        public String message(int d, int s, int l) {
          return ix.describe(d, s) + (s + ix.duration[d] > ix.grainCount
              ? " runs past the last planned time" : gapsAllowed ? " ends on another day"
                  : " does not fit within one day's hours");
        }
      };
    }
  }

  public static final class Capacity extends Unary {
    public Capacity(Level level, long weight) {
      super("venue-capacity", level, weight);
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          return l < 0 ? 0 : Math.max(0, ix.need[d] - ix.capacity[l]);
        }

        @Override
        public String message(int d, int s, int l) {
          return ix.describe(d, s) + " needs " + ix.need[d] + " seats but "
              + ix.location(l).name() + " has " + ix.capacity[l];
        }
      };
    }
  }

  public static final class Window extends Unary {
    public Window(Level level, long weight) {
      super("window", level, weight);
    }

    @Override
    boolean filtersStarts() {
      return true;
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          if (ix.windowLast[d] < 0) {
            return 1;
          }
          int last = s + ix.duration[d] - 1;
          return Math.max(0, ix.windowFirst[d] - s) + Math.max(0, last - ix.windowLast[d]);
        }

        @Override
        public String message(int d, int s, int l) {
          return ix.describe(d, s) + " lies outside its window "
              + ix.demand(d).window().map(Object::toString).orElse("");
        }
      };
    }
  }

  public static final class Availability extends Unary {
    private final boolean hours;
    private final boolean holidays;
    private final boolean agreedOnly;

    /** Hours or holidays for demands whose time is open; both for agreed ones only. */
    public Availability(boolean hours, boolean agreedOnly, Level level, long weight) {
      super(agreedOnly ? "agreed-availability" : hours ? "working-hours" : "holidays", level,
          weight);
      this.hours = hours || agreedOnly;
      this.holidays = !hours || agreedOnly;
      this.agreedOnly = agreedOnly;
    }

    @Override
    boolean filtersStarts() {
      return !agreedOnly;
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          return ix.agreed[d] == agreedOnly ? ix.unavailable(d, s, hours, holidays) : 0;
        }

        @Override
        public String message(int d, int s, int l) {
          List<String> who = new ArrayList<>();
          int end = Math.min(s + ix.duration[d], ix.grainCount);
          for (int a : ix.required[d]) {
            for (int g = s; g < end; g++) {
              if ((hours && ix.offHours(d, a) != null && ix.offHours(d, a).get(g))
                  || (holidays && ix.daysOff[a] != null && ix.daysOff[a].get(g))) {
                who.add(ix.participantName(a));
                break;
              }
            }
          }
          if (holidays && ix.commonDaysOff.get(s)) {
            who.add("everyone");
          }
          return ix.describe(d, s) + (agreedOnly ? " was agreed outside the working time of "
              : hours ? " is outside the working hours of " : " falls on a day off for ")
              + String.join(", ", who);
        }
      };
    }
  }

  public static final class AttendeeOverlap extends Base {
    public AttendeeOverlap(Level level, long weight) {
      super("attendee-overlap", level, weight);
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      int[][] cnt = new int[ix.participantCount][];
      for (int p = 0; p < ix.participantCount; p++) {
        if (ix.requiredDemandsOf[p].length > 1) {
          cnt[p] = new int[ix.grainCount + ix.maxDuration + 1];
        }
      }
      return new RuleScorer() {
        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          long sum = 0;
          for (int p : ix.required[d]) {
            if (cnt[p] != null) {
              sum += add(cnt[p], s, ix.duration[d]);
            }
          }
          return sum;
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          long sum = 0;
          for (int p : ix.required[d]) {
            if (cnt[p] != null) {
              sum += remove(cnt[p], s, ix.duration[d]);
            }
          }
          return sum;
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          for (int p = 0; p < ix.participantCount; p++) {
            int[] ds = ix.requiredDemandsOf[p];
            for (int i = 0; i < ds.length; i++) {
              for (int j = i + 1; j < ds.length; j++) {
                int a = ds[i];
                int b = ds[j];
                if (plan.isPlaced(a) && plan.isPlaced(b)) {
                  int ov = overlap(ix, plan, a, b);
                  if (ov > 0) {
                    out.violation(ov, new int[] {a, b}, ImmutableList.of(ix.participantId(p)),
                        ix.participantName(p) + " must attend both "
                            + ix.describe(a, plan.start(a)) + " and "
                            + ix.describe(b, plan.start(b)) + ", which overlap");
                  }
                }
              }
            }
          }
        }
      };
    }
  }

  public static final class VenueDoubleBooked extends Base {
    public VenueDoubleBooked(Level level, long weight) {
      super("venue-double-booked", level, weight);
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      int[][] cnt = new int[ix.locationCount][ix.grainCount + ix.maxDuration + 1];
      return new RuleScorer() {
        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          return l < 0 ? 0 : add(cnt[l], s, ix.duration[d]);
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          return l < 0 ? 0 : remove(cnt[l], s, ix.duration[d]);
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          forEachOverlap(ix, plan, (a, b, ov) -> {
            if (plan.location(a) >= 0 && plan.location(a) == plan.location(b)) {
              Location loc = ix.location(plan.location(a));
              out.violation(ov, new int[] {a, b}, ImmutableList.of(loc.id()), loc.name()
                  + " is booked twice: " + ix.describe(a, plan.start(a)) + " and "
                  + ix.describe(b, plan.start(b)));
            }
          });
        }
      };
    }
  }

  public static final class Sequence extends Base {
    public Sequence(Level level, long weight) {
      super("module-order", level, weight);
    }

    static long pen(ProblemIndex ix, int earlier, int se, int later, int sl) {
      return Math.max(0, se + ix.duration[earlier] - sl);
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      return new RuleScorer() {
        long touch(int d, int s, PlanView plan) {
          int g = ix.sequenceGroup[d];
          if (g < 0) {
            return 0;
          }
          long sum = 0;
          int od = ix.demand(d).sequenceOrder();
          for (int o : ix.sequenceMembers[g]) {
            if (o != d && plan.isPlaced(o)) {
              int oo = ix.demand(o).sequenceOrder();
              if (oo < od) {
                sum += pen(ix, o, plan.start(o), d, s);
              } else if (oo > od) {
                sum += pen(ix, d, s, o, plan.start(o));
              }
            }
          }
          return sum;
        }

        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          return touch(d, s, plan);
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          return touch(d, s, plan);
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          for (int a = 0; a < ix.demandCount; a++) {
            for (int b = 0; b < ix.demandCount; b++) {
              if (a != b && ix.sequenceGroup[a] >= 0 && ix.sequenceGroup[a] == ix.sequenceGroup[b]
                  && ix.demand(a).sequenceOrder() < ix.demand(b).sequenceOrder()
                  && plan.isPlaced(a) && plan.isPlaced(b)) {
                long p = pen(ix, a, plan.start(a), b, plan.start(b));
                if (p > 0) {
                  out.violation(p, new int[] {a, b}, ImmutableList.of(),
                      ix.describe(b, plan.start(b)) + " starts before "
                          + ix.describe(a, plan.start(a)) + " ends, but comes after it in "
                          + ix.demand(a).sequenceGroup().orElse(""));
                }
              }
            }
          }
        }
      };
    }
  }

  /**
   * A rule about pairs of events that share a required attendee, scored by scanning that
   * attendee's events: a move costs the moved demand's attendees times their events.
   */
  public abstract static class RequiredPairs extends Base {
    RequiredPairs(String id, Level level, long weight) {
      super(id, level, weight);
    }

    /** The raw penalty of two placed events of one person, in either order. */
    abstract long pen(ProblemIndex ix, int a, int sa, int la, int b, int sb, int lb);

    /** The sentence for a pair of events of one person. */
    abstract String sentence(String person, String first, String second);

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      return new RuleScorer() {
        long touch(int d, int s, int l, PlanView plan) {
          if (l < 0) {
            return 0;
          }
          long sum = 0;
          for (int p : ix.required[d]) {
            for (int o : ix.requiredDemandsOf[p]) {
              if (o != d && plan.isPlaced(o)) {
                sum += pen(ix, d, s, l, o, plan.start(o), plan.location(o));
              }
            }
          }
          return sum;
        }

        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          return touch(d, s, l, plan);
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          return touch(d, s, l, plan);
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          for (int p = 0; p < ix.participantCount; p++) {
            int[] ds = ix.requiredDemandsOf[p];
            for (int i = 0; i < ds.length; i++) {
              for (int j = i + 1; j < ds.length; j++) {
                int a = ds[i];
                int b = ds[j];
                if (plan.isPlaced(a) && plan.isPlaced(b)) {
                  long pen = pen(ix, a, plan.start(a), plan.location(a), b, plan.start(b),
                      plan.location(b));
                  if (pen > 0) {
                    out.violation(pen, new int[] {a, b}, ImmutableList.of(ix.participantId(p)),
                        sentence(ix.participantName(p), ix.describe(a, plan.start(a)),
                            ix.describe(b, plan.start(b))));
                  }
                }
              }
            }
          }
        }
      };
    }
  }

  public static final class TravelTime extends RequiredPairs {
    public TravelTime(Level level, long weight) {
      super("travel-time", level, weight);
    }

    @Override
    long pen(ProblemIndex ix, int a, int sa, int la, int b, int sb, int lb) {
      if (!ix.hasTravel || la < 0 || lb < 0) {
        return 0;
      }
      int t = ix.travel[ix.site[la]][ix.site[lb]];
      if (t == 0 || ix.dayIndex[Math.min(sa, ix.grainCount - 1)]
          != ix.dayIndex[Math.min(sb, ix.grainCount - 1)]) {
        return 0;
      }
      int gap = sa < sb ? sb - (sa + ix.duration[a]) : sa - (sb + ix.duration[b]);
      return gap >= 0 && gap < t ? t - gap : 0;
    }

    @Override
    String sentence(String person, String first, String second) {
      return person + " cannot travel in time between " + first + " and " + second;
    }
  }


  // ---------------------------------------------------------------- medium and soft

  public static final class PreferredAttendeeOverlap extends Base {
    public PreferredAttendeeOverlap(Level level, long weight) {
      super("preferred-attendee-overlap", level, weight);
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      int size = ix.grainCount + ix.maxDuration + 1;
      int[][] req = new int[ix.participantCount][];
      int[][] pref = new int[ix.participantCount][];
      for (int d = 0; d < ix.demandCount; d++) {
        for (int p : ix.preferred[d]) {
          if (pref[p] == null) {
            pref[p] = new int[size];
            req[p] = new int[size];
          }
        }
      }
      return new RuleScorer() {
        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          long sum = 0;
          int end = s + ix.duration[d];
          for (int p : ix.required[d]) {
            if (pref[p] != null) {
              int[] r = req[p];
              int[] f = pref[p];
              for (int g = s; g < end; g++) {
                sum += f[g];
                r[g]++;
              }
            }
          }
          for (int p : ix.preferred[d]) {
            int[] r = req[p];
            int[] f = pref[p];
            for (int g = s; g < end; g++) {
              sum += r[g] + f[g];
              f[g]++;
            }
          }
          return sum;
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          long sum = 0;
          int end = s + ix.duration[d];
          int[] prefs = ix.preferred[d];
          for (int i = prefs.length - 1; i >= 0; i--) {
            int[] r = req[prefs[i]];
            int[] f = pref[prefs[i]];
            for (int g = s; g < end; g++) {
              f[g]--;
              sum += r[g] + f[g];
            }
          }
          for (int p : ix.required[d]) {
            if (pref[p] != null) {
              int[] r = req[p];
              int[] f = pref[p];
              for (int g = s; g < end; g++) {
                r[g]--;
                sum += f[g];
              }
            }
          }
          return sum;
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          for (int a = 0; a < ix.demandCount; a++) {
            for (int b = 0; b < ix.demandCount; b++) {
              if (!plan.isPlaced(a) || !plan.isPlaced(b)) {
                continue;
              }
              int ov = overlap(ix, plan, a, b);
              if (ov == 0) {
                continue;
              }
              // required at a, preferred at b (a == b allowed: listed in both)
              for (int p : ix.required[a]) {
                for (int q : ix.preferred[b]) {
                  if (p == q) {
                    report(out, plan, a, b, p, ov);
                  }
                }
              }
              // preferred at two: each unordered pair of listings once
              if (a <= b) {
                int[] pa = ix.preferred[a];
                int[] pb = ix.preferred[b];
                for (int i = 0; i < pa.length; i++) {
                  for (int j = a == b ? i + 1 : 0; j < pb.length; j++) {
                    if (pa[i] == pb[j]) {
                      report(out, plan, a, b, pa[i], ov);
                    }
                  }
                }
              }
            }
          }
        }

        private void report(Sink out, PlanView plan, int a, int b, int p, int ov) {
          out.violation(ov, new int[] {a, b}, ImmutableList.of(ix.participantId(p)),
              ix.participantName(p) + " is wanted at both " + ix.describe(a, plan.start(a))
                  + " and " + ix.describe(b, plan.start(b)) + ", which overlap");
        }
      };
    }
  }

  public static final class AsEarlyAsPossible extends Unary {
    public AsEarlyAsPossible(Level level, long weight) {
      super("as-early-as-possible", level, weight);
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          return s + ix.duration[d] - 1;
        }

        @Override
        public String message(int d, int s, int l) {
          return ix.describe(d, s) + " could end earlier";
        }
      };
    }
  }

  public static final class RoomFit extends Unary {
    public RoomFit(Level level, long weight) {
      super("room-fit", level, weight);
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      long[] waste = new long[ix.locationCount];
      for (int l = 0; l < ix.locationCount; l++) {
        for (int o = 0; o < ix.locationCount; o++) {
          if (ix.capacity[o] > ix.capacity[l]) {
            waste[l] += ix.capacity[o] - ix.capacity[l];
          }
        }
      }
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          return l < 0 ? 0 : waste[l];
        }

        @Override
        public String message(int d, int s, int l) {
          return ix.describe(d, s) + " is in " + ix.location(l).name()
              + ", smaller than other rooms";
        }
      };
    }
  }

  public static final class BackToBack extends Base {
    public BackToBack(Level level, long weight) {
      super("break-between", level, weight);
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      int size = ix.grainCount + ix.maxDuration + 2;
      int[] starts = new int[size];
      int[] ends = new int[size];
      return new RuleScorer() {
        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          int e = s + ix.duration[d];
          long sum = ends[s] + starts[e];
          starts[s]++;
          ends[e]++;
          return sum;
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          int e = s + ix.duration[d];
          starts[s]--;
          ends[e]--;
          return ends[s] + starts[e];
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          for (int a = 0; a < ix.demandCount; a++) {
            for (int b = 0; b < ix.demandCount; b++) {
              if (a != b && plan.isPlaced(a) && plan.isPlaced(b)
                  && plan.start(a) + ix.duration[a] == plan.start(b)) {
                out.violation(1, new int[] {a, b}, ImmutableList.of(),
                    ix.describe(b, plan.start(b)) + " starts right as "
                        + ix.describe(a, plan.start(a)) + " ends, without a break");
              }
            }
          }
        }
      };
    }
  }

  public static final class ParallelEvents extends Base {
    public ParallelEvents(Level level, long weight) {
      super("parallel-events", level, weight);
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      int[] cnt = new int[ix.grainCount + ix.maxDuration + 1];
      return new RuleScorer() {
        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          return add(cnt, s, ix.duration[d]);
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          return remove(cnt, s, ix.duration[d]);
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          forEachOverlap(ix, plan, (a, b, ov) -> out.violation(ov, new int[] {a, b},
              ImmutableList.of(), ix.describe(a, plan.start(a)) + " runs in parallel with "
                  + ix.describe(b, plan.start(b))));
        }
      };
    }
  }

  public static final class RoomStability extends Base {
    public RoomStability(Level level, long weight) {
      super("room-stability", level, weight);
    }

    /** Person attends a then b: b starts after a and within two grains of a's end, elsewhere. */
    static int pen(ProblemIndex ix, int a, int sa, int la, int b, int sb, int lb) {
      return la >= 0 && lb >= 0 && sa < sb && la != lb && sb - ix.duration[a] - sa <= 2 ? 1 : 0;
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      return new RuleScorer() {
        long touch(int d, int s, int l, PlanView plan) {
          if (l < 0) {
            return 0;
          }
          long sum = 0;
          for (int p : ix.attendees[d]) {
            for (int o : ix.demandsOf[p]) {
              if (o != d && plan.isPlaced(o)) {
                int so = plan.start(o);
                int lo = plan.location(o);
                sum += pen(ix, d, s, l, o, so, lo) + pen(ix, o, so, lo, d, s, l);
              }
            }
          }
          return sum;
        }

        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          return touch(d, s, l, plan);
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          return touch(d, s, l, plan);
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          for (int p = 0; p < ix.participantCount; p++) {
            for (int a : ix.demandsOf[p]) {
              for (int b : ix.demandsOf[p]) {
                if (a != b && plan.isPlaced(a) && plan.isPlaced(b)
                    && pen(ix, a, plan.start(a), plan.location(a), b, plan.start(b),
                        plan.location(b)) > 0) {
                  out.violation(1, new int[] {a, b}, ImmutableList.of(ix.participantId(p)),
                      ix.participantName(p) + " changes rooms with little time between "
                          + ix.describe(a, plan.start(a)) + " and "
                          + ix.describe(b, plan.start(b)));
                }
              }
            }
          }
        }
      };
    }
  }

  public static final class PreferredTimes extends Unary {
    public PreferredTimes(Level level, long weight) {
      super("preferred-times", level, weight);
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      int[] minute = new int[ix.grainCount];
      for (int g = 0; g < ix.grainCount; g++) {
        LocalTime t = ix.grainStart(g).toLocalTime();
        minute[g] = t.getHour() * 60 + t.getMinute();
      }
      int grainMinutes = (int) ix.problem.grid().grainLength().toMinutes();
      int[] earliest = new int[ix.demandCount];
      int[] latest = new int[ix.demandCount];
      for (int d = 0; d < ix.demandCount; d++) {
        Demand dm = ix.demand(d);
        earliest[d] = dm.preferredEarliestStart().map(t -> t.getHour() * 60 + t.getMinute())
            .orElse(0);
        latest[d] = dm.preferredLatestEnd().map(t -> t.getHour() * 60 + t.getMinute())
            .orElse(Integer.MAX_VALUE);
      }
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          long sum = 0;
          int end = Math.min(s + ix.duration[d], ix.grainCount);
          for (int g = s; g < end; g++) {
            if (minute[g] < earliest[d] || minute[g] + grainMinutes > latest[d]) {
              sum++;
            }
          }
          return sum;
        }

        @Override
        public String message(int d, int s, int l) {
          return ix.describe(d, s) + " lies partly outside its preferred times";
        }
      };
    }
  }

  public static final class EvenSpread extends Unary {
    public EvenSpread(Level level, long weight) {
      super("even-spread", level, weight);
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      long[] center = new long[ix.demandCount];
      long[] day = new long[ix.grainCount];
      for (int g = 0; g < ix.grainCount; g++) {
        day[g] = ix.problem.grid().dayOf(g).toEpochDay();
      }
      for (int d = 0; d < ix.demandCount; d++) {
        center[d] = ix.demand(d).window().map(w -> w.start().toEpochDay()
            + ChronoUnit.DAYS.between(w.start(), w.end()) / 2).orElse(Long.MIN_VALUE);
      }
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          return center[d] == Long.MIN_VALUE ? 0 : Math.abs(day[s] - center[d]);
        }

        @Override
        public String message(int d, int s, int l) {
          return ix.describe(d, s) + " is " + penalty(d, s, l) + " days from the middle of its"
              + " window, around " + LocalDate.ofEpochDay(center[d]);
        }
      };
    }
  }

  public static final class Stability extends Unary {
    public Stability(Level level, long weight) {
      super("stability", level, weight);
    }

    @Override
    UnaryScorer scorer(ProblemIndex ix) {
      return new UnaryScorer() {
        @Override
        public long penalty(int d, int s, int l) {
          if (ix.previousStart[d] < 0) {
            return 0;
          }
          return (s != ix.previousStart[d] ? 1 : 0)
              + (ix.previousLocation[d] >= 0 && l != ix.previousLocation[d] ? 1 : 0);
        }

        @Override
        public String message(int d, int s, int l) {
          return ix.describe(d, s) + " moved from its previous plan at "
              + ix.describe(d, ix.previousStart[d]);
        }
      };
    }
  }

  public static final class LessTravel extends RequiredPairs {
    public LessTravel(Level level, long weight) {
      super("less-travel", level, weight);
    }

    /** Grains of travel between two events of one person at different sites on one day. */
    @Override
    long pen(ProblemIndex ix, int a, int sa, int la, int b, int sb, int lb) {
      if (la < 0 || lb < 0 || ix.site[la] == ix.site[lb]
          || ix.dayIndex[Math.min(sa, ix.grainCount - 1)]
              != ix.dayIndex[Math.min(sb, ix.grainCount - 1)]) {
        return 0;
      }
      return Math.max(1, ix.travel.length == 0 ? 0 : ix.travel[ix.site[la]][ix.site[lb]]);
    }

    @Override
    String sentence(String person, String first, String second) {
      return person + " travels between sites on one day for " + first + " and " + second;
    }
  }


  public static final class FewerGaps extends Base {
    public FewerGaps(Level level, long weight) {
      super("fewer-gaps", level, weight);
    }

    /**
     * Idle grains of one person on one day: from their first start to their last end, less
     * the grains their events last (never below zero). Includes demand {@code d} at {@code s}
     * when {@code d >= 0}.
     */
    static long gaps(ProblemIndex ix, PlanView plan, int p, int day, int d, int s) {
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      long busy = 0;
      int count = 0;
      for (int o : ix.requiredDemandsOf[p]) {
        int so;
        if (o == d) {
          so = s;
        } else if (plan.isPlaced(o)) {
          so = plan.start(o);
        } else {
          continue;
        }
        if (ix.dayIndex[Math.min(so, ix.grainCount - 1)] != day) {
          continue;
        }
        first = Math.min(first, so);
        last = Math.max(last, so + ix.duration[o]);
        busy += ix.duration[o];
        count++;
      }
      return count < 2 ? 0 : Math.max(0, last - first - busy);
    }

    @Override
    public RuleScorer bind(ProblemView view) {
      ProblemIndex ix = ProblemIndex.from(view);
      return new RuleScorer() {
        long touch(int d, int s, PlanView plan) {
          int day = ix.dayIndex[Math.min(s, ix.grainCount - 1)];
          long sum = 0;
          for (int p : ix.required[d]) {
            sum += gaps(ix, plan, p, day, d, s) - gaps(ix, plan, p, day, -1, -1);
          }
          return sum;
        }

        @Override
        public long insert(int d, int s, int l, PlanView plan) {
          return touch(d, s, plan);
        }

        @Override
        public long retract(int d, int s, int l, PlanView plan) {
          return touch(d, s, plan);
        }

        @Override
        public void explain(PlanView plan, Sink out) {
          for (int p = 0; p < ix.participantCount; p++) {
            java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
            for (int o : ix.requiredDemandsOf[p]) {
              if (plan.isPlaced(o)) {
                days.add(ix.dayIndex[Math.min(plan.start(o), ix.grainCount - 1)]);
              }
            }
            for (int day : days) {
              long g = gaps(ix, plan, p, day, -1, -1);
              if (g > 0) {
                List<Integer> on = new ArrayList<>();
                for (int o : ix.requiredDemandsOf[p]) {
                  if (plan.isPlaced(o)
                      && ix.dayIndex[Math.min(plan.start(o), ix.grainCount - 1)] == day) {
                    on.add(o);
                  }
                }
                out.violation(g, on.stream().mapToInt(Integer::intValue).toArray(),
                    ImmutableList.of(ix.participantId(p)), ix.participantName(p) + " waits "
                        + g + " grains between events on "
                        + ix.problem.grid().dayOf(plan.start(on.get(0))));
              }
            }
          }
        }
      };
    }
  }
}
