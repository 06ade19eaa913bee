package org.civiclab.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.CommitmentKind;
import org.civiclab.core.commitment.Review;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.survey.Question;
import org.civiclab.core.survey.Survey;
import org.civiclab.core.time.DateRange;

/**
 * Adds commitments at a generated program's events (every kind, owners of both sorts, status
 * histories with evidence, reviews at a later event) and a results framework with an indicator
 * of every formula kind, a qualitative one with entered actuals, baselines and targets in two
 * halves of the program's period, deterministically for a seed.
 */
public final class ResultsGenerator {
  private ResultsGenerator() {}

  /**
   * @param p a program, such as a generated one, possibly with surveys
   * @param seed the seed
   * @return the program with commitments and a results framework
   */
  public static Program withResults(Program p, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return p.withCommitments(commitments(p, r)).withResultsFramework(framework(p, r));
  }

  /** @return the program's events a commitment can be made at, in a fixed order */
  static List<EventId> events(Program p) {
    List<EventId> out = new ArrayList<>();
    p.sessions().forEach(s -> out.add(s.id()));
    p.outreachMeetings().forEach(m -> out.add(m.id()));
    p.reflectionMeetings().forEach(m -> out.add(m.id()));
    return out;
  }

  static List<Commitment> commitments(Program p, SplittableRandom r) {
    List<EventId> events = events(p);
    List<Commitment> out = new ArrayList<>();
    LocalDate start = p.period().start();
    long days = Math.max(1, p.period().lengthInDays());
    int n = events.isEmpty() ? 0 : 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      EventId at = events.get(r.nextInt(events.size()));
      LocalDate made = start.plusDays(r.nextLong(days));
      Commitment.Builder b = Commitment.builder().id(CommitmentId.of("c" + i))
          .kind(CommitmentKind.values()[i % 3]).text("Commitment Ჭ " + i)
          .madeAt(at).madeOn(made);
      if (r.nextBoolean()) {
        b.category(r.nextBoolean() ? "water" : "training");
      }
      int actions = r.nextInt(4);
      for (int a = 0; a < actions; a++) {
        Action.Builder ab = Action.builder().id(ActionId.of("a" + a)).what("Do " + a);
        if (a % 2 == 0) {
          ab.ownerOrganization(p.organizer());
          ab.addPartners(p.partners().stream().findFirst()
              .orElse(org.civiclab.core.model.OrganizationId.of("partner")));
        } else {
          ab.ownerPerson(p.referencedPeople().stream().findFirst()
              .orElse(org.civiclab.core.model.PersonId.of("owner")));
        }
        if (r.nextInt(3) != 0) {
          ab.due(made.plusDays(r.nextInt(90)));
        }
        LocalDate on = made;
        int steps = r.nextInt(3);
        for (int s = 0; s < steps; s++) {
          on = on.plusDays(r.nextInt(60));
          StatusChange.Builder sc = StatusChange.builder().on(on)
              .status(ActionStatus.values()[r.nextInt(4)]);
          if (r.nextBoolean()) {
            sc.evidence("minutes " + s);
          }
          ab.addHistory(sc.build());
        }
        b.addActions(ab.build());
      }
      for (EventId later : events) {
        if (!later.equals(at) && r.nextInt(3) == 0) {
          Review.Builder rb = Review.builder().at(later).on(made.plusDays(30));
          if (r.nextBoolean()) {
            rb.note("reviewed");
          }
          b.addReviews(rb.build());
          break;
        }
      }
      out.add(b.build());
    }
    return out;
  }

  static ResultsFramework framework(Program p, SplittableRandom r) {
    DateRange all = p.period();
    List<DateRange> halves = new ArrayList<>();
    long len = all.lengthInDays();
    if (len >= 2) {
      LocalDate mid = all.start().plusDays(len / 2 - 1);
      halves.add(DateRange.of(all.start(), mid));
      halves.add(DateRange.of(mid.plusDays(1), all.end()));
    } else {
      halves.add(all);
    }
    ResultsFramework.Builder f = ResultsFramework.builder();
    int i = 0;
    for (FormulaKind k : FormulaKind.values()) {
      Formula.Builder fb = Formula.builder().kind(k);
      Measure m = Measure.UNIT;
      if (k == FormulaKind.SHARE_WITH_ATTRIBUTE) {
        fb.attribute("country").value("DE");
        m = Measure.PERCENTAGE;
      } else if (k == FormulaKind.FOLLOW_UPS_ON_TIME) {
        m = Measure.PERCENTAGE;
      } else if (k == FormulaKind.RATIO) {
        // completion rate: i1 (completions) over i0 (participants), the first two kinds
        fb.numerator(IndicatorId.of("i1")).denominator(IndicatorId.of("i0"));
        m = Measure.PERCENTAGE;
      } else if (k == FormulaKind.MEAN_ANSWER) {
        Optional<String[]> q = numericQuestion(p);
        if (q.isEmpty()) {
          continue;
        }
        fb.survey(org.civiclab.core.model.SurveyId.of(q.get()[0])).question(q.get()[1]);
      }
      Indicator.Builder ib = Indicator.builder().id(IndicatorId.of("i" + i++))
          .title(LocalizedText.of("en", "Indicator " + k).with("ka", "ინდიკატორი"))
          .level(IndicatorLevel.values()[i % 3]).measure(m).formula(fb.build());
      if (k == FormulaKind.PARTICIPANTS) {
        ib.addDisaggregations("country", "sector");
      }
      if (r.nextBoolean()) {
        ib.baseline(Target.builder().period(halves.get(0)).value(r.nextInt(50)).build());
      }
      for (DateRange h : halves) {
        if (r.nextInt(4) != 0) {
          ib.addTargets(Target.of(h, r.nextInt(101)));
        }
      }
      f.addIndicators(ib.build());
    }
    Indicator.Builder q = Indicator.builder().id(IndicatorId.of("words"))
        .title(LocalizedText.of("en", "Policy change")).level(IndicatorLevel.IMPACT)
        .measure(Measure.QUALITATIVE)
        .addTargets(Target.builder().period(halves.get(0)).text("a new by-law").build());
    if (r.nextBoolean()) {
      q.addActuals(Target.builder().period(halves.get(0)).text("by-law drafted")
          .source("monitoring report").build());
    }
    f.addIndicators(q.build());
    f.addIndicators(Indicator.builder().id(IndicatorId.of("hand"))
        .title(LocalizedText.of("en", "Media mentions")).level(IndicatorLevel.OUTPUT)
        .measure(Measure.UNIT).addTargets(Target.of(halves.get(0), 12.5))
        .addActuals(Target.builder().period(halves.get(0)).value(3.0).source("press log")
            .build()).build());
    return f.build();
  }

  private static Optional<String[]> numericQuestion(Program p) {
    for (Survey s : p.surveys()) {
      for (Question q : s.questions()) {
        if (q.type().numeric()) {
          return Optional.of(new String[] {s.id().value(), q.key()});
        }
      }
    }
    return Optional.empty();
  }
}
