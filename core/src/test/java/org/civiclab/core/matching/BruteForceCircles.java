package org.civiclab.core.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;

/**
 * Exhaustive oracle for circles: is there any partition of all members into valid circles
 * whose facilitators (each leading at most one circle) can be found among those given, and how
 * many members can valid circles hold at most when some must be left out?
 */
final class BruteForceCircles {
  private BruteForceCircles() {}

  static boolean validPartitionExists(CircleRequest r) {
    List<MatchCandidate> people = r.people();
    if (people.isEmpty()) {
      return true;
    }
    return search(r, people, 0, new ArrayList<>());
  }

  private static boolean search(CircleRequest r, List<MatchCandidate> people, int i,
      List<List<MatchCandidate>> blocks) {
    if (i == people.size()) {
      for (List<MatchCandidate> b : blocks) {
        if (!valid(r, b)) {
          return false;
        }
      }
      return led(r, blocks, 0, new int[blocks.size()]);
    }
    MatchCandidate p = people.get(i);
    for (int k = 0; k < blocks.size(); k++) {
      List<MatchCandidate> b = blocks.get(k);
      if (b.size() < r.composition().maxSize()) {
        b.add(p);
        boolean ok = sharesSlot(b) && search(r, people, i + 1, blocks);
        b.remove(b.size() - 1);
        if (ok) {
          return true;
        }
      }
    }
    List<MatchCandidate> fresh = new ArrayList<>();
    fresh.add(p);
    blocks.add(fresh);
    boolean ok = search(r, people, i + 1, blocks);
    blocks.remove(blocks.size() - 1);
    return ok;
  }

  /**
   * The most members any set of disjoint valid circles places, leaving the others out; each
   * circle needs its facilitators as in {@link #validPartitionExists}.
   */
  static int mostPlaced(CircleRequest r) {
    return most(r, r.people(), 0, new ArrayList<>(), 0);
  }

  private static int most(CircleRequest r, List<MatchCandidate> people, int i,
      List<List<MatchCandidate>> blocks, int placed) {
    if (i == people.size()) {
      for (List<MatchCandidate> b : blocks) {
        if (!valid(r, b)) {
          return -1;
        }
      }
      return led(r, blocks, 0, new int[blocks.size()]) ? placed : -1;
    }
    MatchCandidate p = people.get(i);
    int best = most(r, people, i + 1, blocks, placed);
    for (int k = 0; k < blocks.size(); k++) {
      List<MatchCandidate> b = blocks.get(k);
      if (b.size() < r.composition().maxSize()) {
        b.add(p);
        if (sharesSlot(b)) {
          best = Math.max(best, most(r, people, i + 1, blocks, placed + 1));
        }
        b.remove(b.size() - 1);
      }
    }
    List<MatchCandidate> fresh = new ArrayList<>();
    fresh.add(p);
    blocks.add(fresh);
    best = Math.max(best, most(r, people, i + 1, blocks, placed + 1));
    blocks.remove(blocks.size() - 1);
    return best;
  }

  private static boolean valid(CircleRequest r, List<MatchCandidate> b) {
    CircleComposition c = r.composition();
    return b.size() >= c.minSize() && b.size() <= c.maxSize()
        && b.stream().filter(MatchCandidate::isExperienced).count() >= c.minExperienced()
        && b.stream().filter(m -> m.experience() == ExperienceLevel.NOVICE).count()
            >= c.minNovices()
        && sharesSlot(b);
  }

  /** Tries every circle (or none) for facilitator f onward; true when each circle is led. */
  private static boolean led(CircleRequest r, List<List<MatchCandidate>> blocks, int f,
      int[] leaders) {
    if (f == r.facilitators().size()) {
      for (int n : leaders) {
        if (n < r.composition().minFacilitators()) {
          return false;
        }
      }
      return true;
    }
    if (led(r, blocks, f + 1, leaders)) {
      return true;
    }
    MatchCandidate lead = r.facilitators().get(f);
    for (int k = 0; k < blocks.size(); k++) {
      if (fits(lead, blocks.get(k))) {
        leaders[k]++;
        boolean ok = led(r, blocks, f + 1, leaders);
        leaders[k]--;
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }

  /** A facilitator fits a circle when either gave no availability or they share a slot. */
  static boolean fits(MatchCandidate lead, List<MatchCandidate> members) {
    List<MatchCandidate> all = new ArrayList<>(members);
    all.add(lead);
    return sharesSlot(all);
  }

  /** Members who gave availability share at least one slot. */
  static boolean sharesSlot(List<MatchCandidate> members) {
    Set<WeeklySlot> common = null;
    for (MatchCandidate m : members) {
      if (m.availability().isEmpty()) {
        continue;
      }
      if (common == null) {
        common = new HashSet<>(m.availability());
      } else {
        common.retainAll(m.availability());
      }
    }
    return common == null || !common.isEmpty();
  }
}
