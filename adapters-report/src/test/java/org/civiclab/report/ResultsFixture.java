package org.civiclab.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.CommitmentKind;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.time.DateRange;

/**
 * A program given a hand-made results framework (entered actuals, so every number is known to
 * the tests) and commitments whose actions stand differently on the report's day: the halves of
 * the program's period are the target periods, and the day is ten days after its end.
 */
final class ResultsFixture {
  final DateRange first;
  final DateRange second;
  final LocalDate asOf;
  final Program program;

  /**
   * @param base a program with at least one session and a period of two days or more
   */
  ResultsFixture(Program base) {
    DateRange all = base.period();
    LocalDate mid = all.start().plusDays(all.lengthInDays() / 2 - 1);
    first = DateRange.of(all.start(), mid);
    second = DateRange.of(mid.plusDays(1), all.end());
    asOf = all.end().plusDays(10);
    program = base.withResultsFramework(framework()).withCommitments(commitments(base));
  }

  private ResultsFramework framework() {
    return ResultsFramework.builder()
        .addIndicators(Indicator.builder().id(IndicatorId.of("reach"))
            .title(LocalizedText.of("en", "People reached <early>"))
            .level(IndicatorLevel.OUTPUT).measure(Measure.UNIT)
            .baseline(Target.of(first, 10))
            .addTargets(Target.of(first, 50), Target.of(second, 80))
            .addActuals(entered(first, 60), entered(second, 40)).build())
        .addIndicators(Indicator.builder().id(IndicatorId.of("women"))
            .title(LocalizedText.of("en", "Share of women")).level(IndicatorLevel.OUTCOME)
            .measure(Measure.PERCENTAGE).addTargets(Target.of(first, 75)).build())
        .addIndicators(Indicator.builder().id(IndicatorId.of("story"))
            .title(LocalizedText.of("en", "Councils adopt plans"))
            .level(IndicatorLevel.IMPACT).measure(Measure.QUALITATIVE)
            .addTargets(Target.builder().period(first).text("Two councils adopt plans")
                .build())
            .addActuals(Target.builder().period(first).text("One council adopted & published")
                .source("minutes").build()).build())
        .addIndicators(Indicator.builder().id(IndicatorId.of("later"))
            .title(LocalizedText.of("en", "Measured from next year"))
            .level(IndicatorLevel.OUTCOME).measure(Measure.UNIT).build())
        .build();
  }

  private static Target entered(DateRange period, double value) {
    return Target.builder().period(period).value(value).source("register").build();
  }

  /**
   * Two kept (done), two not kept (one overdue, one dropped), one in progress and one without
   * actions, over the three kinds; every action is the organiser's but the one in progress,
   * which the first person the program names owns.
   */
  private List<Commitment> commitments(Program base) {
    EventId at = base.sessions().get(0).id();
    LocalDate made = first.start();
    List<Commitment> out = new ArrayList<>();
    out.add(commitment(base, at, "c-kept", CommitmentKind.DECISION, made.plusDays(10),
        ActionStatus.DONE, made.plusDays(5)));
    out.add(commitment(base, at, "c-kept2", CommitmentKind.FINDING, made.plusDays(10),
        ActionStatus.DONE, made.plusDays(3)));
    out.add(commitment(base, at, "c-late", CommitmentKind.RECOMMENDATION, made.plusDays(10),
        ActionStatus.OPEN, made));
    out.add(commitment(base, at, "c-dropped", CommitmentKind.RECOMMENDATION,
        made.plusDays(10), ActionStatus.DROPPED, made.plusDays(4)));
    Commitment going = commitment(base, at, "c-going", CommitmentKind.DECISION,
        asOf.plusDays(30), ActionStatus.IN_PROGRESS, made.plusDays(2));
    PersonId someone = base.referencedPeople().iterator().next();
    out.add(going.withActions(Action.builder().from(going.actions().get(0))
        .ownerOrganization(Optional.empty()).ownerPerson(someone).build()));
    out.add(Commitment.builder().id(CommitmentId.of("c-heard")).kind(CommitmentKind.FINDING)
        .text("Water <pipes> leak").madeAt(at).madeOn(made).build());
    return out;
  }

  private Commitment commitment(Program base, EventId at, String id, CommitmentKind kind,
      LocalDate due, ActionStatus status, LocalDate on) {
    Action.Builder a = Action.builder().id(ActionId.of(id + ".1")).what("Follow up " + id)
        .ownerOrganization(base.organizer()).due(due);
    if (status != ActionStatus.OPEN) {
      a.addHistory(StatusChange.of(on, status));
    }
    return Commitment.builder().id(CommitmentId.of(id)).kind(kind).text("Commitment " + id)
        .madeAt(at).madeOn(first.start()).addActions(a.build()).build();
  }
}
