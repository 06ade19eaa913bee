package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reads any attribute of a person by name, built-in or custom, as the text that breakdowns,
 * strata and quotas group by.
 *
 * <p>The built-in names are {@code country}, {@code region}, {@code organization},
 * {@code gender}, {@code birthYear}, {@code ageBand}, {@code careerStage}, {@code experience}
 * and {@code accessNeeds}; any other name is a custom attribute's key. Stateless.
 */
@API(status = STABLE, since = "0.1.0")
public final class PersonAttributes {
  /** The names of the attributes every person has. */
  public static final ImmutableSet<String> BUILT_IN = ImmutableSet.of("country", "region",
      "organization", "gender", "birthYear", "ageBand", "careerStage", "experience",
      "accessNeeds");

  private PersonAttributes() {}

  /**
   * The value of an attribute.
   *
   * @param person the person
   * @param name a built-in name or a custom key
   * @return the value as text (enums in lower case, access needs joined by {@code ; }), empty
   *     when the person has none
   */
  public static Optional<String> value(Person person, String name) {
    switch (name) {
      case "country":
        return Optional.of(person.country());
      case "region":
        return person.region();
      case "organization":
        return person.organization().map(OrganizationId::value);
      case "gender":
        return person.gender().map(Gender::key);
      case "birthYear":
        return person.birthYear().map(String::valueOf);
      case "ageBand":
        return person.ageBand().map(AgeBand::label);
      case "careerStage":
        return person.careerStage().map(c -> c.name().toLowerCase(java.util.Locale.ROOT));
      case "experience":
        return Optional.of(person.experience().name().toLowerCase(java.util.Locale.ROOT));
      case "accessNeeds":
        return person.accessNeeds().isEmpty() ? Optional.empty()
            : Optional.of(String.join("; ", person.accessNeeds()));
      default:
        return Optional.ofNullable(person.attributes().get(name)).map(AttributeValue::value);
    }
  }

  /**
   * The sensitivity of a built-in attribute: access needs (health) are a special category,
   * the others personal.
   *
   * @param name the name
   * @return the sensitivity; personal for a name that is not built in
   */
  public static Sensitivity sensitivity(String name) {
    return name.equals("accessNeeds") ? Sensitivity.SPECIAL_CATEGORY : Sensitivity.PERSONAL;
  }
}
