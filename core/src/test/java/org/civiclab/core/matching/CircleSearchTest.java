package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Small fixed groups of people on which one part of the circle search decides the outcome,
 * each checked under many seeds (found among the cases of {@link CircleRestartsTest} and
 * {@link CircleDiversityTest}, then written out). With weekly slots: seeding circles with the
 * people free at most times first on restarts, seeding the circle that lacks most, placing the
 * most constrained people first and re-placing the members of a circle that stayed too small
 * each let everyone in where exhaustive search says a partition exists. Without them some seed
 * (or every seed) leaves someone out. Without slots: swaps and moves keep every circle's
 * roles (and the counts they keep for them), and moves are made where they raise diversity.
 * Where someone must be left out, restarts at fewer circles leave out no more than exhaustive
 * search says they must.
 */
class CircleSearchTest {
  private static final int SEEDS = 30;

  /**
   * People p0, p1, ... from specs such as {@code "o1 r0 E MT"}: organisation, region (or
   * {@code -} for none), level (N, I or E) and the weekly slots (M Monday 17:00, T Tuesday
   * 18:00, H Thursday 9:00; {@code -} for free at any time).
   */
  static List<MatchCandidate> people(String... specs) {
    List<MatchCandidate> out = new ArrayList<>();
    for (int i = 0; i < specs.length; i++) {
      String[] f = specs[i].split(" ");
      MatchCandidate.Builder b = MatchCandidate.builder().id(PersonId.of("p" + i))
          .experience(switch (f[2]) {
            case "E" -> ExperienceLevel.EXPERIENCED;
            case "I" -> ExperienceLevel.INTERMEDIATE;
            default -> ExperienceLevel.NOVICE;
          });
      if (!f[0].equals("-")) {
        b.organization(OrganizationId.of(f[0]));
      }
      if (!f[1].equals("-")) {
        b.region(f[1]);
      }
      for (char s : f[3].toCharArray()) {
        switch (s) {
          case 'M' -> b.addAvailability(WeeklySlot.of(DayOfWeek.MONDAY, 17));
          case 'T' -> b.addAvailability(WeeklySlot.of(DayOfWeek.TUESDAY, 18));
          case 'H' -> b.addAvailability(WeeklySlot.of(DayOfWeek.THURSDAY, 9));
          default -> { }
        }
      }
      out.add(b.build());
    }
    return out;
  }

  private static CircleRequest request(int min, int max, int experienced, int novices,
      List<MatchCandidate> people, long seed) {
    return CircleRequest.builder().people(people)
        .composition(CircleComposition.builder().minSize(min).maxSize(max)
            .minExperienced(experienced).minNovices(novices).minFacilitators(0).build())
        .seed(seed).build();
  }

  /** Under every seed the request (as a function of the seed) places everyone. */
  private static void placesEveryone(Function<Long, CircleRequest> request) {
    assertTrue(BruteForceCircles.validPartitionExists(request.apply(0L)));
    for (long seed = 0; seed < SEEDS; seed++) {
      CircleRequest r = request.apply(seed);
      CircleResult result = Circles.form(r);
      CirclesPropertiesTest.assertValid(r, result);
      assertEquals(List.of(), result.unplaced(), "seed " + seed + "\n" + result.explain());
    }
  }

  @Test
  void restartsSeededWithTheMostFlexibleFirstPlaceEveryone() {
    List<MatchCandidate> p = people("- - I TH", "- - N TH", "- - I MTH", "- - I M", "- - E TH",
        "- - I -", "- - N H", "- - N -");
    placesEveryone(seed -> request(3, 4, 0, 1, p, seed));
  }

  @Test
  void seedingTheCircleThatLacksMostPlacesEveryone() {
    List<MatchCandidate> p = people("- - N T", "- - N MH", "- - E MTH", "- - I MH", "- - N T",
        "- - E MH");
    placesEveryone(seed -> request(3, 3, 1, 1, p, seed));
  }

