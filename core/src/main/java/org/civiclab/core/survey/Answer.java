package org.civiclab.core.survey;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One answer to one question: a number (Likert point, recommendation, number), choices (in
 * the respondent's order for a ranking) or a text. Whether it fits its question is checked by
 * the survey ({@link Question#problem(Answer)}). Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Answer implements WithAnswer {

  /** @return the number given, for a numeric question */
  public abstract Optional<Double> number();

  /** @return the keys of the choices made, in order */
  public abstract ImmutableList<String> choices();

  /** @return the text given, for a free-text question */
  public abstract Optional<String> text();

  /**
   * @param value a number, Likert point or recommendation
   * @return the answer
   */
  public static Answer of(double value) {
    return builder().number(value).build();
  }

  /**
   * @param keys the choices made, in order
   * @return the answer
   */
  public static Answer choices(List<String> keys) {
    return builder().addAllChoices(keys).build();
  }

  /**
   * @param key the one choice made
   * @return the answer
   */
  public static Answer choice(String key) {
    return builder().addChoices(key).build();
  }

  /**
   * @param text a free text
   * @return the answer
   */
  public static Answer text(String text) {
    return builder().text(text).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Answer} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableAnswer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    number().ifPresent(n -> c.require(Double.isFinite(n), "number", "a number must be finite"));
    text().ifPresent(t -> c.text(t, "text"));
    c.texts(choices(), "choices", true);
    c.done();
  }
}
