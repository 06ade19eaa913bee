package org.civiclab.core.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civiclab.core.model.ExperienceLevel;

/** Exhaustive oracle for circles: is there any valid partition of everyone? */
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
      return true;
    }
    MatchCandidate p = people.get(i);
    for (int k = 0; k < blocks.size(); k++) {
      List<MatchCandidate> b = blocks.get(k);
      if (b.size() < r.maxSize()) {
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

  private static boolean valid(CircleRequest r, List<MatchCandidate> b) {
    return b.size() >= r.minSize() && b.size() <= r.maxSize()
        && b.stream().filter(MatchCandidate::isExperienced).count() >= r.minExperienced()
        && b.stream().filter(MatchCandidate::facilitator).count() >= r.minFacilitators()
        && b.stream().filter(m -> m.experience() == ExperienceLevel.NOVICE).count()
            >= r.minNovices()
        && sharesSlot(b);
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