  @Test
  void placingTheMostConstrainedFirstPlacesEveryone() {
    List<MatchCandidate> p = people("- - N MH", "- - E MT", "- - N MTH", "- - N MT", "- - N TH",
        "- - N H", "- - I H", "- - E -", "- - E MT");
    placesEveryone(seed -> request(3, 3, 1, 1, p, seed));
    List<MatchCandidate> q = people("- - E MH", "- - I H", "- - I MT", "- - I T", "- - N M",
        "- - I T", "- - E T", "- - I MT", "- - E MTH");
    placesEveryone(seed -> request(3, 3, 0, 0, q, seed));
  }

  @Test
  void membersOfACircleLeftTooSmallArePlacedElsewhere() {
    List<MatchCandidate> p = people("- - I MH", "- - E MH", "- - N T", "- - N T", "- - E MTH",
        "- - E MH");
    placesEveryone(seed -> request(2, 3, 0, 0, p, seed));
  }

  @Test
  void whereSomeoneMustBeLeftOutRestartsTryFewerCircles() {
    // nine people in circles of three, a novice in each: no novice shares Tuesday with p1 or
    // p5, so at most two circles form and three are left out; starts at three circles strand
    // more, and restarts must also try fewer circles to leave out no more than that (measured:
    // without the lower counts, up to six are left out)
    List<MatchCandidate> p = people("- - N M", "- - I T", "- - E MT", "- - E MTH", "- - E MTH",
        "- - I T", "- - N M", "- - N H", "- - N M");
    leavesOutNoMoreThanMust(seed -> request(3, 3, 0, 1, p, seed));
    List<MatchCandidate> q = people("- - I H", "- - N H", "- - E T", "- - I M", "- - I H",
        "- - N T", "- - E MH", "- - E T", "- - I MH");
    leavesOutNoMoreThanMust(seed -> request(3, 3, 1, 0, q, seed));
  }

  private static void leavesOutNoMoreThanMust(Function<Long, CircleRequest> request) {
    CircleRequest first = request.apply(0L);
    int left = first.people().size() - BruteForceCircles.mostPlaced(first);
    assertTrue(left > 0, "a partition exists");
    for (long seed = 0; seed < SEEDS; seed++) {
      CircleRequest r = request.apply(seed);
      CircleResult result = Circles.form(r);
      CirclesPropertiesTest.assertValid(r, result);
      assertEquals(left, result.unplaced().size(), "seed " + seed + "\n" + result.explain());
    }
  }

  /** The result's circles as lists of the request's people. */
  private static List<List<MatchCandidate>> circles(CircleRequest r, CircleResult result) {
    Map<PersonId, MatchCandidate> byId = r.people().stream()
        .collect(Collectors.toMap(MatchCandidate::id, Function.identity()));
    return result.circles().stream().map(c -> c.members().stream().map(byId::get)
        .collect(Collectors.toList())).toList();
  }

  private static boolean rolesHold(CircleRequest r, List<MatchCandidate> c) {
    return c.stream().filter(MatchCandidate::isExperienced).count()
        >= r.composition().minExperienced()
        && c.stream().filter(m -> m.experience() == ExperienceLevel.NOVICE).count()
            >= r.composition().minNovices();
  }

  private static int diversity(List<MatchCandidate> a, List<MatchCandidate> b) {
    return CircleDiversityTest.diversity(a) + CircleDiversityTest.diversity(b);
  }

