package org.civiclab.core.survey;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.SurveyId;
import org.immutables.value.Value;

/**
 * A questionnaire of a program with its responses: feedback after a day, a final survey, the
 * pre or post test of a pair, a ballot at a meeting. Immutable.
 *
 * <p>Construction checks that question keys are unique; that every response answers only
 * questions the survey has, each answer fitting its question; that an anonymous survey's
 * responses name nobody and a named survey's responses each name a respondent, at most one
 * response per person. A post survey names its pre survey in {@link #pre()}; change per
 * person compares the two surveys' answers to questions with the same key.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Survey implements WithSurvey {

  /** @return the survey's id, unique within its program */
  public abstract SurveyId id();

  /** @return the title, in several languages */
  public abstract LocalizedText title();

  /** @return what it evaluates */
  public abstract EvaluationLevel level();

  /** @return whether responses are anonymous */
  public abstract boolean anonymous();

  /** @return the edition it belongs to, if any */
  public abstract Optional<EditionId> edition();

  /** @return for a post survey, the pre survey it is compared with */
  public abstract Optional<SurveyId> pre();

  /** @return the people invited to answer: the base of the response rate */
  public abstract ImmutableSet<PersonId> invited();

  /** @return the questions, in order */
  public abstract ImmutableList<Question> questions();

  /** @return the responses, in order of arrival */
  public abstract ImmutableList<Response> responses();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Survey} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSurvey.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    Map<String, Question> byKey = new HashMap<>();
    for (int i = 0; i < questions().size(); i++) {
      Question q = questions().get(i);
      c.require(byKey.putIfAbsent(q.key(), q) == null, "questions[" + i + "].key",
          "question '" + q.key() + "' appears twice");
    }
    c.require(pre().filter(id()::equals).isEmpty(), "pre", "a survey is not its own pre survey");
    Set<PersonId> respondents = new HashSet<>();
    for (int i = 0; i < responses().size(); i++) {
      Response r = responses().get(i);
      String path = "responses[" + i + "]";
      if (anonymous()) {
        c.require(r.respondent().isEmpty(), path + ".respondent",
            "an anonymous survey's responses name nobody");
      } else if (r.respondent().isEmpty()) {
        c.add(path + ".respondent", "a named survey's response names its respondent");
      } else {
        c.require(respondents.add(r.respondent().get()), path + ".respondent",
            "'" + r.respondent().get() + "' answered twice");
      }
      for (Map.Entry<String, Answer> a : r.answers().entrySet()) {
        String at = path + ".answers." + Checks.key(a.getKey());
        Question q = byKey.get(a.getKey());
        if (q == null) {
          c.add(at, "the survey has no question '" + a.getKey() + "'");
        } else {
          q.problem(a.getValue()).ifPresent(why -> c.add(at, why));
        }
      }
    }
    c.done();
  }

  /**
   * @param key a question key
   * @return the question with that key, if any
   */
  public Optional<Question> question(String key) {
    return questions().stream().filter(q -> q.key().equals(key)).findFirst();
  }
}
