package org.civiclab.bench.validation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.CircleId;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.validation.ProgramValidator;
import org.civiclab.core.validation.ValidationReport;

/**
 * {@code validation [--max N]}: validates programs of 10k, 100k and 1M elements (a third each
 * sessions, mentor pairings and learning-circle members), then a program of 200,000 mentor
 * pairings (the size of a 60 MiB document), with {@code ProgramValidator.validateStructure}.
 *
 * <p>Prints one line per size, {@code validation elements=E ms=T ms-per-element=P
 * ratio-to-10k=R problems=K}, where T is the best of three validations after one warm-up in the
 * same JVM; R near 1 means the cost per element does not grow with the size. Then
 * {@code validation pairings=200000 ms=T problems=K} (goal: T under 5,000). Building the
 * programs is not timed. Each mentee has about four pairings, some overlapping, so the
 * one-mentor-per-mentee check has clashes to find.
 */
public final class ValidationCommand implements BenchCommand {
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final DateRange YEAR = DateRange.of(START, LocalDate.of(2024, 12, 31));

  @Override
  public int run(String[] args) {
    int max = 1_000_000;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--max") && i + 1 < args.length) {
        max = Integer.parseInt(args[++i]);
      } else {
        throw new IllegalArgumentException("usage: validation [--max N], got " + args[i]);
      }
    }
    double base = 0;
    for (int n = 10_000; n <= max; n *= 10) {
      Program p = mixed(n, 42);
      long ms = best(p);
      double per = (double) ms / n;
      if (base == 0) {
        base = Math.max(per, 1e-9);
      }
      System.out.printf(java.util.Locale.ROOT,
          "validation elements=%d ms=%d ms-per-element=%.6f ratio-to-10k=%.2f problems=%d%n",
          n, ms, per, per / base, ProgramValidator.validateStructure(p).problems().size());
      p = null;
    }
    Program pairings = program(List.of(), pairingList(200_000, new SplittableRandom(7)), List.of());
    long ms = best(pairings);
    System.out.println("validation pairings=200000 ms=" + ms + " problems="
        + ProgramValidator.validateStructure(pairings).problems().size());
    return 0;
  }

  private static long best(Program p) {
    ValidationReport warm = ProgramValidator.validateStructure(p);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long t = System.nanoTime();
      ValidationReport r = ProgramValidator.validateStructure(p);
      best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
      if (r.problems().size() != warm.problems().size()) {
        throw new IllegalStateException("validation is not deterministic");
      }
    }
    return best;
  }

  /** A program of about n elements: a third sessions, pairings and circle members each. */
  static Program mixed(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int third = n / 3;
    List<Edition> editions = new ArrayList<>();
    int sessions = 0;
    int perModule = 100;
    int modules = Math.max(1, third / perModule);
    Edition.Builder e = Edition.builder().id(EditionId.of("e0")).label("2024")
        .period(YEAR).moduleOrderRequired(false);
    for (int m = 0; m < modules; m++) {
      LocalDate day = START.plusDays(m % 360);
      Module.Builder mb = Module.builder().id(ModuleId.of("m" + m))
          .title(LocalizedText.of("en", "Module " + m)).window(DateRange.of(day, day.plusDays(3)))
          .mode(DeliveryMode.ONLINE);
      for (int s = 0; s < perModule && sessions < third; s++, sessions++) {
        LocalDate d = day.plusDays(random.nextInt(5)); // now and then outside the window
        mb.addSession(Session.builder().id(EventId.of("s" + sessions))
            .title(LocalizedText.of("en", "Session")).format(SessionFormat.LECTURE)
            .mode(DeliveryMode.ONLINE)
            .when(TimeSpan.on(d, LocalTime.of(9, 0), LocalTime.of(11, 0), ZONE)).build());
      }
      e.addModule(mb.build());
    }
    editions.add(e.build());
    List<LearningCircle> circles = new ArrayList<>();
    for (int c = 0; c * 6 < third; c++) {
      circles.add(circle(c));
    }
    return program(editions, pairingList(third, random), circles);
  }

  private static LearningCircle circle(int c) {
    var b = LearningCircle.builder().id(CircleId.of("c" + c)).name("Circle " + c)
        .composition(CircleComposition.ofSize(2, 6)).cadence(Cadence.everyWeeks(3)).period(YEAR)
        .addFacilitator(PersonId.of("f" + c));
    for (int m = 0; m < 6; m++) {
      b.addMember(CircleMember.of(PersonId.of("c" + c + "p" + m),
          m == 0 ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE));
    }
    return b.build();
  }

  static List<MentorPairing> pairingList(int n, SplittableRandom random) {
    List<MentorPairing> out = new ArrayList<>(n);
    int mentees = Math.max(1, n / 4);
    for (int i = 0; i < n; i++) {
      LocalDate from = START.plusDays(random.nextInt(330));
      out.add(MentorPairing.builder().id(PairingId.of("pair-" + i))
          .mentor(PersonId.of("mentor-" + random.nextInt(Math.max(1, n / 10))))
          .mentee(PersonId.of("mentee-" + random.nextInt(mentees)))
          .direction(PairingDirection.CONVENTIONAL).cadence(Cadence.perTerm(2))
          .period(DateRange.of(from, from.plusDays(random.nextInt(30))))
          .rationale("shared interests: governance, water, digital services").build());
    }
    return out;
  }

  private static Program program(List<Edition> editions, List<MentorPairing> pairings,
      List<LearningCircle> circles) {
    Program.Builder b = Program.builder().id(ProgramId.of("bench"))
        .title(LocalizedText.of("en", "Validation benchmark"))
        .organizer(OrganizationId.of("org")).zone(ZONE).period(YEAR)
        .addAllEditions(editions).addAllPairings(pairings).addAllCircles(circles);
    return b.build();
  }
}
