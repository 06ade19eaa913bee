package org.civiclab.core.matching;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.civiclab.core.matching.internal.AssignmentSolver;
import org.civiclab.core.matching.internal.CapacitatedAssignment;
import org.civiclab.core.matching.internal.DefaultPairScorer;
import org.civiclab.core.matching.internal.Tally;
import org.civiclab.core.model.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mentor pairing: an optimal assignment by score, or a stable matching from mutual rankings.
 *
 * <p>{@link #optimal} pairs as many mentees as the exclusions and capacities allow and, among
 * all such pairings, returns one of maximum total score (an exact assignment, O(n^3)). Ties are
 * broken deterministically: mentors and mentees are processed in id order, so the result does
 * not depend on the order of the request's lists. {@link #stable} runs mentee-proposing
 * deferred acceptance. Stateless and thread-safe.
 *
 * <p>For example:
 * {@snippet :
 * PairingResult result = Pairings.optimal(PairingRequest.builder()
 *     .mentors(students.stream().map(MatchCandidate::of).toList())
 *     .mentees(managers.stream().map(MatchCandidate::of).toList())
 *     .build());
 * for (MentorPair pair : result.pairs()) {
 *   System.out.println(pair.mentor() + " mentors " + pair.mentee() + ": " + pair.explanation());
 * }
 * System.out.println(result.explain());   // with every mentee left unmatched and why
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class Pairings {
  private static final Logger LOG = LoggerFactory.getLogger(Pairings.class);
  private static final Comparator<MatchCandidate> BY_ID =
      Comparator.comparing(MatchCandidate::id);

  private Pairings() {}

  /**
   * The pairing with the most pairs and, among those, the highest total score.
   *
   * @param request mentors, mentees, capacities, exclusions and scorer
   * @return the pairs with explanations and the unmatched with reasons
   */
  public static PairingResult optimal(PairingRequest request) {
    List<MatchCandidate> mentors = sorted(request.mentors());
    List<MatchCandidate> mentees = sorted(request.mentees());
    LOG.debug("optimal pairing: {} mentees, {} mentors", mentees.size(), mentors.size());
    int[] capacity = mentors.stream().mapToInt(m -> request.capacityOf(m.id())).toArray();
    int[] mentorOf = CapacitatedAssignment.solve(mentees.size(), capacity, (i, m) -> {
      MatchCandidate mentor = mentors.get(m);
      MatchCandidate mentee = mentees.get(i);
      return exclusion(request, mentor, mentee).isPresent()
          ? AssignmentSolver.FORBIDDEN : checkedScore(request, mentor, mentee);
    });
    return result(request, mentors, mentees, mentorOf, "optimal assignment", null);
  }

  /**
   * A stable matching: no mentor and mentee who both rank each other would rather be together
   * than with whom they got. Mentees propose (deferred acceptance), so the result is the
   * mentee-optimal stable matching, which does not depend on the order of proposals; mentors
   * hold up to their capacity.
   *
   * <p>Only pairs ranked by both sides and passing the exclusions are acceptable. Pairs are
   * scored with the request's scorer for information; the ranks are in each pair's notes.
   *
   * @param request mentors, mentees, capacities, exclusions and both sides' rankings
   * @return the pairs with their ranks and the unmatched with reasons
   */
  public static PairingResult stable(PairingRequest request) {
    List<MatchCandidate> mentors = sorted(request.mentors());
    List<MatchCandidate> mentees = sorted(request.mentees());
    Map<PersonId, Integer> mentorIndex = index(mentors);
    Map<PersonId, Integer> menteeIndex = index(mentees);
    // rank of mentee i in mentor m's list, or MAX when unacceptable
    int[][] mentorRank = new int[mentors.size()][mentees.size()];
    for (int m = 0; m < mentors.size(); m++) {
      Arrays.fill(mentorRank[m], Integer.MAX_VALUE);
      List<PersonId> ranked = request.mentorRankings().get(mentors.get(m).id());
      for (int r = 0; r < ranked.size(); r++) {
        mentorRank[m][requireNonNull(menteeIndex.get(ranked.get(r)))] = r;
      }
    }
    List<int[]> menteeLists = new ArrayList<>();
    for (MatchCandidate mentee : mentees) {
      menteeLists.add(request.menteeRankings().get(mentee.id()).stream()
          .mapToInt(mentorIndex::get).toArray());
    }
    List<TreeSet<Integer>> held = new ArrayList<>();
    for (int m = 0; m < mentors.size(); m++) {
      int mm = m;
      held.add(new TreeSet<>(Comparator.comparingInt((Integer i) -> mentorRank[mm][i])));
    }
    int[] next = new int[mentees.size()];
    int[] mentorOf = new int[mentees.size()];
    Arrays.fill(mentorOf, -1);
    Deque<Integer> free = new ArrayDeque<>();
    for (int i = 0; i < mentees.size(); i++) {
      free.add(i);
    }
    while (!free.isEmpty()) {
      int i = free.poll();
      int[] list = menteeLists.get(i);
      while (next[i] < list.length) {
        int m = list[next[i]++];
        if (mentorRank[m][i] == Integer.MAX_VALUE
            || exclusion(request, mentors.get(m), mentees.get(i)).isPresent()) {
          continue;
        }
        int cap = request.capacityOf(mentors.get(m).id());
        if (cap == 0) {
          continue;
        }
        TreeSet<Integer> h = held.get(m);
        if (h.size() < cap) {
          h.add(i);
          mentorOf[i] = m;
          break;
        }
        int worst = h.last();
        if (mentorRank[m][i] < mentorRank[m][worst]) {
          h.remove(worst);
          mentorOf[worst] = -1;
          free.addFirst(worst);
          h.add(i);
          mentorOf[i] = m;
          break;
        }
      }
    }
    return result(request, mentors, mentees, mentorOf, "stable matching (mentees propose)",
        mentorRank);
  }

  /**
   * Why a pair may not be formed, if it may not.
   *
   * @param request the request whose rules apply
   * @param mentor the mentor
   * @param mentee the mentee
   * @return the reason, or empty when the pair is allowed
   */
  public static Optional<String> exclusion(PairingRequest request, MatchCandidate mentor,
      MatchCandidate mentee) {
    if (mentor.id().equals(mentee.id())) {
      return Optional.of("same person");
    }
    if (request.forbiddenPairs().containsEntry(mentor.id(), mentee.id())) {
      return Optional.of("explicitly forbidden");
    }
    if (request.excludeSameUnit() && mentor.unit().isPresent()
        && mentor.organization().isPresent() && mentor.organization().equals(mentee.organization())
        && mentor.unit().equals(mentee.unit())) {
      return Optional.of("same unit");
    }
    if (request.excludeReportingLine() && (mentor.reportsTo().equals(Optional.of(mentee.id()))
        || mentee.reportsTo().equals(Optional.of(mentor.id()))
        || (mentor.reportsTo().isPresent() && mentor.reportsTo().equals(mentee.reportsTo())))) {
      return Optional.of("same reporting line");
    }
    if (request.requireCommonLanguage()
        && DefaultPairScorer.countCommon(mentor.languages(), mentee.languages()) == 0) {
      return Optional.of("no common language");
    }
    return Optional.empty();
  }

  private static long checkedScore(PairingRequest request, MatchCandidate mentor,
      MatchCandidate mentee) {
    long s = request.scorer().score(mentor, mentee);
    if (s <= -AssignmentSolver.MAX_ABS_SCORE || s >= AssignmentSolver.MAX_ABS_SCORE
        || s == AssignmentSolver.FORBIDDEN) {
      throw org.civiclab.core.InvalidInputException.of("scorer", "score " + s + " of "
          + mentor.id() + " -> " + mentee.id() + " is out of range");
    }
    return s;
  }

  private static PairingResult result(PairingRequest request, List<MatchCandidate> mentors,
      List<MatchCandidate> mentees, int[] mentorOf, String method, int @Nullable [][] mentorRank) {
    PairingResult.Builder out = PairingResult.builder().method(method);
    int[] taken = new int[mentors.size()];
    List<MentorPair> pairs = new ArrayList<>();
    for (int i = 0; i < mentees.size(); i++) {
      if (mentorOf[i] >= 0) {
        taken[mentorOf[i]]++;
        MatchCandidate mentor = mentors.get(mentorOf[i]);
        MatchCandidate mentee = mentees.get(i);
        Explanation.Builder why = Explanation.builder()
            .terms(request.scorer().terms(mentor, mentee))
            .notes(rulesMet(request, mentor, mentee));
        if (mentorRank != null) {
          int menteeRank = request.menteeRankings().get(mentee.id()).indexOf(mentor.id()) + 1;
          why.addNotes("mentee's choice #" + menteeRank,
              "mentor's choice #" + (mentorRank[mentorOf[i]][i] + 1));
        }
        pairs.add(MentorPair.builder().mentor(mentor.id()).mentee(mentee.id())
            .explanation(why.build()).build());
      }
    }
    pairs.sort(Comparator.comparing(MentorPair::mentor).thenComparing(MentorPair::mentee));
    out.pairs(pairs);
    for (int i = 0; i < mentees.size(); i++) {
      if (mentorOf[i] < 0) {
        out.addUnmatchedMentee(Unmatched.of(mentees.get(i).id(),
            menteeReason(request, mentors, mentees.get(i), mentorRank != null)));
      }
    }
    for (int m = 0; m < mentors.size(); m++) {
      if (taken[m] == 0) {
        out.addUnmatchedMentor(Unmatched.of(mentors.get(m).id(),
            mentorReason(request, mentors.get(m), mentees, mentorRank != null)));
      }
    }
    return out.build();
  }

  private static List<String> rulesMet(PairingRequest request, MatchCandidate mentor,
      MatchCandidate mentee) {
    List<String> notes = new ArrayList<>();
    if (request.excludeSameUnit() && mentor.unit().isPresent() && mentee.unit().isPresent()
        && mentor.organization().isPresent() && mentor.organization().equals(mentee.organization())) {
      notes.add("different unit required");
    }
    if (request.excludeReportingLine()
        && (mentor.reportsTo().isPresent() || mentee.reportsTo().isPresent())) {
      notes.add("outside each other's reporting line required");
    }
    if (request.requireCommonLanguage()) {
      notes.add("common language required");
    }
    return notes;
  }

  private static String menteeReason(PairingRequest request, List<MatchCandidate> mentors,
      MatchCandidate mentee, boolean stable) {
    if (mentors.isEmpty()) {
      return "there are no mentors";
    }
    Tally t = Tally.of(mentors, mentor -> request.capacityOf(mentor.id()) == 0
        ? Optional.of("no places") : exclusion(request, mentor, mentee), m -> m.id().value());
    if (t.noneEligible()) {
      return "no eligible mentor: " + t.excluded("mentor");
    }
    if (stable) {
      return "every acceptable mentor they ranked (of " + t.eligible()
          + ") is full with mentees that mentor ranks higher, or did not rank them";
    }
    return "every eligible mentor (" + t.eligible()
        + ") is fully booked; no pairing can place more mentees";
  }

  private static String mentorReason(PairingRequest request, MatchCandidate mentor,
      List<MatchCandidate> mentees, boolean stable) {
    if (request.capacityOf(mentor.id()) == 0) {
      return "capacity is 0";
    }
    if (mentees.isEmpty()) {
      return "there are no mentees";
    }
    Tally t = Tally.of(mentees, mentee -> exclusion(request, mentor, mentee), m -> m.id().value());
    if (t.noneEligible()) {
      return "no eligible mentee: " + t.excluded("mentee");
    }
    if (stable) {
      return "no acceptable mentee (of " + t.eligible()
          + ") chose them before a mentor they ranked higher";
    }
    return "every eligible mentee (" + t.eligible()
        + ") is paired with another mentor; no pairing can place more mentees";
  }

  private static List<MatchCandidate> sorted(ImmutableList<MatchCandidate> people) {
    List<MatchCandidate> list = new ArrayList<>(people);
    list.sort(BY_ID);
    return list;
  }

  private static Map<PersonId, Integer> index(List<MatchCandidate> people) {
    Map<PersonId, Integer> map = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      map.put(people.get(i).id(), i);
    }
    return map;
  }
}
