package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonAttributes;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * One applicant to a selection: the person's id, the attribute values that quotas look at,
 * and a score for selection by ranking. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Applicant implements WithApplicant {

  /** @return the person's id */
  public abstract PersonId id();

  /**
   * @return attribute values by attribute name; an applicant without a value for an attribute
   *     belongs to none of its strata
   */
  public abstract ImmutableMap<String, String> attributes();

  /** @return the score for {@link SelectionMethod#RANKING}, higher first; 0 unless given */
  @Value.Default
  public double score() {
    return 0;
  }

  /**
   * An applicant with the values a person has for some attributes.
   *
   * @param person the person
   * @param attributes attribute names, built-in or custom ({@link PersonAttributes})
   * @return a builder with the id and the values set, to add a score
   */
  public static Builder from(Person person, Collection<String> attributes) {
    Builder b = builder().id(person.id());
    for (String a : attributes) {
      PersonAttributes.value(person, a).ifPresent(v -> b.putAttribute(a, v));
    }
    return b;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Applicant} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableApplicant.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(Double.isFinite(score()), "score", "must be a finite number, got " + score());
    attributes().forEach((k, v) -> {
      c.text(k, "attributes");
      c.text(v, "attributes." + Checks.key(k));
    });
    c.done();
  }

  @Override
  public String toString() {
    return id().toString();
  }
}
