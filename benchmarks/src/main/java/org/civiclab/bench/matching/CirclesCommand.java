package org.civiclab.bench.matching;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.matching.CircleRequest;
import org.civiclab.core.matching.CircleResult;
import org.civiclab.core.matching.Circles;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.matching.WeeklySlot;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;

/**
 * {@code circles --n N [--seed S]}: forms learning circles of 5 to 8 (one experienced member and
 * one facilitator each) for N random people from 200 organisations and 12 regions; a quarter
 * of them experienced, a sixth facilitators, and half giving two or three of eight weekly slots.
 *
 * <p>Prints {@code circles n=N ms=T circles=C unplaced=U}. T is the wall time of
 * {@link Circles#form} only, after one warm-up run on a tenth of the people in the same JVM.
 */
public final class CirclesCommand implements BenchCommand {
  private static final String USAGE = "circles --n N [--seed S]";

  @Override
  public int run(String[] args) {
    Args a = new Args(args, USAGE, "n", "seed");
    long n = a.get("n", 10_000);
    long seed = a.get("seed", 42);
    if (n < 1 || n > 1_000_000) {
      throw new IllegalArgumentException("--n must be between 1 and 1000000, got " + n);
    }
    Circles.form(request((int) Math.max(1, n / 10), seed + 1));
    CircleRequest request = request((int) n, seed);
    long start = System.nanoTime();
    CircleResult result = Circles.form(request);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("circles n=" + n + " ms=" + ms + " circles=" + result.circles().size()
        + " unplaced=" + result.unplaced().size());
    return 0;
  }

  static CircleRequest request(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<WeeklySlot> slots = new ArrayList<>();
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY)) {
      slots.add(WeeklySlot.of(d, 10));
      slots.add(WeeklySlot.of(d, 18));
    }
    List<MatchCandidate> people = new ArrayList<>(n);
    List<MatchCandidate> facilitators = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ExperienceLevel level = random.nextInt(4) == 0 ? ExperienceLevel.EXPERIENCED
          : random.nextBoolean() ? ExperienceLevel.INTERMEDIATE : ExperienceLevel.NOVICE;
      var b = MatchCandidate.builder().id(PersonId.of("p" + i))
          .organization(OrganizationId.of("org" + random.nextInt(200)))
          .region("region" + random.nextInt(12)).experience(level).addLanguage("en");
      boolean leads = random.nextInt(6) == 0;
      if (random.nextBoolean()) {
        int k = 2 + random.nextInt(2);
        for (int s = 0; s < k; s++) {
          b.addAvailability(slots.get(random.nextInt(slots.size())));
        }
      }
      (leads ? facilitators : people).add(b.build());
    }
    return CircleRequest.builder().people(people).facilitators(facilitators)
        .composition(CircleComposition.ofSize(5, 8)).seed(seed).build();
  }
}
