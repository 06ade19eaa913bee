package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One survey response or evaluation of a program component: ratings from 1 to 5 per question
 * and an optional comment. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Evaluation implements WithEvaluation {

  /** @return the evaluation's id */
  public abstract EvaluationId id();

  /** @return what is evaluated */
  public abstract EvaluationSubject subject();

  /** @return who answered, unless anonymous */
  public abstract Optional<PersonId> respondent();

  /** @return when it was submitted */
  public abstract LocalDate submittedOn();

  /** @return ratings from 1 (poor) to 5 (excellent), per question */
  public abstract ImmutableMap<String, Integer> ratings();

  /** @return a free comment, if any */
  public abstract Optional<String> comment();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Evaluation} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    for (Map.Entry<String, Integer> e : ratings().entrySet()) {
      if (c.text(e.getKey(), "ratings")) {
        c.require(!e.getKey().isBlank(), "ratings", "a question must not be blank");
      }
      c.require(e.getValue() >= 1 && e.getValue() <= 5, "ratings." + Checks.key(e.getKey()),
          "rating " + e.getValue() + " must be between 1 and 5");
    }
    comment().ifPresent(x -> c.text(x, "comment"));
    c.done();
  }
}
