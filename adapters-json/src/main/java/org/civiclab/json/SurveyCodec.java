package org.civiclab.json;

import static org.civiclab.json.ModelCodec.DATE;
import static org.civiclab.json.ModelCodec.EDITION_ID;
import static org.civiclab.json.ModelCodec.ID;
import static org.civiclab.json.ModelCodec.MODULE_ID;
import static org.civiclab.json.ModelCodec.PERSON_ID;
import static org.civiclab.json.ModelCodec.STRING;
import static org.civiclab.json.ModelCodec.TEXT;
import static org.civiclab.json.ModelCodec.TRACK_ID;
import static org.civiclab.json.ModelCodec.enumOf;
import static org.civiclab.json.ModelCodec.field;
import static org.civiclab.json.ModelCodec.id;
import static org.civiclab.json.ModelCodec.list;
import static org.civiclab.json.ModelCodec.opt;
import static org.civiclab.json.ModelCodec.put;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.civiclab.core.model.CompletionRule;
import org.civiclab.core.model.CompletionRuleId;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.Choice;
import org.civiclab.core.survey.DecisionRule;
import org.civiclab.core.survey.EvaluationLevel;
import org.civiclab.core.survey.Question;
import org.civiclab.core.survey.QuestionType;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.jspecify.annotations.Nullable;

/**
 * Surveys (questions, choices, responses, answers) and completion rules in the JSON format,
 * beside {@link ModelCodec}, which calls {@link #survey} and {@link #completionRule} for a
 * program's {@code surveys} and {@code completionRules}.
 */
final class SurveyCodec {
  static final Fields.Read<SurveyId> SURVEY_ID = ModelCodec.parsed("an id", SurveyId::of);
  static final Fields.Read<CompletionRuleId> RULE_ID =
      ModelCodec.parsed("an id", CompletionRuleId::of);

  private SurveyCodec() {}

  /** A finite number, whole or not. */
  static @Nullable Double number(Reading r, Node n, String path) {
    if (n.kind != Node.Kind.NUMBER) {
      r.add(path, n, "expected a number, got " + n.kind.article);
      return null;
    }
    double v = Double.parseDouble(n.text);
    if (!Double.isFinite(v)) {
      r.add(path, n, n.text + " is too large for this field");
      return null;
    }
    return v;
  }

  static final Fields.Read<Double> NUMBER = SurveyCodec::number;

  static @Nullable Choice choice(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Choice.builder();
    put(f.req("key", STRING), b::key);
    put(f.req("label", ModelCodec::localizedText), b::label);
    return f.build(b::build);
  }

  static void choice(JsonGenerator g, Choice v) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", v.key());
    field(g, "label", v.label(), ModelCodec::localizedText);
    g.writeEndObject();
  }

  static @Nullable Question question(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Question.builder();
    put(f.req("key", STRING), b::key);
    put(f.req("text", ModelCodec::localizedText), b::text);
    put(f.req("type", enumOf(QuestionType.class)), b::type);
    b.addAllChoices(f.list("choices", SurveyCodec::choice));
    b.addAllScale(f.list("scale", ModelCodec::localizedText));
    put(f.opt("min", NUMBER), b::min);
    put(f.opt("max", NUMBER), b::max);
    put(f.opt("decisionRule", enumOf(DecisionRule.class)), b::decisionRule);
    put(f.opt("threshold", NUMBER), b::threshold);
    return f.build(b::build);
  }

  static void question(JsonGenerator g, Question v) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", v.key());
    field(g, "text", v.text(), ModelCodec::localizedText);
    g.writeStringField("type", v.type().name());
    list(g, "choices", v.choices(), SurveyCodec::choice);
    list(g, "scale", v.scale(), ModelCodec::localizedText);
    opt(g, "min", v.min(), JsonGenerator::writeNumber);
    opt(g, "max", v.max(), JsonGenerator::writeNumber);
    opt(g, "decisionRule", v.decisionRule(), TEXT::write);
    opt(g, "threshold", v.threshold(), JsonGenerator::writeNumber);
    g.writeEndObject();
  }

  static @Nullable Answer answer(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Answer.builder();
    put(f.opt("number", NUMBER), b::number);
    b.addAllChoices(f.list("choices", STRING));
    put(f.opt("text", STRING), b::text);
    return f.build(b::build);
  }

  static void answer(JsonGenerator g, Answer v) throws IOException {
    g.writeStartObject();
    opt(g, "number", v.number(), JsonGenerator::writeNumber);
    list(g, "choices", v.choices(), TEXT::write);
    opt(g, "text", v.text(), TEXT::write);
    g.writeEndObject();
  }

  static @Nullable Response response(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Response.builder();
    put(f.opt("respondent", PERSON_ID), b::respondent);
    put(f.req("submittedOn", DATE), b::submittedOn);
    b.putAllAnswers(f.map("answers", SurveyCodec::answer));
    return f.build(b::build);
  }

  static void response(JsonGenerator g, Response v) throws IOException {
    g.writeStartObject();
    opt(g, "respondent", v.respondent(), ID::write);
    g.writeStringField("submittedOn", v.submittedOn().toString());
    if (!v.answers().isEmpty()) {
      g.writeObjectFieldStart("answers");
      for (Map.Entry<String, Answer> e : v.answers().entrySet()) {
        g.writeFieldName(e.getKey());
        answer(g, e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static @Nullable Survey survey(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = Survey.builder();
    put(f.req("id", SURVEY_ID), b::id);
    put(f.req("title", ModelCodec::localizedText), b::title);
    put(f.req("level", enumOf(EvaluationLevel.class)), b::level);
    put(f.req("anonymous", ModelCodec::bool), b::anonymous);
    put(f.opt("edition", EDITION_ID), b::edition);
    put(f.opt("pre", SURVEY_ID), b::pre);
    b.addAllInvited(f.set("invited", PERSON_ID));
    b.addAllQuestions(f.list("questions", SurveyCodec::question));
    b.addAllResponses(f.list("responses", SurveyCodec::response));
    return f.build(b::build);
  }

  static void survey(JsonGenerator g, Survey v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    field(g, "title", v.title(), ModelCodec::localizedText);
    g.writeStringField("level", v.level().name());
    g.writeBooleanField("anonymous", v.anonymous());
    opt(g, "edition", v.edition(), ID::write);
    opt(g, "pre", v.pre(), ID::write);
    list(g, "invited", v.invited(), ID::write);
    list(g, "questions", v.questions(), SurveyCodec::question);
    list(g, "responses", v.responses(), SurveyCodec::response);
    g.writeEndObject();
  }

  static @Nullable CompletionRule completionRule(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = CompletionRule.builder();
    put(f.req("id", RULE_ID), b::id);
    put(f.opt("track", TRACK_ID), b::track);
    put(f.opt("module", MODULE_ID), b::module);
    put(f.req("minAttendance", NUMBER), b::minAttendance);
    put(f.opt("survey", SURVEY_ID), b::survey);
    return f.build(b::build);
  }

  static void completionRule(JsonGenerator g, CompletionRule v) throws IOException {
    g.writeStartObject();
    id(g, "id", v.id());
    opt(g, "track", v.track(), ID::write);
    opt(g, "module", v.module(), ID::write);
    g.writeNumberField("minAttendance", v.minAttendance());
    opt(g, "survey", v.survey(), ID::write);
    g.writeEndObject();
  }
}