  /**
   * Whether one swap of two members, or one move from a larger circle to a smaller one, would
   * raise diversity while keeping the sizes, roles and shared slots: the steps the search takes.
   */
  static boolean improvable(CircleRequest r, List<List<MatchCandidate>> circles) {
    CircleComposition c = r.composition();
    for (List<MatchCandidate> a : circles) {
      for (List<MatchCandidate> b : circles) {
        if (a == b) {
          continue;
        }
        int before = diversity(a, b);
        for (int i = 0; i < a.size(); i++) {
          for (int j = 0; j < b.size(); j++) {
            List<MatchCandidate> a2 = new ArrayList<>(a);
            List<MatchCandidate> b2 = new ArrayList<>(b);
            b2.set(j, a2.set(i, b.get(j)));
            if (rolesHold(r, a2) && rolesHold(r, b2) && BruteForceCircles.sharesSlot(a2)
                && BruteForceCircles.sharesSlot(b2) && diversity(a2, b2) > before) {
              return true;
            }
          }
          if (a.size() > c.minSize() && b.size() < c.maxSize() && a.size() > b.size()) {
            List<MatchCandidate> a2 = new ArrayList<>(a);
            List<MatchCandidate> b2 = new ArrayList<>(b);
            b2.add(a2.remove(i));
            if (rolesHold(r, a2) && BruteForceCircles.sharesSlot(b2)
                && diversity(a2, b2) > before) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  @Test
  void aMoveNeverTakesACircleBelowItsRoles() {
    // seven people in circles of 3 and 4, each with an experienced member and a novice: here
    // a move that ignored the roles raises diversity under every seed (measured)
    List<MatchCandidate> p = people("o0 r2 N -", "o2 r2 E -", "o2 - I -", "- r0 I -",
        "- r0 I -", "o0 r1 E -", "- r1 N -");
    for (long seed = 0; seed < SEEDS; seed++) {
      CircleRequest r = request(3, 4, 1, 1, p, seed);
      CircleResult result = Circles.form(r);
      CirclesPropertiesTest.assertValid(r, result);
      assertEquals(List.of(), result.unplaced(), result::explain);
      List<List<MatchCandidate>> circles = circles(r, result);
      int got = circles.stream().mapToInt(CircleDiversityTest::diversity).sum();
      int[] sizes = circles.stream().mapToInt(List::size).toArray();
      assertEquals(CircleDiversityTest.bestDiversity(r, p, sizes), got, result::explain);
    }
  }

  @Test
  void swapsAndMovesKeepTheRoleCountsTheyCheck() {
    // the swaps and moves check each circle's experienced and novice counts, which they keep
    // up to date as people change circles; on these two groups a count read from the wrong
    // circle or left stale lets some seed break a circle's roles (measured)
    List<MatchCandidate> p = people("- r1 E -", "o1 r2 N -", "o0 r1 E -", "o2 r1 N -",
        "o1 r0 I -", "o1 r2 N -", "o0 r1 E -", "- r1 I -", "o2 r2 E -", "o2 r0 N -");
    List<MatchCandidate> q = people("o1 - E -", "o0 - N -", "o0 r0 E -", "o2 r2 E -",
        "o1 r0 N -", "o1 r2 N -", "o1 - I -");
    for (long seed = 0; seed < 40; seed++) {
      for (CircleRequest r : List.of(request(3, 4, 1, 1, p, seed), request(3, 4, 1, 0, q, seed))) {
        CircleResult result = Circles.form(r);
        CirclesPropertiesTest.assertValid(r, result);
        assertEquals(List.of(), result.unplaced(), result::explain);
        assertTrue(!improvable(r, circles(r, result)), result::explain);
      }
    }
  }

  @Test
  void movesAreMadeWhereTheyRaiseDiversity() {
    List<MatchCandidate> p = people("- r1 E H", "- r0 I TH", "o1 r0 E MT", "- r2 N MTH",
        "o0 r0 N M", "- r1 E -", "o2 r1 I MH", "o2 r1 I H", "o2 - N TH", "- r0 I -");
    int improvable = 0;
    for (long seed = 0; seed < 40; seed++) {
      CircleRequest r = request(3, 4, 0, 1, p, seed);
      CircleResult result = Circles.form(r);
      CirclesPropertiesTest.assertValid(r, result);
      if (improvable(r, circles(r, result))) {
        improvable++;
      }
    }
    // measured: 3 of 40 (the seeded attempts do not always find the last step); 40 of 40
    // when the search only swaps
    assertTrue(improvable <= 8, improvable + " of 40 could still be improved");
  }
}
