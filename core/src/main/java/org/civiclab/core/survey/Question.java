package org.civiclab.core.survey;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.LocalizedText;
import org.immutables.value.Value;

/**
 * One question of a survey: its wording in several languages, its type and what the type
 * needs (choices, scale labels, bounds); a choice question with a {@link #decisionRule()} is a
 * ballot. Immutable.
 *
 * <p>A Likert question's answers are 1 to the number of {@link #scale()} labels; a
 * recommendation's 0 to 10; a number's within {@link #min()} and {@link #max()} when given.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Question implements WithQuestion {

  /** @return the question's key, unique within its survey */
  public abstract String key();

  /** @return the wording */
  public abstract LocalizedText text();

  /** @return the kind of answer */
  public abstract QuestionType type();

  /** @return the choices of a choice or ranking question, at least two; else empty */
  public abstract ImmutableList<Choice> choices();

  /** @return the labels of a Likert scale's points, lowest first, at least two; else empty */
  public abstract ImmutableList<LocalizedText> scale();

  /** @return the least number a number question accepts, if bounded */
  public abstract Optional<Double> min();

  /** @return the greatest number a number question accepts, if bounded */
  public abstract Optional<Double> max();

  /** @return how a ballot decides; empty for a question that is not a ballot */
  public abstract Optional<DecisionRule> decisionRule();

  /** @return the winning share for a {@link DecisionRule#THRESHOLD} ballot, above 0, at most 1 */
  public abstract Optional<Double> threshold();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Question} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableQuestion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(key(), "key");
    if (type().choosing()) {
      c.require(choices().size() >= 2, "choices", "a " + type() + " question needs at least two"
          + " choices, has " + choices().size());
    } else {
      c.require(choices().isEmpty(), "choices", "a " + type() + " question has no choices");
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < choices().size(); i++) {
      c.require(keys.add(choices().get(i).key()), "choices[" + i + "].key",
          "choice '" + choices().get(i).key() + "' appears twice");
    }
    if (type() == QuestionType.LIKERT) {
      c.require(scale().size() >= 2, "scale", "a Likert question needs at least two labels");
    } else {
      c.require(scale().isEmpty(), "scale", "only a Likert question has scale labels");
    }
    c.require(type() == QuestionType.NUMBER || (min().isEmpty() && max().isEmpty()), "min",
        "only a number question has bounds");
    if (min().isPresent() && max().isPresent()) {
      c.require(min().get() <= max().get(), "max", "max " + max().get() + " is below min "
          + min().get());
    }
    if (decisionRule().isPresent()) {
      DecisionRule rule = decisionRule().get();
      c.require(type() == (rule == DecisionRule.APPROVAL ? QuestionType.MULTIPLE_CHOICE
          : QuestionType.SINGLE_CHOICE), "decisionRule", "a " + rule + " ballot needs a "
          + (rule == DecisionRule.APPROVAL ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE")
          + " question, not " + type());
      c.require(rule != DecisionRule.THRESHOLD || threshold().isPresent(), "threshold",
          "a THRESHOLD ballot needs a threshold");
    }
    if (threshold().isPresent()) {
      double t = threshold().get();
      c.require(decisionRule().filter(r -> r == DecisionRule.THRESHOLD).isPresent(),
          "threshold", "only a THRESHOLD ballot has a threshold");
      c.require(t > 0 && t <= 1, "threshold", "threshold " + t + " must be above 0, at most 1");
    }
    c.done();
  }

  /**
   * Checks one answer against this question.
   *
   * @param a the answer
   * @return why it does not fit, or empty when it does
   */
  public Optional<String> problem(Answer a) {
    if (type().numeric()) {
      if (a.number().isEmpty() || !a.choices().isEmpty() || a.text().isPresent()) {
        return Optional.of("a " + type() + " question takes a number only");
      }
      double v = a.number().get();
      switch (type()) {
        case LIKERT:
          return v == Math.rint(v) && v >= 1 && v <= scale().size() ? Optional.empty()
              : Optional.of("answer " + v + " is not a point of the scale 1.." + scale().size());
        case RECOMMENDATION:
          return v == Math.rint(v) && v >= 0 && v <= 10 ? Optional.empty()
              : Optional.of("answer " + v + " is not a whole number from 0 to 10");
        default:
          if (min().isPresent() && v < min().get() || max().isPresent() && v > max().get()) {
            return Optional.of("answer " + v + " is outside " + min().map(String::valueOf)
                .orElse("") + ".." + max().map(String::valueOf).orElse(""));
          }
          return Optional.empty();
      }
    }
    if (type() == QuestionType.FREE_TEXT) {
      return a.text().isPresent() && a.number().isEmpty() && a.choices().isEmpty()
          ? Optional.empty() : Optional.of("a FREE_TEXT question takes a text only");
    }
    if (a.number().isPresent() || a.text().isPresent()) {
      return Optional.of("a " + type() + " question takes choices only");
    }
    Set<String> known = new HashSet<>();
    choices().forEach(ch -> known.add(ch.key()));
    Set<String> seen = new HashSet<>();
    for (String k : a.choices()) {
      if (!known.contains(k)) {
        return Optional.of("'" + k + "' is not one of the choices " + known.stream().sorted()
            .collect(java.util.stream.Collectors.joining(", ")));
      }
      if (!seen.add(k)) {
        return Optional.of("'" + k + "' is chosen twice");
      }
    }
    switch (type()) {
      case SINGLE_CHOICE:
        return a.choices().size() == 1 ? Optional.empty()
            : Optional.of("a SINGLE_CHOICE question takes exactly one choice");
      case RANKING:
        return a.choices().size() == choices().size() ? Optional.empty()
            : Optional.of("a ranking orders every choice once");
      default:
        return Optional.empty();
    }
  }
}
