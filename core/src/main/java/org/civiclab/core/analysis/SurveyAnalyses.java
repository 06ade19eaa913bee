package org.civiclab.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.Choice;
import org.civiclab.core.survey.DecisionRule;
import org.civiclab.core.survey.Question;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;

/**
 * Survey analyses: response rates, answer distributions, means with 95% confidence intervals,
 * pre/post change per person, breakdowns by any grouping of people, and ballot decisions.
 *
 * <p><b>Definitions.</b> The response rate is responses over invited people (empty when nobody
 * was invited; responses from people not invited count too). A mean is over the numeric
 * answers given; its interval is mean ± t·s/√n with s the sample standard deviation and t the
 * two-sided 95% quantile of Student's t with n−1 degrees of freedom (empty below two answers).
 * Pre/post change pairs a person's answer in the post survey with their answer to the
 * question of the same key in its pre survey; people who answered only one are left out.
 * Pure functions; thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class SurveyAnalyses {
  private SurveyAnalyses() {}

  /** Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom. */
  private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365,
      2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093,
      2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

  /**
   * A mean with its 95% confidence interval.
   *
   * @param n how many answers
   * @param mean their mean, when n is at least 1
   * @param low the interval's low end, when n is at least 2
   * @param high the interval's high end, when n is at least 2
   */
  @API(status = STABLE, since = "0.1.0")
  public record Mean(int n, OptionalDouble mean, OptionalDouble low, OptionalDouble high) {}

  /**
   * @param values some numbers
   * @return their mean with a 95% confidence interval
   */
  public static Mean mean(List<Double> values) {
    int n = values.size();
    if (n == 0) {
      return new Mean(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    if (n == 1) {
      return new Mean(1, OptionalDouble.of(mean), OptionalDouble.empty(),
          OptionalDouble.empty());
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double half = (n - 1 <= T95.length ? T95[n - 2] : 1.960) * Math.sqrt(ss / (n - 1) / n);
    return new Mean(n, OptionalDouble.of(mean), OptionalDouble.of(mean - half),
        OptionalDouble.of(mean + half));
  }

  /**
   * @param survey a survey
   * @return responses over invited people; empty when nobody was invited
   */
  public static OptionalDouble responseRate(Survey survey) {
    return survey.invited().isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of((double) survey.responses().size() / survey.invited().size());
  }

  /**
   * @param survey a survey
   * @param key a numeric question's key
   * @return the numeric answers to it, in response order
   * @throws InvalidInputException when the survey has no such question
   */
  public static List<Double> numbers(Survey survey, String key) {
    question(survey, key);
    List<Double> out = new ArrayList<>();
    for (Response r : survey.responses()) {
      Answer a = r.answers().get(key);
      if (a != null && a.number().isPresent()) {
        out.add(a.number().get());
      }
    }
    return out;
  }

  /**
   * One row per survey of the programs: level, invited, responses, response rate.
   *
   * @param programs the programs
   * @return the table
   */
  public static Table responseRates(List<Program> programs) {
    Table.Builder t = Table.builder("survey response rates", "program", "survey", "title",
        "level", "anonymous", "invited", "responses", "response rate");
    for (Program p : programs) {
      for (Survey s : p.surveys()) {
        OptionalDouble rate = responseRate(s);
        t.row(p.id(), s.id(), s.title().text(), s.level().name(), s.anonymous() ? "yes" : "no",
            s.invited().size(), s.responses().size(), rate.isPresent() ? rate.getAsDouble() : "");
      }
    }
    return t.build();
  }

  /**
   * One row per numeric question of the programs' surveys: answers, mean and its interval.
   *
   * @param programs the programs
   * @return the table
   */
  public static Table means(List<Program> programs) {
    Table.Builder t = Table.builder("survey means", "program", "survey", "question", "answers",
        "mean", "95% low", "95% high");
    for (Program p : programs) {
      for (Survey s : p.surveys()) {
        for (Question q : s.questions()) {
          if (q.type().numeric()) {
            Mean m = mean(numbers(s, q.key()));
            t.row(p.id(), s.id(), q.key(), m.n(), cell(m.mean()), cell(m.low()), cell(m.high()));
          }
        }
      }
    }
    return t.build();
  }

  /**
   * Means per audience (staff or external, from the respondent's enrolment in the survey's
   * edition, or in any edition when the survey names none), for every numeric question of a
   * survey whose named respondents come from more than one audience: staff and external
   * compared. Anonymous responses and respondents without an enrolment are left out.
   *
   * @param programs the programs
   * @return rows of program, survey, question, audience, answers, mean and interval
   */
  public static Table meansByAudience(List<Program> programs) {
    Table.Builder t = Table.builder("survey means by audience", "program", "survey", "question",
        "audience", "answers", "mean", "95% low", "95% high");
    for (Program p : programs) {
      for (Survey s : p.surveys()) {
        Map<PersonId, Audience> audience = new HashMap<>();
        for (Edition e : p.editions()) {
          if (s.edition().isEmpty() || s.edition().get().equals(e.id())) {
            e.enrollments().forEach(en -> audience.putIfAbsent(en.person(), en.audience()));
          }
        }
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (Response r : s.responses()) {
          r.respondent().ifPresent(x -> {
            Audience who = audience.get(x);
            if (who != null) {
              audiences.add(who);
            }
          });
        }
        if (audiences.size() < 2) {
          continue;
        }
        for (Question q : s.questions()) {
          if (!q.type().numeric()) {
            continue;
          }
          Map<Audience, List<Double>> by = new EnumMap<>(Audience.class);
          for (Response r : s.responses()) {
            Answer a = r.answers().get(q.key());
            Audience who = r.respondent().isPresent() ? audience.get(r.respondent().get()) : null;
            if (a != null && a.number().isPresent() && who != null) {
              by.computeIfAbsent(who, x -> new ArrayList<>()).add(a.number().get());
            }
          }
          by.forEach((who, v) -> {
            Mean m = mean(v);
            t.row(p.id(), s.id(), q.key(), who.name().toLowerCase(Locale.ROOT), m.n(),
                cell(m.mean()), cell(m.low()), cell(m.high()));
          });
        }
      }
    }
    return t.build();
  }

  /**
   * How often each answer was given to one question: each choice (for ranking, how often it
   * was ranked first), each scale point or whole number given, or each distinct number.
   *
   * @param survey the survey
   * @param key the question's key
   * @return rows of answer, count and share of the answers to the question
   * @throws InvalidInputException when the survey has no such question
   */
  public static Table distribution(Survey survey, String key) {
    Question q = question(survey, key);
    Map<String, Long> counts = new LinkedHashMap<>();
    q.choices().forEach(c -> counts.put(c.key(), 0L));
    for (int i = 1; i <= q.scale().size(); i++) {
      counts.put(String.valueOf(i), 0L);
    }
    long answers = 0;
    for (Response r : survey.responses()) {
      Answer a = r.answers().get(key);
      if (a == null) {
        continue;
      }
      answers++;
      if (a.number().isPresent()) {
        double v = a.number().get();
        counts.merge(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v), 1L,
            Long::sum);
      } else if (q.type() == org.civiclab.core.survey.QuestionType.RANKING) {
        counts.merge(a.choices().get(0), 1L, Long::sum);
      } else if (a.text().isPresent()) {
        counts.merge("(text)", 1L, Long::sum);
      } else {
        a.choices().forEach(c -> counts.merge(c, 1L, Long::sum));
      }
    }
    Table.Builder t = Table.builder("answers to " + survey.id() + " " + key, "answer", "count",
        "share");
    long n = answers;
    counts.forEach((k, v) -> t.row(k, v, Rates.of(v, n)));
    return t.build();
  }

  /**
   * Change per person between a post survey and its pre survey on one question.
   *
   * @param pre the pre survey
   * @param post the post survey
   * @param key the numeric question's key in both
   * @return person to post answer minus pre answer, for people who answered both
   * @throws InvalidInputException when either survey lacks the question, or a survey is
   *     anonymous (answers cannot be paired)
   */
  public static Map<PersonId, Double> change(Survey pre, Survey post, String key) {
    question(pre, key);
    question(post, key);
    if (pre.anonymous() || post.anonymous()) {
      throw InvalidInputException.of("anonymous", "anonymous answers cannot be paired");
    }
    Map<PersonId, Double> before = new HashMap<>();
    for (Response r : pre.responses()) {
      Answer a = r.answers().get(key);
      if (a != null && a.number().isPresent() && r.respondent().isPresent()) {
        before.put(r.respondent().get(), a.number().get());
      }
    }
    Map<PersonId, Double> out = new LinkedHashMap<>();
    for (Response r : post.responses()) {
      Answer a = r.answers().get(key);
      if (a != null && a.number().isPresent() && r.respondent().isPresent()
          && before.containsKey(r.respondent().get())) {
        out.put(r.respondent().get(), a.number().get() - before.get(r.respondent().get()));
      }
    }
    return out;
  }

  /**
   * Means of one question per group of respondents (track, audience or any attribute);
   * anonymous responses fall in {@code (anonymous)}.
   *
   * @param survey the survey
   * @param key a numeric question
   * @param group the group of a respondent
   * @return rows of group, answers, mean and interval, groups in order of first answer
   */
  public static Table meansBy(Survey survey, String key, Function<PersonId, String> group) {
    question(survey, key);
    Map<String, List<Double>> byGroup = new LinkedHashMap<>();
    for (Response r : survey.responses()) {
      Answer a = r.answers().get(key);
      if (a != null && a.number().isPresent()) {
        String g = r.respondent().map(group).orElse("(anonymous)");
        byGroup.computeIfAbsent(g, x -> new ArrayList<>()).add(a.number().get());
      }
    }
    Table.Builder t = Table.builder("means of " + survey.id() + " " + key + " by group",
        "group", "answers", "mean", "95% low", "95% high");
    byGroup.forEach((g, v) -> {
      Mean m = mean(v);
      t.row(g, m.n(), cell(m.mean()), cell(m.low()), cell(m.high()));
    });
    return t.build();
  }

  /**
   * What a ballot decided.
   *
   * @param survey the survey holding the ballot
   * @param key the ballot question's key
   * @return the winning choice's key, empty when no choice meets the rule
   * @throws InvalidInputException when the question is no ballot
   */
  public static Optional<String> decision(Survey survey, String key) {
    Question q = question(survey, key);
    if (q.decisionRule().isEmpty()) {
      throw InvalidInputException.of("questions." + key, "question '" + key
          + "' is not a ballot");
    }
    Map<String, Long> votes = new LinkedHashMap<>();
    q.choices().forEach(c -> votes.put(c.key(), 0L));
    long cast = 0;
    for (Response r : survey.responses()) {
      Answer a = r.answers().get(key);
      if (a != null) {
        cast++;
        a.choices().forEach(c -> votes.merge(c, 1L, Long::sum));
      }
    }
    long best = votes.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<String> top = votes.entrySet().stream().filter(e -> e.getValue() == best && best > 0)
        .map(Map.Entry::getKey).toList();
    if (top.size() != 1) {
      return Optional.empty();
    }
    DecisionRule rule = q.decisionRule().get();
    switch (rule) {
      case MAJORITY:
        return 2 * best > cast ? Optional.of(top.get(0)) : Optional.empty();
      case THRESHOLD:
        return best >= q.threshold().orElse(1.0) * cast ? Optional.of(top.get(0))
            : Optional.empty();
      default:
        return Optional.of(top.get(0));
    }
  }

  /**
   * @param choice a choice
   * @return its label text
   */
  static String label(Choice choice) {
    return choice.label().text();
  }

  private static Question question(Survey survey, String key) {
    return survey.question(key).orElseThrow(() -> InvalidInputException.of("question",
        "survey '" + survey.id() + "' has no question '" + key + "'"));
  }

  private static Object cell(OptionalDouble d) {
    return d.isPresent() ? Math.round(d.getAsDouble() * 100) / 100.0 : "";
  }

  /** @return the t quantiles, for tests */
  static ImmutableList<Double> quantiles() {
    ImmutableList.Builder<Double> b = ImmutableList.builder();
    for (double d : T95) {
      b.add(d);
    }
    return b.build();
  }
}
