package org.civiclab.core.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.PersonId;

/**
 * Small random requests (people with random roles, random absences) against a naive
 * recomputation of what the javadoc promises: which rounds cannot be split and the exact
 * sentence explaining why, the counting lower bound from equal group sizes, the repeats counted
 * from the groups, and the shape of every round (numbers, absent people, members in id order,
 * groups ordered by their first member, everyone present placed once).
 */
class GroupingOracleTest {
  private static final String[] ROLE = {"experienced members", "facilitators", "novices"};

  private static PersonId id(int i) {
    return PersonId.of(String.format("p%02d", i));
  }

  @Property(tries = 200)
  void formMatchesANaiveRecomputation(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(11);
    int min = 2 + r.nextInt(2);
    int max = min + r.nextInt(2);
    int rounds = 1 + r.nextInt(4);
    int[] need = {r.nextInt(2), r.nextInt(2), r.nextInt(2)}; // experienced, facilitators, novices
    if (need[0] + need[2] > max) {
      need[2] = 0;
    }
    List<MatchCandidate> people = new ArrayList<>();
    boolean[][] role = new boolean[n][3];
    for (int i = 0; i < n; i++) {
      ExperienceLevel level = ExperienceLevel.values()[r.nextInt(ExperienceLevel.values().length)];
      boolean fac = r.nextInt(3) > 0;
      role[i][0] = level == ExperienceLevel.EXPERIENCED;
      role[i][1] = fac;
      role[i][2] = level == ExperienceLevel.NOVICE;
      people.add(MatchCandidate.builder().id(id(i)).experience(level).facilitator(fac).build());
    }
    // listed out of id order on purpose: the engine sorts by id
    List<MatchCandidate> shuffled = new ArrayList<>(people);
    java.util.Collections.reverse(shuffled);
    boolean[][] absent = new boolean[rounds][n];
    GroupingRequest.Builder b = GroupingRequest.builder().people(shuffled).minSize(min)
        .maxSize(max).rounds(rounds).minExperienced(need[0]).minFacilitators(need[1])
        .minNovices(need[2]).stepsPerRound(300).seed(seed);
    for (int k = 0; k < rounds; k++) {
      for (int i = 0; i < n; i++) {
        if (r.nextInt(8) == 0) {
          absent[k][i] = true;
          b.putAbsent(k + 1, id(i));
        }
      }
    }
    GroupingRequest request = b.build();

    // the oracle: per round, the number of groups and the problem, if any
    List<Problem> problems = new ArrayList<>();
    long meetings = 0;
    long[] degree = new long[n];
    for (int k = 0; k < rounds; k++) {
      int m = 0;
      int[] have = new int[3];
      for (int i = 0; i < n; i++) {
        if (!absent[k][i]) {
          m++;
          for (int x = 0; x < 3; x++) {
            have[x] += role[i][x] ? 1 : 0;
          }
        }
      }
      int groups = m / min;
      for (int x = 0; x < 3; x++) {
        if (need[x] > 0) {
          groups = Math.min(groups, have[x] / need[x]);
        }
      }
      if (groups == 0 || groups * max < m) {
        int fewest = (m + max - 1) / max;
        String why = m < min ? ": fewer people than the smallest group"
            : ": no number of groups fits";
        for (int x = 2; x >= 0; x--) {
          if (need[x] > 0 && have[x] < fewest * need[x]) {
            why = ": " + fewest + " groups need " + fewest * need[x] + " " + ROLE[x] + ", only "
                + have[x] + " present";
          }
        }
        problems.add(Problem.at("rounds[" + k + "]", "the " + m + " people present in round "
            + (k + 1) + " cannot form groups of " + min + " to " + max + why));
        continue;
      }
      for (int g = 0; g < groups; g++) {
        long s = m / groups + (g < m % groups ? 1 : 0);
        meetings += s * (s - 1) / 2;
      }
      for (int i = 0; i < n; i++) {
        if (!absent[k][i]) {
          degree[i] += m / groups - 1;
        }
      }
    }

    Grouping grouping;
    try {
      grouping = Groupings.form(request);
    } catch (InvalidInputException e) {
      assertEquals(problems, e.problems());
      return;
    }
    if (!problems.isEmpty()) {
      fail("expected " + problems);
    }
    long excess = 0;
    for (int i = 0; i < n; i++) {
      excess += Math.max(0, degree[i] - (n - 1));
    }
    long pairs = (long) n * (n - 1) / 2;
    long bound = Math.max(Math.max(0, meetings - pairs), (excess + 1) / 2);
    assertEquals(bound, grouping.lowerBound(), grouping.explain());

    int[][] met = new int[n][n];
    assertEquals(rounds, grouping.rounds().size());
    for (int k = 0; k < rounds; k++) {
      Round round = grouping.rounds().get(k);
      assertEquals(k + 1, round.number());
      List<PersonId> expectedAbsent = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (absent[k][i]) {
          expectedAbsent.add(id(i));
        }
      }
      assertEquals(expectedAbsent, round.absent());
      int placed = 0;
      String previousFirst = "";
      for (int g = 0; g < round.groups().size(); g++) {
        Group group = round.groups().get(g);
        assertEquals(g + 1, group.number());
        List<PersonId> members = group.members();
        String first = members.get(0).value();
        assertTrue(first.compareTo(previousFirst) > 0, "groups ordered by first member");
        previousFirst = first;
        for (int a = 0; a < members.size(); a++) {
          int pa = Integer.parseInt(members.get(a).value().substring(1));
          assertTrue(!absent[k][pa], members.get(a) + " is absent");
          if (a > 0) {
            assertTrue(members.get(a - 1).value().compareTo(members.get(a).value()) < 0);
          }
          for (int c = a + 1; c < members.size(); c++) {
            int pc = Integer.parseInt(members.get(c).value().substring(1));
            met[pa][pc]++;
            met[pc][pa]++;
          }
        }
        placed += members.size();
        assertEquals(java.util.Optional.empty(), group.facilitator(), "mode NONE names nobody");
      }
      assertEquals(n - expectedAbsent.size(), placed);
    }
    int repeats = 0;
    for (int a = 0; a < n; a++) {
      for (int c = a + 1; c < n; c++) {
        repeats += Math.max(0, met[a][c] - 1);
      }
    }
    assertEquals(repeats, grouping.repeatedPairs(), grouping.explain());
    assertTrue(repeats >= bound);
    Map<PersonId, Integer> expectedMet = new TreeMap<>();
    for (int c = 1; c < n; c++) {
      if (met[0][c] > 0) {
        expectedMet.put(id(c), met[0][c]);
      }
    }
    assertEquals(expectedMet, new HashMap<>(grouping.met(id(0))));
    int q = (int) Math.ceil(Math.sqrt(n) - 1e-9);
    assertTrue(grouping.method().equals("local search")
        || grouping.method().equals("affine plane over GF(" + q + ")"), grouping.method());
  }
}
