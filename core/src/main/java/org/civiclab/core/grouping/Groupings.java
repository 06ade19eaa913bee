package org.civiclab.core.grouping;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.grouping.internal.AffinePlane;
import org.civiclab.core.grouping.internal.FiniteField;
import org.civiclab.core.grouping.internal.RoundSearch;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.PersonId;

/**
 * Forms groups over rounds.
 *
 * <p>Each round holds as many groups as its present people allow within [min, max] and the
 * mix rules (smaller groups mean fewer pair meetings, so fewer repeats), sizes as equal as
 * possible. When the people number q&sup2; for a prime power q in the size bounds (or a few
 * fewer, each group then still within bounds), the rounds are at most q + 1 and the design
 * keeps every mix rule, the groups are the parallel classes of the affine plane over GF(q):
 * no pair meets twice in up to q + 1 rounds (further rounds reuse the classes in turn, which
 * meets the counting bound). Otherwise a seeded simulated annealing within
 * {@link GroupingRequest#stepsPerRound()} moves per round minimises missing roles, then
 * repeated pair meetings, then pairs from one organisation. Deterministic for a request;
 * stateless and thread-safe.
 *
 * <p>For example:
 * {@snippet :
 * Grouping week = Groupings.form(GroupingRequest.builder()
 *     .people(participants.stream().map(MatchCandidate::of).toList())
 *     .minSize(7).maxSize(7).rounds(5)
 *     .build());
 * week.repeatedPairs();                 // 0 for 49 people: the affine plane of order 7
 * week.explain(PersonId.of("p0"));      // whom p0 met and how often
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class Groupings {
  private static final String[] ROLE_NAMES = {"experienced members", "facilitators", "novices"};

  private Groupings() {}

  /**
   * Forms the groups.
   *
   * @param request the people, bounds, rounds, absences, mix rules and seed
   * @return the rounds with their groups, repeats and lower bound
   * @throws InvalidInputException when some round's present people cannot be split into
   *     groups of the size bounds with the mix rules' roles (path {@code rounds[r]})
   */
  public static Grouping form(GroupingRequest request) {
    List<MatchCandidate> people = new ArrayList<>(request.people());
    people.sort(Comparator.comparing(MatchCandidate::id));
    int n = people.size();
    int rounds = request.rounds();
    int[] need = {request.minExperienced(), request.minFacilitators(), request.minNovices()};
    int[] roles = new int[n];
    int[] org = new int[n];
    Map<Object, Integer> orgs = new HashMap<>();
    for (int i = 0; i < n; i++) {
      MatchCandidate p = people.get(i);
      roles[i] = (p.isExperienced() ? 1 : 0) | (p.facilitator() ? 2 : 0)
          | (p.experience() == ExperienceLevel.NOVICE ? 4 : 0);
      org[i] = p.organization().map(o -> orgs.computeIfAbsent(o, k -> orgs.size())).orElse(-1);
    }
    boolean[][] present = new boolean[rounds][n];
    int[][] sizes = new int[rounds][];
    List<InvalidInputException> problems = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      int m = 0;
      int[] roleCount = new int[3];
      for (int i = 0; i < n; i++) {
        present[r][i] = !request.absent().containsEntry(r + 1, people.get(i).id());
        if (present[r][i]) {
          m++;
          for (int k = 0; k < 3; k++) {
            roleCount[k] += (roles[i] >> k) & 1;
          }
        }
      }
      int groups = m / request.minSize();
      for (int k = 0; k < 3; k++) {
        if (need[k] > 0) {
          groups = Math.min(groups, roleCount[k] / need[k]);
        }
      }
      if (groups == 0 || (long) groups * request.maxSize() < m) {
        problems.add(InvalidInputException.of("rounds[" + r + "]", "the " + m
            + " people present in round " + (r + 1) + " cannot form groups of "
            + request.minSize() + " to " + request.maxSize() + shortOfRoles(m, roleCount,
                need, request.minSize(), request.maxSize())));
        continue;
      }
      sizes[r] = new int[groups];
      for (int g = 0; g < groups; g++) {
        sizes[r][g] = m / groups + (g < m % groups ? 1 : 0);
      }
    }
    if (!problems.isEmpty()) {
      List<org.civiclab.core.Problem> all = new ArrayList<>();
      problems.forEach(e -> all.addAll(e.problems()));
      throw new InvalidInputException(all);
    }
    int[][] assignment = null;
    String method = "local search";
    Optional<int[][]> design = design(n, rounds, present, request, roles, need);
    if (design.isPresent()) {
      assignment = design.get();
      method = "affine plane over GF(" + (int) Math.ceil(Math.sqrt(n) - 1e-9) + ")";
    } else {
      SplittableRandom seeds = new SplittableRandom(request.seed());
      int[][] start = RoundSearch.greedyStart(present, sizes, roles, need, seeds.nextLong());
      int[] groupCount = new int[rounds];
      for (int r = 0; r < rounds; r++) {
        groupCount[r] = sizes[r].length;
      }
      RoundSearch search = new RoundSearch(n, start, groupCount, request.minSize(),
          request.maxSize(), need, roles, org, seeds.nextLong());
      assignment = search.run((long) request.stepsPerRound() * rounds);
    }
    return build(request, people, assignment, present, sizes, roles, need, method);
  }

  private static String shortOfRoles(int m, int[] have, int[] need, int min, int max) {
    int groups = (m + max - 1) / max;
    for (int k = 0; k < 3; k++) {
      if (need[k] > 0 && have[k] < groups * need[k]) {
        return ": " + groups + " groups need " + groups * need[k] + " " + ROLE_NAMES[k]
            + ", only " + have[k] + " present";
      }
    }
    return m < min ? ": fewer people than the smallest group" : ": no number of groups fits";
  }

  /** The affine-plane rounds, when the design applies and keeps every rule. */
  private static Optional<int[][]> design(int n, int rounds, boolean[][] present,
      GroupingRequest request, int[] roles, int[] need) {
    int q = (int) Math.ceil(Math.sqrt(n) - 1e-9);
    OptionalInt prime = FiniteField.primeOf(q);
    if (prime.isEmpty() || q > 256 || q > request.maxSize()
        || (long) q * q - n >= q) {
      return Optional.empty();
    }
    FiniteField field = FiniteField.of(q);
    int[][] out = new int[rounds][n];
    for (int r = 0; r < rounds; r++) {
      // beyond q + 1 rounds the classes repeat: each further round repeats every pair of
      // one class, which is the counting bound when everyone is present
      int[] line = AffinePlane.lines(field, r % (q + 1));
      int[] size = new int[q];
      int[][] cnt = new int[q][3];
      for (int p = 0; p < n; p++) {
        out[r][p] = present[r][p] ? line[p] : -1;
        if (present[r][p]) {
          size[line[p]]++;
          for (int k = 0; k < 3; k++) {
            cnt[line[p]][k] += (roles[p] >> k) & 1;
          }
        }
      }
      for (int g = 0; g < q; g++) {
        if (size[g] < request.minSize()) {
          return Optional.empty();
        }
        for (int k = 0; k < 3; k++) {
          if (cnt[g][k] < need[k]) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.of(out);
  }

  private static Grouping build(GroupingRequest request, List<MatchCandidate> people,
      int[][] assignment, boolean[][] present, int[][] sizes, int[] roles, int[] need,
      String method) {
    int n = people.size();
    int rounds = assignment.length;
    Grouping.Builder out = Grouping.builder().method(method);
    int[] meet = new int[n * n];
    int[] led = new int[n];
    long meetings = 0;
    int[] degree = new int[n];
    for (int r = 0; r < rounds; r++) {
      Round.Builder round = Round.builder().number(r + 1);
      Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
      for (int p = 0; p < n; p++) {
        if (assignment[r][p] >= 0) {
          groups.computeIfAbsent(assignment[r][p], k -> new ArrayList<>()).add(p);
        } else {
          round.addAbsent(people.get(p).id());
        }
      }
      // the counting bound uses the smallest group size each present person could be in
      int smallest = Integer.MAX_VALUE;
      for (int s : sizes[r]) {
        smallest = Math.min(smallest, s);
      }
      for (int p = 0; p < n; p++) {
        if (present[r][p]) {
          degree[p] += smallest - 1;
        }
      }
      for (int s : sizes[r]) {
        meetings += (long) s * (s - 1) / 2;
      }
      List<List<Integer>> ordered = new ArrayList<>(groups.values());
      ordered.sort(Comparator.comparingInt(l -> l.get(0)));
      int number = 0;
      for (List<Integer> g : ordered) {
        number++;
        Group.Builder group = Group.builder().number(number);
        int[] cnt = new int[3];
        for (int i = 0; i < g.size(); i++) {
          group.addMember(people.get(g.get(i)).id());
          for (int k = 0; k < 3; k++) {
            cnt[k] += (roles[g.get(i)] >> k) & 1;
          }
          for (int j = i + 1; j < g.size(); j++) {
            meet[g.get(i) * n + g.get(j)]++;
          }
        }
        for (int k = 0; k < 3; k++) {
          if (cnt[k] < need[k]) {
            out.addBrokenRule("round " + (r + 1) + " group " + number + " has " + cnt[k] + " "
                + ROLE_NAMES[k] + ", needs " + need[k]);
          }
        }
        if (g.size() < request.minSize() || g.size() > request.maxSize()) {
          out.addBrokenRule("round " + (r + 1) + " group " + number + " has " + g.size()
              + " members, outside " + request.minSize() + "-" + request.maxSize());
        }
        facilitator(request.facilitatorMode(), g, people, led)
            .ifPresent(group::facilitator);
        round.addGroup(group.build());
      }
      out.addRound(round.build());
    }
    int repeats = 0;
    for (int v : meet) {
      repeats += Math.max(0, v - 1);
    }
    long pairs = (long) n * (n - 1) / 2;
    long excess = 0;
    for (int p = 0; p < n; p++) {
      excess += Math.max(0, degree[p] - (n - 1));
    }
    long bound = Math.max(Math.max(0, meetings - pairs), (excess + 1) / 2);
    return out.repeatedPairs(repeats).lowerBound((int) Math.min(Integer.MAX_VALUE, bound))
        .build();
  }

  private static Optional<PersonId> facilitator(FacilitatorMode mode, List<Integer> group,
      List<MatchCandidate> people, int[] led) {
    if (mode == FacilitatorMode.NONE) {
      return Optional.empty();
    }
    int best = -1;
    for (int p : group) {
      if (!people.get(p).facilitator()) {
        continue;
      }
      boolean better = best < 0 || (mode == FacilitatorMode.ROTATING ? led[p] < led[best]
          : led[p] > led[best]);
      if (better) {
        best = p;
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    led[best]++;
    return Optional.of(people.get(best).id());
  }
}
