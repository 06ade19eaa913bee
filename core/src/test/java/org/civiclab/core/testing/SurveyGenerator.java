package org.civiclab.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civiclab.core.model.CompletionRule;
import org.civiclab.core.model.CompletionRuleId;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.Choice;
import org.civiclab.core.survey.DecisionRule;
import org.civiclab.core.survey.EvaluationLevel;
import org.civiclab.core.survey.Question;
import org.civiclab.core.survey.QuestionType;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;

/**
 * Adds surveys of every question type (named pre and post, anonymous feedback with a ballot)
 * and completion rules to a generated program, deterministically for a seed.
 */
public final class SurveyGenerator {
  private SurveyGenerator() {}

  /** @return one question of every type, and a ballot of each decision rule */
  public static List<Question> questions() {
    LocalizedText t = LocalizedText.of("en", "How was it?").with("ka", "როგორ იყო?");
    List<Choice> abc = List.of(Choice.of("a", LocalizedText.of("en", "A")),
        Choice.of("b", LocalizedText.of("en", "B").with("sr", "Б")),
        Choice.of("c", LocalizedText.of("en", "C")));
    return List.of(
        Question.builder().key("likert").text(t).type(QuestionType.LIKERT)
            .addScale(LocalizedText.of("en", "poor"), LocalizedText.of("en", "fair"),
                LocalizedText.of("en", "good"), LocalizedText.of("en", "very good"),
                LocalizedText.of("en", "excellent")).build(),
        Question.builder().key("nps").text(t).type(QuestionType.RECOMMENDATION).build(),
        Question.builder().key("one").text(t).type(QuestionType.SINGLE_CHOICE)
            .addAllChoices(abc).build(),
        Question.builder().key("many").text(t).type(QuestionType.MULTIPLE_CHOICE)
            .addAllChoices(abc).build(),
        Question.builder().key("rank").text(t).type(QuestionType.RANKING)
            .addAllChoices(abc).build(),
        Question.builder().key("hours").text(t).type(QuestionType.NUMBER).min(0.0).max(40.5)
            .build(),
        Question.builder().key("free").text(t).type(QuestionType.FREE_TEXT).build(),
        Question.builder().key("vote").text(t).type(QuestionType.SINGLE_CHOICE)
            .addAllChoices(abc).decisionRule(DecisionRule.MAJORITY).build(),
        Question.builder().key("quorum").text(t).type(QuestionType.SINGLE_CHOICE)
            .addAllChoices(abc).decisionRule(DecisionRule.THRESHOLD).threshold(0.6).build(),
        Question.builder().key("approve").text(t).type(QuestionType.MULTIPLE_CHOICE)
            .addAllChoices(abc).decisionRule(DecisionRule.APPROVAL).build());
  }

  /**
   * A fitting random answer to a question.
   *
   * @param q the question
   * @param r the randomness
   * @return the answer
   */
  public static Answer answer(Question q, SplittableRandom r) {
    List<String> keys = new ArrayList<>();
    q.choices().forEach(c -> keys.add(c.key()));
    switch (q.type()) {
      case LIKERT:
        return Answer.of(1 + r.nextInt(q.scale().size()));
      case RECOMMENDATION:
        return Answer.of(r.nextInt(11));
      case NUMBER:
        return Answer.of(r.nextInt(81) / 2.0);
      case FREE_TEXT:
        return Answer.text("Ბ comment " + r.nextInt(100));
      case SINGLE_CHOICE:
        return Answer.choice(keys.get(r.nextInt(keys.size())));
      case RANKING:
        java.util.Collections.shuffle(keys, new java.util.Random(r.nextLong()));
        return Answer.choices(keys);
      default:
        List<String> some = new ArrayList<>();
        keys.forEach(k -> {
          if (r.nextBoolean()) {
            some.add(k);
          }
        });
        return Answer.choices(some);
    }
  }

  /**
   * A survey answered by some of the invited people.
   *
   * @param id the id
   * @param invited who is invited
   * @param anonymous whether responses are anonymous
   * @param pre the pre survey, for a post survey
   * @param r the randomness
   * @return the survey
   */
  public static Survey survey(String id, List<PersonId> invited, boolean anonymous,
      java.util.Optional<SurveyId> pre, SplittableRandom r) {
    List<Question> qs = questions();
    Survey.Builder b = Survey.builder().id(SurveyId.of(id))
        .title(LocalizedText.of("en", "Survey " + id).with("bg", "Анкета " + id))
        .level(EvaluationLevel.values()[r.nextInt(4)]).anonymous(anonymous).pre(pre)
        .addAllInvited(invited).addAllQuestions(qs);
    for (PersonId p : invited) {
      if (r.nextInt(4) == 0) {
        continue;
      }
      Response.Builder rb = Response.builder().submittedOn(LocalDate.of(2024, 3, 1)
          .plusDays(r.nextInt(60)));
      if (!anonymous) {
        rb.respondent(p);
      }
      for (Question q : qs) {
        if (r.nextInt(5) != 0) {
          rb.putAnswer(q.key(), answer(q, r));
        }
      }
      b.addResponses(rb.build());
    }
    return b.build();
  }

  /**
   * The program with a named pre and post survey and an anonymous one over its first
   * edition's enrolments, and completion rules (program-wide with the post survey, and one per
   * first module and first track when there are).
   *
   * @param p a program, such as a generated one
   * @param seed the seed
   * @return the program with surveys and rules
   */
  public static Program withSurveys(Program p, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<PersonId> people = new ArrayList<>();
    Edition first = p.editions().isEmpty() ? null : p.editions().get(0);
    if (first != null) {
      for (Enrollment en : first.enrollments()) {
        if (!people.contains(en.person())) {
          people.add(en.person());
        }
      }
    }
    Survey pre = survey("pre", people, false, java.util.Optional.empty(), r);
    Survey post = survey("post", people, false, java.util.Optional.of(pre.id()), r);
    Survey anon = survey("feedback", people, true, java.util.Optional.empty(), r);
    if (first != null) {
      pre = pre.withEdition(first.id());
    }
    List<CompletionRule> rules = new ArrayList<>();
    rules.add(CompletionRule.builder().id(CompletionRuleId.of("all")).minAttendance(0.8)
        .survey(post.id()).build());
    if (first != null && !first.tracks().isEmpty()) {
      rules.add(CompletionRule.builder().id(CompletionRuleId.of("track"))
          .track(first.tracks().get(0).id()).minAttendance(0.5).build());
    }
    if (first != null && !first.modules().isEmpty()) {
      rules.add(CompletionRule.builder().id(CompletionRuleId.of("module"))
          .module(first.modules().get(0).id()).minAttendance(1.0 / 3).build());
    }
    return p.withSurveys(List.of(pre, post, anon)).withCompletionRules(rules);
  }
}
