package org.civiclab.core.matching.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.matching.Circle;
import org.civiclab.core.matching.CircleRequest;
import org.civiclab.core.matching.CircleResult;
import org.civiclab.core.matching.Circles;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.matching.Unmatched;
import org.civiclab.core.matching.WeeklySlot;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of {@link Circles#form}: mutable working state, used once. */
@API(status = INTERNAL, since = "0.1.0")
public final class CircleFormation {
  private static final Logger LOG = LoggerFactory.getLogger(CircleFormation.class);
  private static final int W_ORG = 100;
  private static final int W_REGION = 60;
  private static final int W_LEVEL = 20;
  /** How many fitting circles of the best tier a person compares before joining one. */
  private static final int WINDOW = 48;

  private final List<MatchCandidate> people;
  private final int n;
  private final int minSize;
  private final int maxSize;
  /** Roles a circle's members must cover: experienced, novice (facilitators are apart). */
  private static final int ROLES = 2;
  private static final String[] ROLE_NAMES = {"experienced members", "novices"};
  private final int[] need;
  private final int[] org;
  private final int[] region;
  private final int[] level;
  /** Per person, the roles covered as bits: 1 experienced, 2 novice. */
  private final int[] roles;
  private final long[][] mask;
  private final List<WeeklySlot> slotList;
  private final int[] order;
  private final SplittableRandom random;
  private final int shift;
  /** The circle count the request fixes, or 0. */
  private final int fixedCount;
  /** The order in which role people seed circles. */
  private final int[] seedOrder;
  /** The facilitators to assign, apart from the members, in id order. */
  private final List<MatchCandidate> facilitators;
  private final int minFacilitators;
  /** The most circles the facilitators can lead. */
  private final int maxCircles;

  // working state for the current number of circles
  private int circles;
  private int[][] mem = new int[0][];
  private int[] size = new int[0];
  /** Per circle and role, how many members cover the role: {@code cnt[k * ROLES + r]}. */
  private int[] cnt = new int[0];
  private long[][] common = new long[0][];
  private int[] circleOf = new int[0];

  public CircleFormation(CircleRequest request, long seed, int shift, boolean flexibleSeeds) {
    this.shift = shift;
    this.fixedCount = request.circleCount().orElse(0);
    List<MatchCandidate> sorted = new ArrayList<>(request.people());
    sorted.sort(Comparator.comparing(MatchCandidate::id));
    this.people = sorted;
    this.n = sorted.size();
    this.minSize = request.composition().minSize();
    this.maxSize = request.composition().maxSize();
    this.need = new int[] {request.composition().minExperienced(),
        request.composition().minNovices()};
    List<MatchCandidate> leads = new ArrayList<>(request.facilitators());
    leads.sort(Comparator.comparing(MatchCandidate::id));
    this.facilitators = leads;
    this.minFacilitators = request.composition().minFacilitators();
    this.maxCircles = minFacilitators == 0 ? Integer.MAX_VALUE
        : leads.size() / minFacilitators;
    this.org = new int[n];
    this.region = new int[n];
    this.level = new int[n];
    this.roles = new int[n];
    this.mask = new long[n][];
    Map<Object, Integer> orgCodes = new HashMap<>();
    Map<String, Integer> regionCodes = new HashMap<>();
    this.slotList = sorted.stream().flatMap(p -> p.availability().stream()).distinct().sorted()
        .collect(Collectors.toList());
    Map<WeeklySlot, Integer> slotIndex = new HashMap<>();
    for (int s = 0; s < slotList.size(); s++) {
      slotIndex.put(slotList.get(s), s);
    }
    int words = (slotList.size() + 63) / 64;
    for (int i = 0; i < n; i++) {
      MatchCandidate p = sorted.get(i);
      org[i] = p.organization().map(o -> orgCodes.computeIfAbsent(o, k -> orgCodes.size()))
          .orElse(-1);
      region[i] = p.region().map(r -> regionCodes.computeIfAbsent(r, k -> regionCodes.size()))
          .orElse(-1);
      level[i] = p.experience().ordinal();
      roles[i] = (p.isExperienced() ? 1 : 0)
          | (p.experience() == ExperienceLevel.NOVICE ? 2 : 0);
      if (!p.availability().isEmpty()) {
        mask[i] = new long[words];
        for (WeeklySlot s : p.availability()) {
          int b = requireNonNull(slotIndex.get(s));
          mask[i][b >> 6] |= 1L << (b & 63);
        }
      }
    }
    this.random = new SplittableRandom(seed);
    this.order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    // most constrained first: fewest weekly slots first, people free at any time last;
    // the sort is stable, so the seeded shuffle breaks ties
    int[] slotsOf = new int[n];
    for (int i = 0; i < n; i++) {
      slotsOf[i] = mask[i] == null ? Integer.MAX_VALUE : sorted.get(i).availability().size();
    }
    Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, Comparator.comparingInt(i -> slotsOf[i]));
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    // seeds either follow the same order, or put people free at more times first so that the
    // first members do not pin a circle to a slot that later people lack
    Integer[] seeds = boxed.clone();
    if (flexibleSeeds) {
      Arrays.sort(seeds, Comparator.comparingInt((Integer i) -> slotsOf[i]).reversed());
    }
    this.seedOrder = Arrays.stream(seeds).mapToInt(Integer::intValue).toArray();
  }

  /** @return how many people this run left unplaced */
  public int unplacedCount() {
    int u = 0;
    for (int p = 0; p < n; p++) {
      if (circleOf[p] < 0) {
        u++;
      }
    }
    return u;
  }

  /** @return whether anyone gave weekly availability */
  public boolean hasAvailability() {
    return !slotList.isEmpty();
  }

  /** @return the people in this run, for sizing restarts */
  public int size() {
    return n;
  }

  /** Forms the circles; call once, then {@link #result()}. */
  public void run() {
    int chosen = chooseCircleCount();
    LOG.debug("forming {} circles for {} people", chosen, n);
    if (chosen > 0) {
      fill(chosen);
      repair();
      improve();
    } else {
      reset(0);
    }
  }

  /**
   * The largest seedable count at or below the one nearest the midpoint size (or the request's
   * fixed count), within the bounds that let everyone in; a restart's shift moves the start and
   * may go below those bounds, as a fallback that places fewer people. Leaves the seeded state.
   */
  private int chooseCircleCount() {
    if (n < minSize || maxCircles == 0) {
      return 0;
    }
    int cMin = (n + maxSize - 1) / maxSize;
    int cMax = Math.min(n / minSize, maxCircles);
    int start;
    if (fixedCount > 0) {
      start = Math.min(fixedCount, cMax);
    } else {
      start = cMin <= cMax ? (int) Math.round(2.0 * n / (minSize + maxSize)) : cMax;
      int low = cMin <= cMax && shift == 0 ? cMin : 1;
      start = Math.max(low, Math.min(cMax, start + shift));
    }
    for (int c = start; c >= 1; c--) {
      if (seed(c)) {
        return c;
      }
    }
    return 0;
  }

  private void reset(int c) {
    circles = c;
    mem = new int[c][maxSize];
    size = new int[c];
    cnt = new int[c * ROLES];
    common = new long[c][];
    circleOf = new int[n];
    Arrays.fill(circleOf, -1);
  }

  /** Places the role people into c circles; false when some circle lacks a role. */
  private boolean seed(int c) {
    reset(c);
    // circles still lacking a role; a circle leaves the list once it has all its roles
    int[] lacking = new int[c];
    int lackingCount = 0;
    for (int k = 0; k < c; k++) {
      if (lacksRole(k)) {
        lacking[lackingCount++] = k;
      }
    }
    // people covering two roles first, then one; each goes where it covers most lacking roles
    for (int pass = 0; pass < 2 && lackingCount > 0; pass++) {
      for (int x = 0; x < seedOrder.length && lackingCount > 0; x++) {
        int p = seedOrder[x];
        int covered = Integer.bitCount(roles[p]);
        if (covered == 0 || (pass == 0) != (covered >= 2)) {
          continue;
        }
        int best = -1;
        int bestAt = -1;
        int bestCover = 0;
        int bestLack = 0;
        int bestShared = -1;
        for (int at = 0; at < lackingCount; at++) {
          int k = lacking[at];
          int cover = 0;
          int lack = 0;
          for (int r = 0; r < ROLES; r++) {
            int l = Math.max(0, need[r] - cnt[k * ROLES + r]);
            lack += l;
            if (l > 0 && has(p, r)) {
              cover++;
            }
          }
          if (cover == 0 || size[k] >= maxSize || !compatible(k, p)) {
            continue;
          }
          int shared = sharedAfter(k, p);
          if (cover > bestCover || (cover == bestCover && (lack > bestLack
              || (lack == bestLack && shared > bestShared)))) {
            best = k;
            bestAt = at;
            bestCover = cover;
            bestLack = lack;
            bestShared = shared;
          }
        }
        if (best >= 0) {
          add(best, p);
          if (!lacksRole(best)) {
            lacking[bestAt] = lacking[--lackingCount];
          }
        }
      }
    }
    return lackingCount == 0;
  }

  private boolean lacksRole(int k) {
    for (int r = 0; r < ROLES; r++) {
      if (cnt[k * ROLES + r] < need[r]) {
        return true;
      }
    }
    return false;
  }

  private boolean has(int p, int role) {
    return (roles[p] & (1 << role)) != 0;
  }

  private void fill(int c) {
    int placed = Math.min(n, c * maxSize);
    int base = placed / c;
    int extra = placed % c;
    int[] target = new int[c];
    for (int k = 0; k < c; k++) {
      target[k] = Math.max(minSize, Math.min(maxSize, base + (k < extra ? 1 : 0)));
    }
    int[] tierCount = new int[4];
    for (int k = 0; k < c; k++) {
      tierCount[tier(k, target)]++;
    }
    for (int p : order) {
      if (circleOf[p] < 0) {
        int k = bestCircle(p, target, tierCount);
        if (k >= 0) {
          tierCount[tier(k, target)]--;
          add(k, p);
          tierCount[tier(k, target)]++;
        }
      }
    }
  }

  /** 0 below the minimum size, 1 below target, 2 below the maximum, 3 full. */
  private int tier(int k, int[] target) {
    int s = size[k];
    return s < minSize ? 0 : s < target[k] ? 1 : s < maxSize ? 2 : 3;
  }

  /**
   * The circle p should join: one of the lowest tier p fits (smallest circles first), and
   * within it the best diversity gain. Scanning starts at a seeded random circle and stops after
   * {@link #WINDOW} fitting circles of the lowest tier that exists, so large inputs cost
   * O(people x window) instead of O(people x circles); the swaps in {@link #improve()} make up
   * for the narrower choice.
   */
  private int bestCircle(int p, int[] target, int[] tierCount) {
    int lowest = 0;
    while (lowest < 3 && tierCount[lowest] == 0) {
      lowest++;
    }
    if (lowest == 3) {
      return -1;
    }
    int best = -1;
    int bestTier = 3;
    int bestGain = Integer.MIN_VALUE;
    int seen = 0;
    int start = random.nextInt(circles);
    for (int x = 0; x < circles; x++) {
      int k = start + x < circles ? start + x : start + x - circles;
      int tier = tier(k, target);
      if (tier > bestTier || tier == 3 || !compatible(k, p)) {
        continue;
      }
      int g = gain(k, p);
      if (tier < bestTier || g > bestGain) {
        best = k;
        bestTier = tier;
        bestGain = g;
      }
      if (tier == lowest && ++seen >= WINDOW) {
        break;
      }
    }
    return best;
  }

  private int gain(int k, int p) {
    int sameOrg = 0;
    int sameRegion = 0;
    int sameLevel = 0;
    int[] m = mem[k];
    for (int x = 0; x < size[k]; x++) {
      int q = m[x];
      if (org[p] >= 0 && org[q] == org[p]) {
        sameOrg++;
      }
      if (region[p] >= 0 && region[q] == region[p]) {
        sameRegion++;
      }
      if (level[q] == level[p]) {
        sameLevel++;
      }
    }
    int g = 0;
    if (org[p] >= 0) {
      g += sameOrg == 0 ? W_ORG : -40 * sameOrg;
    }
    if (region[p] >= 0) {
      g += sameRegion == 0 ? W_REGION : -25 * sameRegion;
    }
    g += sameLevel == 0 ? W_LEVEL : -5 * sameLevel;
    if (mask[p] != null && common[k] != null) {
      int shared = 0;
      for (int w = 0; w < mask[p].length; w++) {
        shared += Long.bitCount(mask[p][w] & common[k][w]);
      }
      g += Math.min(4, shared);
    }
    return g;
  }

  /** Dissolves circles below the minimum size and re-places their members where they fit. */
  private void repair() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 0; k < circles; k++) {
        if (size[k] > 0 && size[k] < minSize) {
          int[] members = Arrays.copyOf(mem[k], size[k]);
          for (int p : members) {
            remove(k, p);
          }
          int[] target = new int[circles];
          Arrays.fill(target, maxSize);
          for (int p : members) {
            int best = -1;
            int bestGain = Integer.MIN_VALUE;
            for (int j = 0; j < circles; j++) {
              if (j != k && size[j] >= minSize && size[j] < maxSize && compatible(j, p)) {
                int g = gain(j, p);
                if (g > bestGain) {
                  best = j;
                  bestGain = g;
                }
              }
            }
            if (best >= 0) {
              add(best, p);
            }
          }
          changed = true;
        }
      }
    }
  }

  /** Seeded random swaps and moves that raise diversity and keep every bound. */
  private void improve() {
    int live = 0;
    for (int k = 0; k < circles; k++) {
      if (size[k] > 0) {
        live++;
      }
    }
    if (live < 2) {
      return;
    }
    long attempts = Math.min(30L * n, 300_000L);
    for (long t = 0; t < attempts; t++) {
      int a = random.nextInt(circles);
      int b = random.nextInt(circles);
      if (a == b || size[a] == 0 || size[b] == 0) {
        continue;
      }
      int i = random.nextInt(size[a]);
      int p = mem[a][i];
      if (random.nextInt(4) == 0) {
        tryMove(a, i, b, p);
      } else {
        int j = random.nextInt(size[b]);
        trySwap(a, i, b, j);
      }
    }
  }

  private void tryMove(int a, int i, int b, int p) {
    // a move only evens sizes out (7 and 5 become 6 and 6), never spreads them: 12 people in
    // 2 circles stay 6 and 6 rather than drifting to 5 and 7 for a little diversity
    if (size[a] <= minSize || size[b] >= maxSize || size[a] <= size[b]
        || !canLose(a, p) || !compatible(b, p)) {
      return;
    }
    int before = diversity(a) + diversity(b);
    remove(a, p);
    add(b, p);
    if (diversity(a) + diversity(b) <= before) {
      remove(b, p);
      add(a, p);
    }
  }

  /** Whether circle a keeps every role without p. */
  private boolean canLose(int a, int p) {
    for (int r = 0; r < ROLES; r++) {
      if (has(p, r) && cnt[a * ROLES + r] - 1 < need[r]) {
        return false;
      }
    }
    return true;
  }

  private void trySwap(int a, int i, int b, int j) {
    int p = mem[a][i];
    int q = mem[b][j];
    for (int r = 0; r < ROLES; r++) {
      int d = (has(q, r) ? 1 : 0) - (has(p, r) ? 1 : 0);
      if (cnt[a * ROLES + r] + d < need[r] || cnt[b * ROLES + r] - d < need[r]) {
        return;
      }
    }
    int before = diversity(a) + diversity(b);
    mem[a][i] = q;
    mem[b][j] = p;
    long[] ca = commonOf(a);
    long[] cb = commonOf(b);
    boolean slotsOk = (ca == null || nonEmpty(ca)) && (cb == null || nonEmpty(cb));
    if (slotsOk && diversity(a) + diversity(b) > before) {
      common[a] = ca;
      common[b] = cb;
      circleOf[q] = a;
      circleOf[p] = b;
      for (int r = 0; r < ROLES; r++) {
        int d = (has(q, r) ? 1 : 0) - (has(p, r) ? 1 : 0);
        cnt[a * ROLES + r] += d;
        cnt[b * ROLES + r] -= d;
      }
    } else {
      mem[a][i] = p;
      mem[b][j] = q;
    }
  }

  private int diversity(int k) {
    int orgs = 0;
    int regions = 0;
    int levels = 0;
    int[] m = mem[k];
    for (int x = 0; x < size[k]; x++) {
      int p = m[x];
      boolean newOrg = org[p] >= 0;
      boolean newRegion = region[p] >= 0;
      boolean newLevel = true;
      for (int y = 0; y < x; y++) {
        int q = m[y];
        if (org[q] == org[p]) {
          newOrg = false;
        }
        if (region[q] == region[p]) {
          newRegion = false;
        }
        if (level[q] == level[p]) {
          newLevel = false;
        }
      }
      orgs += newOrg ? 1 : 0;
      regions += newRegion ? 1 : 0;
      levels += newLevel ? 1 : 0;
    }
    return W_ORG * orgs + W_REGION * regions + W_LEVEL * levels;
  }

  /** How many slots the circle would still share with p in it (64 when unconstrained). */
  private int sharedAfter(int k, int p) {
    if (mask[p] == null && common[k] == null) {
      return 64;
    }
    long[] a = mask[p] != null ? mask[p] : common[k];
    long[] b = common[k] != null ? common[k] : mask[p];
    int shared = 0;
    for (int w = 0; w < a.length; w++) {
      shared += Long.bitCount(a[w] & b[w]);
    }
    return shared;
  }

  private boolean compatible(int k, int p) {
    if (mask[p] == null || common[k] == null) {
      return true;
    }
    for (int w = 0; w < mask[p].length; w++) {
      if ((mask[p][w] & common[k][w]) != 0) {
        return true;
      }
    }
    return false;
  }

  private void add(int k, int p) {
    mem[k][size[k]++] = p;
    circleOf[p] = k;
    for (int r = 0; r < ROLES; r++) {
      if (has(p, r)) {
        cnt[k * ROLES + r]++;
      }
    }
    if (mask[p] != null) {
      if (common[k] == null) {
        common[k] = mask[p].clone();
      } else {
        for (int w = 0; w < mask[p].length; w++) {
          common[k][w] &= mask[p][w];
        }
      }
    }
  }

  private void remove(int k, int p) {
    int[] m = mem[k];
    for (int x = 0; x < size[k]; x++) {
      if (m[x] == p) {
        m[x] = m[--size[k]];
        break;
      }
    }
    circleOf[p] = -1;
    for (int r = 0; r < ROLES; r++) {
      if (has(p, r)) {
        cnt[k * ROLES + r]--;
      }
    }
    if (mask[p] != null) {
      common[k] = commonOf(k);
    }
  }

  /** The AND of the members' masks, or null when no member gave availability. */
  private long @Nullable [] commonOf(int k) {
    long[] c = null;
    for (int x = 0; x < size[k]; x++) {
      long[] m = mask[mem[k][x]];
      if (m == null) {
        continue;
      }
      if (c == null) {
        c = m.clone();
      } else {
        for (int w = 0; w < m.length; w++) {
          c[w] &= m[w];
        }
      }
    }
    return c;
  }

  private static boolean nonEmpty(long[] bits) {
    for (long b : bits) {
      if (b != 0) {
        return true;
      }
    }
    return false;
  }

  public CircleResult result() {
    CircleResult.Builder out = CircleResult.builder();
    int number = 0;
    List<Integer> live = new ArrayList<>();
    for (int k = 0; k < circles; k++) {
      if (size[k] > 0) {
        live.add(k);
      }
    }
    Map<Integer, List<MatchCandidate>> leads = assignFacilitators(live);
    List<Integer> unled = new ArrayList<>();
    for (int k : live) {
      if (requireNonNull(leads.get(k)).size() < minFacilitators) {
        unled.add(k);
      }
    }
    live.removeAll(unled);
    // number circles by their smallest member id, for a stable presentation
    live.sort(Comparator.comparingInt(k -> Arrays.stream(mem[k], 0, size[k]).min().getAsInt()));
    for (int k : live) {
      int[] m = Arrays.copyOf(mem[k], size[k]);
      Arrays.sort(m);
      Circle.Builder c = Circle.builder().number(++number);
      Set<Integer> orgs = new HashSet<>();
      Set<Integer> regions = new HashSet<>();
      for (int p : m) {
        PersonId id = people.get(p).id();
        c.addMember(id);
        c.addMemberLevel(CircleMember.of(id, people.get(p).experience()));
        if (has(p, 0)) {
          c.addExperienced(id);
        }
        if (org[p] >= 0) {
          orgs.add(org[p]);
        }
        if (region[p] >= 0) {
          regions.add(region[p]);
        }
      }
      long[] cm = commonOf(k);
      ImmutableSortedSet.Builder<WeeklySlot> slots = ImmutableSortedSet.naturalOrder();
      if (cm != null) {
        for (int s = 0; s < slotList.size(); s++) {
          if ((cm[s >> 6] & (1L << (s & 63))) != 0) {
            slots.add(slotList.get(s));
          }
        }
      }
      requireNonNull(leads.get(k)).forEach(f -> c.addFacilitator(f.id()));
      out.addCircle(c.commonSlots(slots.build()).organizations(orgs.size())
          .regions(regions.size()).build());
    }
    String full = live.isEmpty() ? noCircleReason() : fullReason(live.size());
    for (int p = 0; p < n; p++) {
      if (circleOf[p] >= 0 && unled.contains(circleOf[p])) {
        out.addUnplaced(Unmatched.of(people.get(p).id(), "no facilitator left shares one of "
            + "their circle's weekly slots, so the circle is not formed"));
      } else if (circleOf[p] < 0) {
        out.addUnplaced(Unmatched.of(people.get(p).id(), live.isEmpty() ? full
            : hasRoomButNoSlot(p) ? slotReason(p) : full));
      }
    }
    Set<PersonId> leading = new HashSet<>();
    live.forEach(k -> requireNonNull(leads.get(k)).forEach(f -> leading.add(f.id())));
    for (MatchCandidate f : facilitators) {
      if (!leading.contains(f.id())) {
        out.addUnplaced(Unmatched.of(f.id(), live.isEmpty()
            ? "as a facilitator: no circle was formed (" + full + ")"
            : "as a facilitator: no circle left needs them or shares one of their weekly "
                + "slots"));
      }
    }
    return out.build();
  }

  /**
   * Gives each circle its facilitators: first {@code minFacilitators} each by a maximum
   * bipartite matching (augmenting paths, facilitators in id order), then every facilitator
   * left to the fitting circle with fewest so far, so that each facilitator leads at most one
   * circle. A facilitator fits a circle when either gave no availability or they share one of
   * its members' common slots.
   */
  private Map<Integer, List<MatchCandidate>> assignFacilitators(List<Integer> live) {
    Map<Integer, List<MatchCandidate>> out = new HashMap<>();
    live.forEach(k -> out.put(k, new ArrayList<>()));
    int f = facilitators.size();
    // facilitators' slots as masks over the members' slots: a slot no member has fits nobody
    Map<WeeklySlot, Integer> slotIndex = new HashMap<>();
    for (int s = 0; s < slotList.size(); s++) {
      slotIndex.put(slotList.get(s), s);
    }
    long[][] free = new long[f][];
    for (int j = 0; j < f; j++) {
      if (!facilitators.get(j).availability().isEmpty()) {
        free[j] = new long[(slotList.size() + 63) / 64];
        for (WeeklySlot s : facilitators.get(j).availability()) {
          Integer b = slotIndex.get(s);
          if (b != null) {
            free[j][b >> 6] |= 1L << (b & 63);
          }
        }
      }
    }
    boolean[][] fits = new boolean[live.size()][f];
    for (int c = 0; c < live.size(); c++) {
      long[] common = commonOf(live.get(c));
      for (int j = 0; j < f; j++) {
        long[] mine = free[j];
        fits[c][j] = common == null || mine == null || intersects(common, mine);
      }
    }
    int seats = live.size() * minFacilitators;
    int[] seatOf = new int[f];
    Arrays.fill(seatOf, -1);
    for (int seat = 0; seat < seats; seat++) {
      augment(seat, fits, seatOf, new boolean[f]);
    }
    for (int j = 0; j < f; j++) {
      if (seatOf[j] >= 0) {
        requireNonNull(out.get(live.get(seatOf[j] / minFacilitators))).add(facilitators.get(j));
      }
    }
    for (int j = 0; j < f; j++) {
      if (seatOf[j] >= 0) {
        continue;
      }
      int best = -1;
      for (int c = 0; c < live.size(); c++) {
        if (fits[c][j] && (best < 0 || requireNonNull(out.get(live.get(c))).size()
            < requireNonNull(out.get(live.get(best))).size())) {
          best = c;
        }
      }
      if (best >= 0) {
        requireNonNull(out.get(live.get(best))).add(facilitators.get(j));
      }
    }
    out.values().forEach(l -> l.sort(Comparator.comparing(MatchCandidate::id)));
    return out;
  }

  /** Kuhn's augmenting path from one seat; seat s belongs to circle s / minFacilitators. */
  private boolean augment(int seat, boolean[][] fits, int[] seatOf, boolean[] seen) {
    int c = seat / minFacilitators;
    // a free facilitator who fits ends the path at once; only then re-seat others
    for (int j = 0; j < seatOf.length; j++) {
      if (fits[c][j] && seatOf[j] < 0) {
        seatOf[j] = seat;
        return true;
      }
    }
    for (int j = 0; j < seatOf.length; j++) {
      if (!fits[c][j] || seen[j]) {
        continue;
      }
      seen[j] = true;
      if (seatOf[j] < 0 || augment(seatOf[j], fits, seatOf, seen)) {
        seatOf[j] = seat;
        return true;
      }
    }
    return false;
  }

  private static boolean intersects(long[] a, long[] b) {
    for (int w = 0; w < a.length; w++) {
      if ((a[w] & b[w]) != 0) {
        return true;
      }
    }
    return false;
  }

  private boolean hasRoomButNoSlot(int p) {
    for (int k = 0; k < circles; k++) {
      if (size[k] > 0 && size[k] < maxSize && !compatible(k, p)) {
        return true;
      }
    }
    return false;
  }

  private String slotReason(int p) {
    return "no circle with room shares one of their weekly slots ("
        + people.get(p).availability().stream().sorted().map(WeeklySlot::toString)
            .collect(Collectors.joining(", ")) + ")";
  }

  private String noCircleReason() {
    if (n < minSize) {
      return "only " + n + " people, fewer than the minimum circle size " + minSize;
    }
    if (maxCircles == 0) {
      return "not enough facilitators for even one circle (need " + minFacilitators
          + ", have " + facilitators.size() + ")";
    }
    for (int r = 0; r < ROLES; r++) {
      int have = count(r);
      if (have < need[r]) {
        return "not enough " + ROLE_NAMES[r] + " for even one circle (need " + need[r]
            + ", have " + have + ")";
      }
    }
    return "no group of " + minSize + " to " + maxSize
        + " people with the required roles shares a weekly slot";
  }

  private String fullReason(int live) {
    int placed = 0;
    for (int k = 0; k < circles; k++) {
      placed += size[k];
    }
    int left = n - placed;
    String prefix = "all " + live + " circles are full (at most " + maxSize + " members); ";
    if (fixedCount > 0 && live >= fixedCount) {
      return prefix + "the request fixes " + fixedCount + " circles";
    }
    if (live >= maxCircles) {
      return prefix + "another circle would need more facilitators (" + facilitators.size()
          + " in total, " + minFacilitators + " per circle)";
    }
    for (int r = 0; r < ROLES; r++) {
      int have = count(r);
      if (have < (live + 1) * need[r]) {
        return prefix + "another circle would need more " + ROLE_NAMES[r] + " (" + have
            + " in total, " + need[r] + " per circle)";
      }
    }
    if (left < minSize) {
      return prefix + "the " + left + " left over are fewer than the minimum circle size "
          + minSize;
    }
    return prefix + "no further circle could be seeded with its roles and a shared weekly slot";
  }

  private int count(int role) {
    int c = 0;
    for (int p = 0; p < n; p++) {
      c += has(p, role) ? 1 : 0;
    }
    return c;
  }
}
