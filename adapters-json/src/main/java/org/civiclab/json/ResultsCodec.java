package org.civiclab.json;

import static org.civiclab.json.ModelCodec.DATE;
import static org.civiclab.json.ModelCodec.EVENT_ID;
import static org.civiclab.json.ModelCodec.ID;
import static org.civiclab.json.ModelCodec.ORG_ID;
import static org.civiclab.json.ModelCodec.PERSON_ID;
import static org.civiclab.json.ModelCodec.STRING;
import static org.civiclab.json.ModelCodec.TEXT;
import static org.civiclab.json.ModelCodec.enumOf;
import static org.civiclab.json.ModelCodec.field;
import static org.civiclab.json.ModelCodec.id;
import static org.civiclab.json.ModelCodec.list;
import static org.civiclab.json.ModelCodec.opt;
import static org.civiclab.json.ModelCodec.put;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.CommitmentKind;
import org.civiclab.core.commitment.Review;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.jspecify.annotations.Nullable;

/**
 * Commitments (with their follow-up actions, status histories and reviews) and the results
 * framework (indicators, formulas, baselines, targets, entered actuals) in the JSON format,
 * beside {@link ModelCodec}, which calls {@link #commitment} and {@link #resultsFramework} for
 * a program's {@code commitments} and {@code resultsFramework}.
 */
final class ResultsCodec {
  static final Fields.Read<CommitmentId> COMMITMENT_ID =
      ModelCodec.parsed("an id", CommitmentId::of);
  static final Fields.Read<ActionId> ACTION_ID = ModelCodec.parsed("an id", ActionId::of);
  static final Fields.Read<IndicatorId> INDICATOR_ID =
      ModelCodec.parsed("an id", IndicatorId::of);

  private ResultsCodec() {}

  static @Nullable StatusChange statusChange(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = StatusChange.builder();
    put(f.req("on", DATE), b::on);
    put(f.req("status", enumOf(ActionStatus.class)), b::status);
    put(f.opt("evidence", STRING), b::evidence);
    return f.build(b::build);
  }

