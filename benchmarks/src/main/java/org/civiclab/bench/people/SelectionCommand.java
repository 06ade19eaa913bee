package org.civiclab.bench.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.selection.Applicant;
import org.civiclab.core.selection.Population;
import org.civiclab.core.selection.Selection;
import org.civiclab.core.selection.SelectionMethod;
import org.civiclab.core.selection.SelectionRequest;
import org.civiclab.core.selection.Selections;

/**
 * {@code selection --applicants A --strata S --select N [--seed X]}: the leximin fair lottery
 * on a generated pool, against a stratified uniform lottery from the same run.
 *
 * <p>The pool: S regions (the strata), applicants skewed: a region's weight is drawn uniformly
 * from 1 to 10, so some regions send ten times as many applicants as others; each applicant
 * also has a gender (60% men) that no quota uses. Quotas: region proportional to a
 * population table in which every region is equally large, so each region gets
 * floor(N/S) to ceil(N/S) seats. Quotas over more attributes (such as region and gender
 * together) make the engine work on every combination as a type; the README gives figures.
 *
 * <p>Baseline: a uniform lottery within each stratum's quota, as a simple stratified lottery
 * does it: one panel composition that keeps every quota is fixed (that of one seeded lottery draw)
 * and each region's seats are drawn uniformly among its applicants, so an applicant's probability
 * is the region's seats over its applicants. Prints {@code selection applicants=A
 * strata=S select=N ms=T min-probability=P max-probability=Q baseline-min-probability=B};
 * T is the wall time of {@link Selections#select} after one warm-up run on another seed.
 */
public final class SelectionCommand implements BenchCommand {
  private static final String USAGE =
      "selection --applicants 2000 --strata 40 --select 60 [--seed S]";

  @Override
  public int run(String[] args) {
    Options o = new Options(args, USAGE, "applicants", "strata", "select", "seed");
    int applicants = o.number("applicants", 2000, 1, 1_000_000);
    int strata = o.number("strata", 40, 3, 10_000);
    int select = o.number("select", 60, 1, applicants);
    int seed = o.number("seed", 1, 0, Integer.MAX_VALUE);
    Selections.select(request(applicants, strata, select, seed + 1));
    SelectionRequest request = request(applicants, strata, select, seed);
    long start = System.nanoTime();
    Selection s = Selections.select(request);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (!s.feasible()) {
      System.out.println("selection infeasible: " + s.shortfalls());
      return 1;
    }
    double baseline = baseline(request);
    System.out.println(String.format(Locale.ROOT, "selection applicants=%d strata=%d select=%d"
        + " ms=%d min-probability=%.4f max-probability=%.4f baseline-min-probability=%.4f",
        applicants, strata, select, ms, s.minProbability().orElse(0),
        s.maxProbability().orElse(0), baseline));
    return 0;
  }

  static SelectionRequest request(int applicants, int strata, int select, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int regions = strata;
    double[] weight = new double[regions];
    double total = 0;
    for (int r = 0; r < regions; r++) {
      weight[r] = 1 + random.nextDouble() * 9;
      total += weight[r];
    }
    List<Applicant> pool = new ArrayList<>(applicants);
    for (int i = 0; i < applicants; i++) {
      double u = random.nextDouble() * total;
      int region = 0;
      while (region < regions - 1 && u >= weight[region]) {
        u -= weight[region];
        region++;
      }
      pool.add(Applicant.builder().id(PersonId.of("a" + i))
          .putAttribute("gender", random.nextInt(10) < 6 ? "man" : "woman")
          .putAttribute("region", "r" + region).build());
    }
    Map<String, Long> population = new HashMap<>();
    for (int r = 0; r < regions; r++) {
      population.put("r" + r, 1000L);
    }
    return SelectionRequest.builder().applicants(pool).panelSize(select)
        .addPopulations(Population.table("region", population))
        .method(SelectionMethod.FAIR_LOTTERY).seed(seed).build();
  }

  /** The smallest probability of a stratified uniform lottery on one fixed composition. */
  static double baseline(SelectionRequest request) {
    Selection one = Selections.select(request.withMethod(SelectionMethod.LOTTERY));
    Map<String, Integer> seats = new HashMap<>();
    Map<String, Integer> cell = new HashMap<>();
    java.util.Set<PersonId> in = new java.util.HashSet<>(one.selected());
    for (Applicant a : request.applicants()) {
      String key = String.valueOf(a.attributes().get("region"));
      cell.merge(key, 1, Integer::sum);
      seats.merge(key, in.contains(a.id()) ? 1 : 0, Integer::sum);
    }
    double min = 1;
    for (Map.Entry<String, Integer> e : cell.entrySet()) {
      min = Math.min(min, seats.getOrDefault(e.getKey(), 0) / (double) e.getValue());
    }
    return min;
  }
}
