package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.CompletionRule;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.SurveyGenerator;

/**
 * Completions, response rates, means and pre/post change against naive computations over the
 * same generated programs, attendance logs and surveys.
 */
class SurveysAndCompletionsPropertiesTest {

  /** The naive verdict: scan the whole log for the last record with the latest instant. */
  private static boolean naiveAttended(List<Attendance> log, Program p, Session s,
      PersonId person) {
    Attendance best = null;
    for (Attendance a : log) {
      if (a.program().equals(p.id()) && a.event().equals(s.id()) && a.person().equals(person)
          && (best == null || !a.recordedAt().isBefore(best.recordedAt()))) {
        best = a;
      }
    }
    return best != null && best.attended();
  }

  @Property(tries = 40)
  void completionIsRecordedExactlyWhenANaiveCountSaysSo(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 4) int size) {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, size);
    Program p = SurveyGenerator.withSurveys(g.program(), seed);
    List<Attendance> log = ProgramGenerator.attendance(g, seed + 1);
    Program recorded = Completions.recordAll(p, log);
    for (int e = 0; e < p.editions().size(); e++) {
      Edition edition = p.editions().get(e);
      for (int i = 0; i < edition.enrollments().size(); i++) {
        Enrollment en = edition.enrollments().get(i);
        EnrollmentStatus after = recorded.editions().get(e).enrollments().get(i).status();
        boolean onRoll = en.status() == EnrollmentStatus.REGISTERED
            || en.status() == EnrollmentStatus.CONFIRMED
            || en.status() == EnrollmentStatus.COMPLETED;
        CompletionRule rule = null;
        for (CompletionRule r : p.completionRules()) {
          if (r.module().isEmpty() && r.track().isPresent() && r.track().equals(en.track())) {
            rule = r;
          }
        }
        if (rule == null) {
          for (CompletionRule r : p.completionRules()) {
            if (r.module().isEmpty() && r.track().isEmpty()) {
              rule = r;
            }
          }
        }
        if (!onRoll || rule == null) {
          assertEquals(en.status(), after);
          continue;
        }
        int required = 0;
        int attended = 0;
        for (Module m : edition.modules()) {
          if (m.tracks().isEmpty() || en.track().map(m.tracks()::contains).orElse(false)) {
            for (Session s : m.sessions()) {
              required++;
              attended += naiveAttended(log, p, s, en.person()) ? 1 : 0;
            }
          }
        }
        boolean answered = false;
        for (Survey s : p.surveys()) {
          for (Response r : s.responses()) {
            answered |= rule.survey().equals(Optional.of(s.id()))
                && r.respondent().equals(Optional.of(en.person()));
          }
        }
        boolean done = attended >= Math.ceil(rule.minAttendance() * required - 1e-9)
            && (rule.survey().isEmpty() || answered);
        assertEquals(done ? EnrollmentStatus.COMPLETED
            : en.status() == EnrollmentStatus.COMPLETED ? EnrollmentStatus.CONFIRMED
            : en.status(), after, en.person() + " in " + edition.id());
      }
    }
    // alumni derive from the recorded completions
    long completedPeople = recorded.editions().stream()
        .flatMap(ed -> ed.enrollments().stream())
        .filter(en -> en.status() == EnrollmentStatus.COMPLETED).map(Enrollment::person)
        .distinct().count();
    assertEquals(completedPeople, Analyses.alumni(List.of(recorded)).size());
  }

  @Property(tries = 40)
  void responseRatesAndMeansEqualANaiveComputation(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 0, max = 5) int size) {
    Program p = SurveyGenerator.withSurveys(ProgramGenerator.generate(seed, size).program(),
        seed);
    for (Survey s : p.surveys()) {
      if (s.invited().isEmpty()) {
        assertTrue(SurveyAnalyses.responseRate(s).isEmpty());
      } else {
        assertEquals(s.responses().size() / (double) s.invited().size(),
            SurveyAnalyses.responseRate(s).getAsDouble(), 1e-12);
      }
      for (String key : List.of("likert", "nps", "hours")) {
        double sum = 0;
        int n = 0;
        for (Response r : s.responses()) {
          Answer a = r.answers().get(key);
          if (a != null) {
            sum += a.number().orElseThrow();
            n++;
          }
        }
        SurveyAnalyses.Mean m = SurveyAnalyses.mean(SurveyAnalyses.numbers(s, key));
        assertEquals(n, m.n());
        if (n > 0) {
          assertEquals(sum / n, m.mean().getAsDouble(), 1e-9);
        }
        if (n > 1) {
          assertTrue(m.low().getAsDouble() <= m.mean().getAsDouble()
              && m.mean().getAsDouble() <= m.high().getAsDouble());
        }
      }
    }
  }

  @Property(tries = 40)
  void meansByAudienceCountEachNamedAnswerOnceUnderItsEnrolment(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 0, max = 5) int size) {
    Program p = SurveyGenerator.withSurveys(ProgramGenerator.generate(seed, size).program(),
        seed);
    Table t = SurveyAnalyses.meansByAudience(List.of(p));
    for (Survey s : p.surveys()) {
      // naive: the first enrolment of the respondent in an edition the survey covers
      java.util.Map<String, Integer> counts = new java.util.HashMap<>();
      java.util.Set<String> audiences = new java.util.HashSet<>();
      for (Response r : s.responses()) {
        if (r.respondent().isEmpty()) {
          continue;
        }
        String audience = null;
        for (org.civiclab.core.model.Edition e : p.editions()) {
          for (org.civiclab.core.model.Enrollment en : e.enrollments()) {
            if (audience == null && en.person().equals(r.respondent().get())
                && (s.edition().isEmpty() || s.edition().get().equals(e.id()))) {
              audience = en.audience().name().toLowerCase(java.util.Locale.ROOT);
            }
          }
        }
        if (audience == null) {
          continue;
        }
        audiences.add(audience);
        for (String key : List.of("likert", "nps", "hours")) {
          if (r.answers().containsKey(key)) {
            counts.merge(key + "/" + audience, 1, Integer::sum);
          }
        }
      }
      for (String key : List.of("likert", "nps", "hours")) {
        for (String audience : List.of("staff", "external")) {
          java.util.Optional<Integer> row = t.find("survey", s.id().value(), "question", key,
              "audience", audience);
          int expected = audiences.size() < 2 ? 0 : counts.getOrDefault(key + "/" + audience, 0);
          assertEquals(expected, row.map(i -> (int) t.count(i, "answers")).orElse(0),
              s.id() + " " + key + " " + audience);
        }
      }
    }
  }

  @Property(tries = 30)
  void prePostChangeOfIdenticalAnswersIsZero(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 5) int size) {
    Program p = SurveyGenerator.withSurveys(ProgramGenerator.generate(seed, size).program(),
        seed);
    Survey pre = p.surveys().get(0);
    Survey post = pre.withId(org.civiclab.core.model.SurveyId.of("post-same"))
        .withPre(pre.id());
    Map<PersonId, Double> change = SurveyAnalyses.change(pre, post, "likert");
    long answered = pre.responses().stream().filter(r -> r.answers().containsKey("likert"))
        .count();
    assertEquals(answered, change.size());
    change.values().forEach(v -> assertEquals(0.0, v));
  }

  @Property(tries = 30)
  void ballotDecisionsFollowANaiveCount(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<PersonId> people = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(9); i++) {
      people.add(PersonId.of("v" + i));
    }
    Survey s = SurveyGenerator.survey("ballot", people, r.nextBoolean(), Optional.empty(), r);
    for (String key : List.of("vote", "quorum", "approve")) {
      Map<String, Integer> votes = new HashMap<>();
      int cast = 0;
      for (Response resp : s.responses()) {
        Answer a = resp.answers().get(key);
        if (a != null) {
          cast++;
          a.choices().forEach(c -> votes.merge(c, 1, Integer::sum));
        }
      }
      int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      List<String> top = new ArrayList<>();
      votes.forEach((k, v) -> {
        if (v == best) {
          top.add(k);
        }
      });
      Optional<String> expected = Optional.empty();
      if (best > 0 && top.size() == 1) {
        boolean wins = key.equals("vote") ? 2 * best > cast
            : key.equals("quorum") ? best >= 0.6 * cast : true;
        expected = wins ? Optional.of(top.get(0)) : Optional.empty();
      }
      assertEquals(expected, SurveyAnalyses.decision(s, key), key);
    }
  }
}