  static void statusChange(JsonGenerator g, StatusChange v) throws IOException {
    g.writeStartObject();
    g.writeStringField("on", v.on().toString());
    g.writeStringField("status", v.status().name());
    opt(g, "evidence", v.evidence(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable Action action(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Action.builder();
    put(f.req("id", ACTION_ID), b::id);
    put(f.req("what", STRING), b::what);
    put(f.opt("ownerPerson", PERSON_ID), b::ownerPerson);
    put(f.opt("ownerOrganization", ORG_ID), b::ownerOrganization);
    b.addAllPartners(f.set("partners", ORG_ID));
    put(f.opt("due", DATE), b::due);
    b.addAllHistory(f.list("history", ResultsCodec::statusChange));
    return f.build(b::build);
  }

  static void action(JsonGenerator g, Action v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("what", v.what());
    opt(g, "ownerPerson", v.ownerPerson(), ID::write);
    opt(g, "ownerOrganization", v.ownerOrganization(), ID::write);
    list(g, "partners", v.partners(), ID::write);
    opt(g, "due", v.due(), TEXT::write);
    list(g, "history", v.history(), ResultsCodec::statusChange);
    g.writeEndObject();
  }

  static @Nullable Review review(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Review.builder();
    put(f.req("at", EVENT_ID), b::at);
    put(f.req("on", DATE), b::on);
    put(f.opt("note", STRING), b::note);
    return f.build(b::build);
  }

  static void review(JsonGenerator g, Review v) throws IOException {
    g.writeStartObject();
    id(g, "at", v.at());
    g.writeStringField("on", v.on().toString());
    opt(g, "note", v.note(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable Commitment commitment(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Commitment.builder();
    put(f.req("id", COMMITMENT_ID), b::id);
    put(f.req("kind", enumOf(CommitmentKind.class)), b::kind);
    put(f.req("text", STRING), b::text);
    put(f.opt("category", STRING), b::category);
    put(f.req("madeAt", EVENT_ID), b::madeAt);
    put(f.req("madeOn", DATE), b::madeOn);
    b.addAllActions(f.list("actions", ResultsCodec::action));
    b.addAllReviews(f.list("reviews", ResultsCodec::review));
    return f.build(b::build);
  }

  static void commitment(JsonGenerator g, Commitment v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("kind", v.kind().name());
    g.writeStringField("text", v.text());
    opt(g, "category", v.category(), TEXT::write);
    id(g, "madeAt", v.madeAt());
    g.writeStringField("madeOn", v.madeOn().toString());
    list(g, "actions", v.actions(), ResultsCodec::action);
    list(g, "reviews", v.reviews(), ResultsCodec::review);
    g.writeEndObject();
  }

  static @Nullable Target target(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Target.builder();
    put(f.req("period", ModelCodec::dateRange), b::period);
    put(f.opt("value", SurveyCodec.NUMBER), b::value);
    put(f.opt("text", STRING), b::text);
    put(f.opt("source", STRING), b::source);
    return f.build(b::build);
  }

  static void target(JsonGenerator g, Target v) throws IOException {
    g.writeStartObject();
    field(g, "period", v.period(), ModelCodec::dateRange);
    opt(g, "value", v.value(), JsonGenerator::writeNumber);
    opt(g, "text", v.text(), TEXT::write);
    opt(g, "source", v.source(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable Formula formula(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Formula.builder();
    put(f.req("kind", enumOf(FormulaKind.class)), b::kind);
    put(f.opt("attribute", STRING), b::attribute);
    put(f.opt("value", STRING), b::value);
    put(f.opt("survey", SurveyCodec.SURVEY_ID), b::survey);
    put(f.opt("question", STRING), b::question);
    put(f.opt("numerator", INDICATOR_ID), b::numerator);
    put(f.opt("denominator", INDICATOR_ID), b::denominator);
    return f.build(b::build);
  }

  static void formula(JsonGenerator g, Formula v) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", v.kind().name());
    opt(g, "attribute", v.attribute(), TEXT::write);
    opt(g, "value", v.value(), TEXT::write);
    opt(g, "survey", v.survey(), ID::write);
    opt(g, "question", v.question(), TEXT::write);
    opt(g, "numerator", v.numerator(), ID::write);
    opt(g, "denominator", v.denominator(), ID::write);
    g.writeEndObject();
  }

  static @Nullable Indicator indicator(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Indicator.builder();
    put(f.req("id", INDICATOR_ID), b::id);
    put(f.req("title", ModelCodec::localizedText), b::title);
    put(f.req("level", enumOf(IndicatorLevel.class)), b::level);
    put(f.req("measure", enumOf(Measure.class)), b::measure);
    b.addAllDisaggregations(f.list("disaggregations", STRING));
    put(f.opt("baseline", ResultsCodec::target), b::baseline);
    b.addAllTargets(f.list("targets", ResultsCodec::target));
    put(f.opt("formula", ResultsCodec::formula), b::formula);
    b.addAllActuals(f.list("actuals", ResultsCodec::target));
    return f.build(b::build);
  }

  static void indicator(JsonGenerator g, Indicator v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "title", v.title(), ModelCodec::localizedText);
    g.writeStringField("level", v.level().name());
    g.writeStringField("measure", v.measure().name());
    list(g, "disaggregations", v.disaggregations(), TEXT::write);
    opt(g, "baseline", v.baseline(), ResultsCodec::target);
    list(g, "targets", v.targets(), ResultsCodec::target);
    opt(g, "formula", v.formula(), ResultsCodec::formula);
    list(g, "actuals", v.actuals(), ResultsCodec::target);
    g.writeEndObject();
  }

  static @Nullable ResultsFramework resultsFramework(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = ResultsFramework.builder();
    b.addAllIndicators(f.list("indicators", ResultsCodec::indicator));
    return f.build(b::build);
  }

  static void resultsFramework(JsonGenerator g, ResultsFramework v) throws IOException {
    g.writeStartObject();
    list(g, "indicators", v.indicators(), ResultsCodec::indicator);
    g.writeEndObject();
  }
}
