package org.civiclab.bench.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.grouping.Group;
import org.civiclab.core.grouping.Grouping;
import org.civiclab.core.grouping.GroupingRequest;
import org.civiclab.core.grouping.Groupings;
import org.civiclab.core.grouping.Round;
import org.civiclab.core.matching.Circle;
import org.civiclab.core.matching.CircleRequest;
import org.civiclab.core.matching.CircleResult;
import org.civiclab.core.matching.Circles;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.PersonId;

/**
 * {@code rounds --people P --size MIN-MAX --rounds R [--seed S]}: groups of MIN to MAX people
 * re-formed over R rounds with fewest repeated pairs, against learning circles formed afresh
 * each round ({@link Circles#form} with the round's number as seed, no memory of earlier
 * rounds) in the same run.
 *
 * <p>Prints {@code rounds people=P size=MIN-MAX rounds=R repeated-pairs=X lower-bound=L ms=T
 * baseline-repeated-pairs=B}. A pair that shares a group k times counts k - 1; L is the
 * counting lower bound {@link Grouping#lowerBound()}. T is the wall time of
 * {@link Groupings#form} after one warm-up run with another seed.
 */
public final class RoundsCommand implements BenchCommand {
  private static final String USAGE = "rounds --people 200 --size 8-9 --rounds 10 [--seed S]";

  @Override
  public int run(String[] args) {
    Options o = new Options(args, USAGE, "people", "size", "rounds", "seed");
    int people = o.number("people", 200, 2, 100_000);
    int rounds = o.number("rounds", 10, 1, 1000);
    int seed = o.number("seed", 1, 0, Integer.MAX_VALUE);
    String size = o.text("size", "8-9");
    String[] parts = size.split("-", -1);
    int min;
    int max;
    try {
      min = Integer.parseInt(parts[0]);
      max = Integer.parseInt(parts.length == 2 ? parts[1] : parts[0]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--size needs MIN-MAX such as 8-9, got '" + size + "'");
    }
    if (parts.length > 2 || min < 2 || max < min) {
      throw new IllegalArgumentException("--size needs MIN-MAX with 2 <= MIN <= MAX, got '"
          + size + "'");
    }
    List<MatchCandidate> plain = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      plain.add(MatchCandidate.builder().id(PersonId.of(String.format("p%05d", i))).build());
    }
    GroupingRequest request = GroupingRequest.builder().people(plain).minSize(min)
        .maxSize(max).rounds(rounds).seed(seed).build();
    Groupings.form(request.withSeed(seed + 1L));
    long start = System.nanoTime();
    Grouping g = Groupings.form(request);
    long ms = (System.nanoTime() - start) / 1_000_000;
    List<List<PersonId>> groups = new ArrayList<>();
    for (Round r : g.rounds()) {
      for (Group x : r.groups()) {
        groups.add(x.members());
      }
    }
    List<List<PersonId>> baseline = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      CircleResult c = Circles.form(CircleRequest.builder().people(plain)
          .composition(CircleComposition.builder().minSize(min).maxSize(max).minExperienced(0)
              .minFacilitators(0).minNovices(0).build())
          .seed(seed * 1000L + r).build());
      for (Circle x : c.circles()) {
        baseline.add(x.members());
      }
    }
    System.out.println("rounds people=" + people + " size=" + min + "-" + max + " rounds="
        + rounds + " repeated-pairs=" + repeats(groups) + " lower-bound=" + g.lowerBound()
        + " ms=" + ms + " baseline-repeated-pairs=" + repeats(baseline));
    return 0;
  }

  /** Pairs counted straight from the groups: a pair together k times adds k - 1. */
  static int repeats(List<List<PersonId>> groups) {
    Map<String, Integer> met = new HashMap<>();
    for (List<PersonId> m : groups) {
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          String a = m.get(i).value();
          String b = m.get(j).value();
          met.merge(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a, 1, Integer::sum);
        }
      }
    }
    return met.values().stream().mapToInt(v -> v - 1).sum();
  }
}
