package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Who may join a track: regions, countries and career stages. An empty set does not restrict.
 * Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Eligibility implements WithEligibility {

  /** @return the regions admitted, such as {@code Western Balkans}; empty for any */
  public abstract ImmutableSet<String> regions();

  /**
   * @return the ISO 3166 alpha-2 codes admitted, such as {@code SE} (the codes of
   *     {@link Person#country()}); empty for any
   */
  public abstract ImmutableSet<String> countries();

  /** @return the career stages admitted; empty for any */
  public abstract ImmutableSet<CareerStage> careerStages();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Eligibility} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableEligibility.Builder {
    Builder() {}
  }

  /** @return an eligibility that admits everybody */
  public static Eligibility anyone() {
    return builder().build();
  }

  /**
   * Why a person is not eligible, if they are not.
   *
   * @param person the person
   * @return the reason, empty when eligible
   */
  public Optional<String> refusal(Person person) {
    if (!regions().isEmpty() && person.region().map(r -> !regions().contains(r)).orElse(true)) {
      return Optional.of(person.fullName() + "'s region " + person.region().orElse("(none)")
          + " is not one of " + regions());
    }
    if (!countries().isEmpty() && !countries().contains(person.country())) {
      return Optional.of(person.fullName() + "'s country " + person.country() + " is not one of "
          + countries());
    }
    if (!careerStages().isEmpty()
        && person.careerStage().map(s -> !careerStages().contains(s)).orElse(true)) {
      return Optional.of(person.fullName() + "'s career stage "
          + person.careerStage().map(Enum::name).orElse("(unknown)") + " is not one of "
          + careerStages());
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.texts(regions(), "regions", false);
    int i = 0;
    for (String country : countries()) {
      c.country(country, "countries[" + i++ + "]");
    }
    c.done();
  }
}
