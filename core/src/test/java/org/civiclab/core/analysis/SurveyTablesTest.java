package org.civiclab.core.analysis;

import static org.civiclab.core.analysis.AnalysesTest.assertRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.Choice;
import org.civiclab.core.survey.EvaluationLevel;
import org.civiclab.core.survey.Question;
import org.civiclab.core.survey.QuestionType;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link SurveyAnalyses} with exact values: the 95% interval for known samples and at the
 * edge of the t table (30 and 31 degrees of freedom), a naive recomputation of mean and
 * interval on random samples, and the response-rate, means, distribution, change, means-by
 * and means-by-audience tables on hand-made surveys.
 */
class SurveyTablesTest {
  private static final LocalizedText TEXT = LocalizedText.of("en", "How was it?");

  private static PersonId id(String p) {
    return PersonId.of(p);
  }

  private static Question question(String key, QuestionType type) {
    Question.Builder b = Question.builder().key(key).text(TEXT).type(type);
    if (type == QuestionType.LIKERT) {
      for (String label : List.of("1", "2", "3", "4", "5")) {
        b.addScale(LocalizedText.of("en", "point " + label));
      }
    }
    if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE
        || type == QuestionType.RANKING) {
      for (String c : List.of("a", "b", "c")) {
        b.addChoices(Choice.of(c, LocalizedText.of("en", c.toUpperCase())));
      }
    }
    return b.build();
  }

  private static List<Question> questions() {
    return List.of(question("likert", QuestionType.LIKERT),
        question("one", QuestionType.SINGLE_CHOICE), question("hours", QuestionType.NUMBER),
        question("many", QuestionType.MULTIPLE_CHOICE), question("rank", QuestionType.RANKING),
        question("free", QuestionType.FREE_TEXT));
  }

  /** A response by someone (or nobody, for anonymous surveys) with key/answer pairs. */
  private static Response response(Optional<String> who, Object... keysAndAnswers) {
    Response.Builder b = Response.builder().submittedOn(LocalDate.of(2024, 5, 2));
    who.ifPresent(w -> b.respondent(id(w)));
    for (int i = 0; i < keysAndAnswers.length; i += 2) {
      b.putAnswer((String) keysAndAnswers[i], (Answer) keysAndAnswers[i + 1]);
    }
    return b.build();
  }

  private static Survey.Builder survey(String id, boolean anonymous) {
    return Survey.builder().id(SurveyId.of(id)).title(LocalizedText.of("en", "Survey " + id))
        .level(EvaluationLevel.REACTION).anonymous(anonymous).addAllQuestions(questions());
  }

  /** Named: a, b, c of four invited answered; d did not. */
  static Survey named() {
    return survey("sa", false).addInvited(id("a"), id("b"), id("c"), id("d"))
        .addResponses(
            response(Optional.of("a"), "likert", Answer.of(4), "hours", Answer.of(2.5),
                "one", Answer.choice("a"), "many", Answer.choices(List.of("a", "b")),
                "rank", Answer.choices(List.of("c", "a", "b")), "free", Answer.text("fine")),
            response(Optional.of("b"), "likert", Answer.of(5), "hours", Answer.of(10),
                "one", Answer.choice("a"), "rank", Answer.choices(List.of("a", "b", "c"))),
            response(Optional.of("c"), "likert", Answer.of(2),
                "many", Answer.choices(List.of())))
        .build();
  }

  /** Anonymous, nobody invited, one answer. */
  static Survey anonymous() {
    return survey("sb", true).addResponses(response(Optional.empty(), "likert", Answer.of(3)))
        .build();
  }

  private static Program program(Survey... surveys) {
    return Fixtures.program("p", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
        .addSurveys(surveys).build();
  }

  @Test
  void meansCarryAStudentTIntervalAndNeedTwoAnswersForIt() {
    SurveyAnalyses.Mean none = SurveyAnalyses.mean(List.of());
    assertEquals(0, none.n());
    assertTrue(none.mean().isEmpty() && none.low().isEmpty() && none.high().isEmpty());
    SurveyAnalyses.Mean one = SurveyAnalyses.mean(List.of(7.0));
    assertEquals(1, one.n());
    assertEquals(7.0, one.mean().getAsDouble());
    assertTrue(one.low().isEmpty() && one.high().isEmpty());
    // 2 and 4: s = sqrt(2), half width 12.706 * sqrt(2) / sqrt(2)
    assertInterval(SurveyAnalyses.mean(List.of(2.0, 4.0)), 2, 3.0, 12.706);
    // 1, 2, 3: s = 1, half width 4.303 / sqrt(3)
    assertInterval(SurveyAnalyses.mean(List.of(1.0, 2.0, 3.0)), 3, 2.0, 4.303 / Math.sqrt(3));
    assertInterval(SurveyAnalyses.mean(List.of(-1.0, -1.0, -1.0)), 3, -1.0, 0.0);
  }

  @Test
  void theTTableEndsAtThirtyDegreesOfFreedom() {
    // 0, 1, 0, 1, ...: mean and s known in closed form
    for (int n : new int[] {30, 31, 32, 40}) {
      List<Double> v = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        v.add((double) (i % 2));
      }
      double mean = (double) (n / 2) / n;
      double ss = 0;
      for (double x : v) {
        ss += (x - mean) * (x - mean);
      }
      double t = n == 30 ? 2.045 : n == 31 ? 2.042 : 1.960;
      assertInterval(SurveyAnalyses.mean(v), n, mean, t * Math.sqrt(ss / (n - 1) / n));
    }
    assertEquals(30, SurveyAnalyses.quantiles().size());
    assertEquals(12.706, SurveyAnalyses.quantiles().get(0));
    assertEquals(2.042, SurveyAnalyses.quantiles().get(29));
  }

  @Property(tries = 150)
  void meanAndIntervalEqualANaiveComputation(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 2, max = 45) int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Double> v = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      v.add(r.nextInt(21) - 10 + r.nextInt(4) / 4.0);
    }
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    double mean = sum / n;
    double squares = 0;
    for (double x : v) {
      squares += Math.pow(x - mean, 2);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double t = n - 1 <= 30 ? SurveyAnalyses.quantiles().get(n - 2) : 1.96;
    assertInterval(SurveyAnalyses.mean(v), n, mean, t * sd / Math.sqrt(n));
  }

  private static void assertInterval(SurveyAnalyses.Mean m, int n, double mean, double half) {
    assertEquals(n, m.n());
    assertEquals(mean, m.mean().getAsDouble(), 1e-9);
    assertEquals(mean - half, m.low().getAsDouble(), 1e-9);
    assertEquals(mean + half, m.high().getAsDouble(), 1e-9);
  }

  @Test
  void responseRatesAndMeansPerSurvey() {
    List<Program> programs = List.of(program(named(), anonymous()));
    Table rates = SurveyAnalyses.responseRates(programs);
    assertEquals(2, rates.size());
    assertRow(rates, 0, "program", "p", "survey", "sa", "title", "Survey sa", "level",
        "REACTION", "anonymous", "no", "invited", 4L, "responses", 3L, "response rate",
        "0.7500");
    assertRow(rates, 1, "survey", "sb", "anonymous", "yes", "invited", 0L, "responses", 1L,
        "response rate", "");
    Table means = SurveyAnalyses.means(programs);
    assertEquals(4, means.size(), means::render);
    // 4, 5, 2: mean 11/3, s^2 = 7/3, half width 4.303 * sqrt(7/9) = 3.7949
    assertRow(means, 0, "survey", "sa", "question", "likert", "answers", 3L);
    assertEquals(3.67, means.rate(0, "mean").getAsDouble());
    assertEquals(-0.13, means.rate(0, "95% low").getAsDouble());
    assertEquals(7.46, means.rate(0, "95% high").getAsDouble());
    // 2.5 and 10: half width 12.706 * 3.75 = 47.6475
    assertRow(means, 1, "question", "hours", "answers", 2L);
    assertEquals(6.25, means.rate(1, "mean").getAsDouble());
    assertEquals(-41.4, means.rate(1, "95% low").getAsDouble());
    assertEquals(53.9, means.rate(1, "95% high").getAsDouble());
    assertRow(means, 2, "survey", "sb", "question", "likert", "answers", 1L, "95% low", "",
        "95% high", "");
    assertEquals(3.0, means.rate(2, "mean").getAsDouble());
    assertRow(means, 3, "survey", "sb", "question", "hours", "answers", 0L, "mean", "");
  }

  /** Rows of a distribution as answer → count, in order. */
  private static Map<String, Long> counts(Table t) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      out.put(t.text(i, "answer"), t.count(i, "count"));
    }
    return out;
  }

  @Test
  void distributionsCountEveryKindOfAnswer() {
    Survey s = named();
    Table one = SurveyAnalyses.distribution(s, "one");
    assertEquals("answers to sa one", one.title());
    assertEquals(List.of("answer", "count", "share"), one.columns());
    assertEquals(Map.of("a", 2L, "b", 0L, "c", 0L), counts(one));
    assertEquals(List.of("a", "b", "c"), List.copyOf(counts(one).keySet()));
    assertRow(one, 0, "share", "1.0000");
    assertRow(one, 1, "share", "0.0000");
    Table likert = SurveyAnalyses.distribution(s, "likert");
    assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(counts(likert).keySet()));
    assertEquals(List.of(0L, 1L, 0L, 1L, 1L), List.copyOf(counts(likert).values()));
    assertRow(likert, 1, "share", "0.3333");
    Table hours = SurveyAnalyses.distribution(s, "hours");
    assertEquals(List.of("2.5", "10"), List.copyOf(counts(hours).keySet()));
    assertEquals(List.of(1L, 1L), List.copyOf(counts(hours).values()));
    Table rank = SurveyAnalyses.distribution(s, "rank");
    assertEquals(List.of(1L, 0L, 1L), List.copyOf(counts(rank).values()), "first choices");
    Table many = SurveyAnalyses.distribution(s, "many");
    assertEquals(List.of(1L, 1L, 0L), List.copyOf(counts(many).values()));
    assertRow(many, 0, "share", "0.5000");
    Table free = SurveyAnalyses.distribution(s, "free");
    assertEquals(Map.of("(text)", 1L), counts(free));
    assertRow(free, 0, "share", "1.0000");
    Table nobody = SurveyAnalyses.distribution(anonymous(), "one");
    assertEquals(List.of(0L, 0L, 0L), List.copyOf(counts(nobody).values()));
    assertRow(nobody, 0, "share", "");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SurveyAnalyses.distribution(s, "zz"));
    assertEquals("question", e.problems().get(0).path());
    assertEquals("survey 'sa' has no question 'zz'", e.problems().get(0).message());
  }

  @Test
  void changePairsPeopleWhoAnsweredBoth() {
    Survey post = survey("post", false).pre(SurveyId.of("sa")).addResponses(
        response(Optional.of("a"), "likert", Answer.of(5)),
        response(Optional.of("d"), "likert", Answer.of(1)),
        response(Optional.of("c"), "one", Answer.choice("b")),
        response(Optional.of("b"), "likert", Answer.of(3))).build();
    Map<PersonId, Double> change = SurveyAnalyses.change(named(), post, "likert");
    assertEquals(List.of(id("a"), id("b")), List.copyOf(change.keySet()));
    assertEquals(1.0, change.get(id("a")));
    assertEquals(-2.0, change.get(id("b")));
    Map<PersonId, Double> hours = SurveyAnalyses.change(named(), named(), "hours");
    assertEquals(Map.of(id("a"), 0.0, id("b"), 0.0), hours);
    for (Survey anon : List.of(anonymous())) {
      InvalidInputException pre = assertThrows(InvalidInputException.class,
          () -> SurveyAnalyses.change(anon, post, "likert"));
      assertEquals("anonymous", pre.problems().get(0).path());
      InvalidInputException after = assertThrows(InvalidInputException.class,
          () -> SurveyAnalyses.change(post, anon, "likert"));
      assertEquals("anonymous answers cannot be paired", after.problems().get(0).message());
    }
    assertThrows(InvalidInputException.class, () -> SurveyAnalyses.change(named(),
        survey("x", false).questions(List.of(question("q", QuestionType.NUMBER))).build(),
        "likert"));
  }

  @Test
  void meansByGroupInOrderOfFirstAnswer() {
    Table t = SurveyAnalyses.meansBy(named(), "likert", p -> p.equals(id("c")) ? "y" : "x");
    assertEquals("means of sa likert by group", t.title());
    assertEquals(2, t.size());
    // 4 and 5: half width 12.706 * sqrt(0.5) / sqrt(2) = 6.353
    assertRow(t, 0, "group", "x", "answers", 2L, "mean", "4.5000", "95% low", "-1.8500",
        "95% high", "10.8500");
    assertRow(t, 1, "group", "y", "answers", 1L, "mean", "2.0000", "95% low", "");
    Table anon = SurveyAnalyses.meansBy(anonymous(), "likert", p -> "never");
    assertEquals(1, anon.size());
    assertRow(anon, 0, "group", "(anonymous)", "answers", 1L);
    assertEquals(0, SurveyAnalyses.meansBy(named(), "free", p -> "x").size());
    assertThrows(InvalidInputException.class,
        () -> SurveyAnalyses.meansBy(named(), "zz", p -> "x"));
  }

  private static Enrollment enrol(String p, Audience a, long seq) {
    return Enrollment.builder().from(Fixtures.enrol(p, EnrollmentStatus.CONFIRMED, seq,
        Optional.empty())).audience(a).build();
  }

  @Test
  void meansByAudienceReadTheEnrolmentInTheSurveysEdition() {
    // in e1 a and c are external; in e2, which the survey names, a and c are staff
    Survey s = Survey.builder().from(named()).edition(EditionId.of("e2")).build();
    Survey whole = Survey.builder().from(named()).id(SurveyId.of("whole")).build();
    Program p = Fixtures.program("p", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))
        .addEdition(Fixtures.edition("e1", 2023).addEnrollments(
            enrol("a", Audience.EXTERNAL, 0), enrol("c", Audience.EXTERNAL, 1)).build())
        .addEdition(Fixtures.edition("e2", 2024).addEnrollments(
            enrol("a", Audience.STAFF, 0), enrol("b", Audience.EXTERNAL, 1),
            enrol("c", Audience.STAFF, 2)).build())
        .addSurveys(s, whole).build();
    Table t = SurveyAnalyses.meansByAudience(List.of(p));
    assertEquals(4, t.size(), t::render);
    assertRow(t, 0, "survey", "sa", "question", "likert", "audience", "staff", "answers", 2L,
        "mean", "3.0000", "95% low", "-9.7100", "95% high", "15.7100");
    assertRow(t, 1, "survey", "sa", "question", "likert", "audience", "external",
        "answers", 1L, "mean", "5.0000", "95% low", "");
    assertRow(t, 2, "survey", "sa", "question", "hours", "audience", "staff", "answers", 1L,
        "mean", "2.5000");
    assertRow(t, 3, "survey", "sa", "question", "hours", "audience", "external",
        "answers", 1L, "mean", "10.0000");
    // the survey without edition reads the first enrolment: a and c external, b external
    assertTrue(t.find("survey", "whole").isEmpty(), "one audience only: no rows");
  }
}
