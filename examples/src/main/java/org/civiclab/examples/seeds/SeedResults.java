package org.civiclab.examples.seeds;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.Commitments;
import org.civiclab.core.commitment.Review;
import org.civiclab.core.model.CompletionRule;
import org.civiclab.core.model.CompletionRuleId;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.IndicatorLevel;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.EvaluationLevel;
import org.civiclab.core.survey.Question;
import org.civiclab.core.survey.QuestionType;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.civiclab.core.time.DateRange;

/**
 * What each seed program promises and hears back: a results framework (indicators with
 * targets, computed or entered actuals) and the surveys its source text describes, added on
 * top of the program its own class builds.
 *
 * <p>Targets follow the source texts where they give a figure (SeGRID's "just over 200"
 * alumni, Digg's eight managers) and are stated assumptions otherwise. Survey answers are
 * generated deterministically from a fixed seed, so every run prints the same results.
 */
@API(status = STABLE, since = "0.1.0")
public final class SeedResults {
  private static final long SEED = 14;

  private SeedResults() {}

  /**
   * The seed program with its results framework, surveys and (for the Georgian program)
   * the outreach findings as commitments reviewed at the reflection meeting.
   *
   * @param seed a seed program from its own class
   * @return the same seed with results added; unchanged for an unknown program
   */
  public static SeedProgram add(SeedProgram seed) {
    Program p = seed.program();
    String id = p.id().value();
    Program out;
    if (id.equals(SegridCourse.ID.value())) {
      out = segrid(p);
    } else if (id.equals(BrckoDiasporaTraining.ID.value())) {
      out = brcko(p);
    } else if (id.equals(CitizenEngagementTraining.ID.value())) {
      out = citizenEngagement(p);
    } else if (id.equals(ReverseMentoring.ID.value())) {
      out = reverseMentoring(p);
    } else if (id.equals(CivilSocietyProgram.ID.value())) {
      out = civilSociety(p);
    } else {
      return seed;
    }
    return seed.withProgram(out);
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private static Question satisfaction(String key, String text) {
    return Question.builder().key(key).text(en(text)).type(QuestionType.LIKERT)
        .addScale(en("very poor"), en("poor"), en("fair"), en("good"), en("very good"))
        .build();
  }

  private static Question recommend() {
    return Question.builder().key("recommend")
        .text(en("How likely are you to recommend it to a colleague?"))
        .type(QuestionType.RECOMMENDATION).build();
  }

  private static Question comment() {
    return Question.builder().key("comment").text(en("What should we change?"))
        .type(QuestionType.FREE_TEXT).build();
  }

  /**
   * A survey answered by a share of the invited: scale answers around {@code centre}.
   *
   * @return the survey
   */
  private static Survey survey(String id, String title, EvaluationLevel level,
      boolean anonymous, List<PersonId> invited, List<Question> questions, LocalDate on,
      int answerOneIn, double centre, SplittableRandom r) {
    Survey.Builder b = Survey.builder().id(SurveyId.of(id)).title(en(title)).level(level)
        .anonymous(anonymous).addAllInvited(invited).addAllQuestions(questions);
    for (PersonId person : invited) {
      if (r.nextInt(answerOneIn) == 0) {
        continue;
      }
      Response.Builder rb = Response.builder().submittedOn(on);
      if (!anonymous) {
        rb.respondent(person);
      }
      for (Question q : questions) {
        if (q.type() == QuestionType.LIKERT) {
          long v = Math.round(centre + r.nextInt(3) - 1);
          rb.putAnswer(q.key(), Answer.of(Math.max(1, Math.min(q.scale().size(), v))));
        } else if (q.type() == QuestionType.RECOMMENDATION) {
          rb.putAnswer(q.key(), Answer.of(Math.min(10, Math.round(2 * centre) + r.nextInt(2))));
        } else if (r.nextInt(3) == 0) {
          rb.putAnswer(q.key(), Answer.text("More time for group work."));
        }
      }
      b.addResponses(rb.build());
    }
    return b.build();
  }

  private static List<PersonId> enrolled(Edition e) {
    Set<PersonId> out = new LinkedHashSet<>();
    e.enrollments().stream().filter(Enrollment::holdsPlace).map(Enrollment::person)
        .forEach(out::add);
    return new ArrayList<>(out);
  }

  private static Indicator.Builder indicator(String id, String title, IndicatorLevel level,
      Measure measure) {
    return Indicator.builder().id(IndicatorId.of(id)).title(en(title)).level(level)
        .measure(measure);
  }

  private static Formula mean(String survey, String question) {
    return Formula.builder().kind(FormulaKind.MEAN_ANSWER).survey(SurveyId.of(survey))
        .question(question).build();
  }

  private static Edition last(Program p) {
    return p.editions().get(p.editions().size() - 1);
  }

  private static Program segrid(Program p) {
    Edition e = last(p);
    DateRange year = e.period();
    DateRange before = DateRange.of(p.period().start(), year.start().minusDays(1));
    Survey fin = survey("segrid-final-" + year.start().getYear(), "SeGRID final survey",
        EvaluationLevel.REACTION, false, enrolled(e), List.of(satisfaction("satisfaction",
            "How satisfied are you with the course?"), satisfaction("relevance",
            "How relevant is it to your work?"), recommend(), comment()), year.end()
            .minusDays(20), 6, 4.2, new SplittableRandom(SEED));
    ResultsFramework f = ResultsFramework.builder()
        .addIndicators(indicator("segrid-alumni", "Alumni of the course (cumulative)",
            IndicatorLevel.OUTCOME, Measure.UNIT).formula(Formula.of(FormulaKind.ALUMNI))
            .addDisaggregations("track", "country").addTargets(Target.of(before, 200)).build())
        .addIndicators(indicator("segrid-participants", "Young civil servants trained",
            IndicatorLevel.OUTPUT, Measure.UNIT).formula(Formula.of(FormulaKind.PARTICIPANTS))
            .addDisaggregations("track", "country", "sector", "gender")
            .addTargets(Target.of(year, 30)).build())
        .addIndicators(indicator("segrid-completion", "Participants who completed the course",
            IndicatorLevel.OUTPUT, Measure.UNIT).formula(Formula.of(FormulaKind.COMPLETIONS))
            .addDisaggregations("track", "country", "gender").addTargets(Target.of(year, 30))
            .build())
        // assumption: four in five complete, and the lottery's 9-11 of 20 per gender keeps
        // women near half
        .addIndicators(indicator("segrid-completion-rate", "Completion rate (%)",
            IndicatorLevel.OUTPUT, Measure.PERCENTAGE).formula(Formula.ratio(
                IndicatorId.of("segrid-completion"), IndicatorId.of("segrid-participants")))
            .addTargets(Target.of(year, 80)).build())
        .addIndicators(indicator("segrid-women", "Share of women among participants (%)",
            IndicatorLevel.OUTPUT, Measure.PERCENTAGE).formula(Formula.builder()
                .kind(FormulaKind.SHARE_WITH_ATTRIBUTE).attribute("gender").value("woman")
                .build()).addTargets(Target.of(year, 45)).build())
        .addIndicators(indicator("segrid-satisfaction", "Mean satisfaction (1-5)",
            IndicatorLevel.OUTCOME, Measure.UNIT).formula(mean(fin.id().value(),
            "satisfaction")).addTargets(Target.of(year, 4)).build())
        .build();
    // assumption: a certificate asks for 80% of the sessions; editions before the modelled
    // one have no sessions in the seed, so their recorded completions stand
    return p.withSurveys(concat(p.surveys(), fin)).withResultsFramework(f)
        .withCompletionRules(rule("segrid-certificate", 0.8).build());
  }

  private static Program brcko(Program p) {
    Edition e = p.editions().get(0);
    Survey after = survey("brcko-module-1-feedback", "Feedback after the first module",
        EvaluationLevel.REACTION, true, enrolled(e), List.of(satisfaction("satisfaction",
            "How useful was the module?"), satisfaction("diaspora",
            "How well do you now understand the diaspora's interests?"), comment()),
        LocalDate.of(2023, 11, 14), 5, 4.0, new SplittableRandom(SEED + 1));
    // by department: each participant's organisation is one of the government's departments
    // (their unit is only their role, manager or official)
    ResultsFramework f = ResultsFramework.builder()
        .addIndicators(indicator("brcko-trained", "Managers and officials trained",
            IndicatorLevel.OUTPUT, Measure.UNIT).formula(Formula.of(FormulaKind.PARTICIPANTS))
            .addDisaggregations("organization").addTargets(Target.of(p.period(), 20)).build())
        .addIndicators(indicator("brcko-modules", "Modules delivered of the three planned",
            IndicatorLevel.OUTPUT, Measure.UNIT).addTargets(Target.of(p.period(), 3))
            .addActuals(Target.builder().period(p.period()).value(1.0)
                .source("Department news of 14 November 2023").build()).build())
        .addIndicators(indicator("brcko-usefulness", "Mean usefulness of module 1 (1-5)",
            IndicatorLevel.OUTCOME, Measure.UNIT).formula(mean(after.id().value(),
            "satisfaction")).addTargets(Target.of(p.period(), 4)).build())
        .build();
    // assumption: the training's certificate asks for 75% of its sessions, and each module's
    // own certificate for 75% of that module's sessions (both days of a two-day module)
    List<CompletionRule> rules = new ArrayList<>();
    rules.add(rule("brcko-certificate", 0.75).build());
    for (Module m : e.modules()) {
      rules.add(rule(m.id().value() + "-certificate", 0.75).module(m.id()).build());
    }
    return p.withSurveys(concat(p.surveys(), after)).withResultsFramework(f)
        .withCompletionRules(rules);
  }

  private static Program citizenEngagement(Program p) {
    Edition e = p.editions().get(0);
    List<PersonId> people = enrolled(e);
    SplittableRandom r = new SplittableRandom(SEED + 2);
    Survey day1 = survey("ce-feedback-day-1", "Feedback after day 1", EvaluationLevel.REACTION,
        false, people, List.of(satisfaction("satisfaction", "How was today?"), comment()),
        LocalDate.of(2024, 3, 13), 4, 4.0, r);
    Survey day2 = survey("ce-feedback-day-2", "Feedback after day 2", EvaluationLevel.REACTION,
        false, people, List.of(satisfaction("satisfaction", "How was today?"), recommend(),
            comment()), LocalDate.of(2024, 3, 20), 3, 4.3, r);
    ResultsFramework f = ResultsFramework.builder()
        .addIndicators(indicator("ce-participants", "Staff and external participants",
            IndicatorLevel.OUTPUT, Measure.UNIT).formula(Formula.of(FormulaKind.PARTICIPANTS))
            .addDisaggregations("audience", "organization")
            .addTargets(Target.of(p.period(), 40)).build())
        .addIndicators(indicator("ce-satisfaction", "Mean rating of day 2 (1-5)",
            IndicatorLevel.OUTCOME, Measure.UNIT).formula(mean(day2.id().value(),
            "satisfaction")).addTargets(Target.of(p.period(), 4)).build())
        .build();
    List<Survey> all = new ArrayList<>(p.surveys());
    all.add(day1);
    all.add(day2);
    // assumption: attending both days is recommended, not required: a certificate asks for
    // half of the sessions and the feedback after the last day
    return p.withSurveys(all).withResultsFramework(f).withCompletionRules(
        rule("ce-certificate", 0.5).survey(day2.id()).build());
  }

  private static CompletionRule.Builder rule(String id, double share) {
    return CompletionRule.builder().id(CompletionRuleId.of(id)).minAttendance(share);
  }

  private static Program reverseMentoring(Program p) {
    List<PersonId> people = new ArrayList<>();
    for (MentorPairing m : p.pairings()) {
      people.add(m.mentee());
      people.add(m.mentor());
    }
    Question perspectives = satisfaction("perspectives",
        "How well do you know the other generation's view of digitalisation?");
    LocalDate start = p.period().start();
    Survey pre = survey("digg-pre", "Before the year: mentees and mentors",
        EvaluationLevel.LEARNING, false, people, List.of(perspectives), start.plusDays(7), 9,
        2.6, new SplittableRandom(SEED + 3));
    Survey post = survey("digg-post", "Evaluation after the year: mentees and mentors",
        EvaluationLevel.LEARNING, false, people, List.of(perspectives, recommend(), comment()),
        p.period().end().minusDays(7), 9, 3.9, new SplittableRandom(SEED + 3))
        .withPre(SurveyId.of("digg-pre"));
    ResultsFramework f = ResultsFramework.builder()
        .addIndicators(indicator("digg-managers", "Managers with a student mentor",
            IndicatorLevel.OUTPUT, Measure.UNIT).addTargets(Target.of(p.period(), 8))
            .addActuals(Target.builder().period(p.period()).value(p.pairings().size())
                .source("mentor pairings").build()).build())
        .addIndicators(indicator("digg-perspectives",
            "Mean knowledge of the other generation's view after the year (1-5)",
            IndicatorLevel.OUTCOME, Measure.UNIT).baseline(Target.of(p.period(), 2.6))
            .formula(mean(post.id().value(), "perspectives"))
            .addTargets(Target.of(p.period(), 3.5)).build())
        .build();
    List<Survey> all = new ArrayList<>(p.surveys());
    all.add(pre);
    all.add(post);
    return p.withSurveys(all).withResultsFramework(f);
  }

  private static Program civilSociety(Program p) {
    List<Commitment> commitments = new ArrayList<>();
    for (OutreachMeeting m : p.outreachMeetings()) {
      for (Commitment c : Commitments.fromOutreach(m)) {
        for (ReflectionMeeting rm : p.reflectionMeetings()) {
          LocalDate on = rm.when().day();
          if (on.isAfter(c.madeOn())) {
            c = c.withReviews(Review.builder().at(rm.id()).on(on)
                .note("reviewed with the partners").build());
            break;
          }
        }
        commitments.add(c);
      }
    }
    List<PersonId> people = new ArrayList<>();
    p.circles().forEach(c -> c.members().forEach(m -> {
      PersonId x = m.person();
      if (!people.contains(x)) {
        people.add(x);
      }
    }));
    List<Survey> surveys = new ArrayList<>(p.surveys());
    ResultsFramework.Builder f = ResultsFramework.builder()
        .addIndicators(indicator("ge-follow-ups", "Outreach follow-ups done on time",
            IndicatorLevel.OUTCOME, Measure.PERCENTAGE)
            .formula(Formula.of(FormulaKind.FOLLOW_UPS_ON_TIME))
            .addTargets(Target.of(p.period(), 60)).build())
        .addIndicators(indicator("ge-outreach", "Outreach visits to remote communities",
            IndicatorLevel.OUTPUT, Measure.UNIT).addTargets(Target.of(p.period(), 4))
            .addActuals(Target.builder().period(p.period())
                .value(p.outreachMeetings().size()).source("outreach meeting records")
                .build()).build());
    if (!people.isEmpty() && !p.reflectionMeetings().isEmpty()) {
      Survey s = survey("ge-circles-feedback", "Learning circles: feedback at the reflection",
          EvaluationLevel.REACTION, true, people, List.of(satisfaction("satisfaction",
              "How useful were the circle meetings?"), comment()),
          p.reflectionMeetings().get(0).when().day(), 4, 3.8, new SplittableRandom(SEED + 4));
      surveys.add(s);
      f.addIndicators(indicator("ge-circles", "Mean usefulness of the circles (1-5)",
          IndicatorLevel.OUTCOME, Measure.UNIT).formula(mean(s.id().value(), "satisfaction"))
          .addTargets(Target.of(p.period(), 4)).build());
    }
    return p.withCommitments(commitments).withSurveys(surveys).withResultsFramework(f.build());
  }

  private static List<Survey> concat(List<Survey> a, Survey b) {
    List<Survey> out = new ArrayList<>(a);
    out.add(b);
    return out;
  }
}
