package org.civiclab.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;

/**
 * Reads one attribute of a person by name, for breakdowns and indicator formulas: "share of
 * women" asks for attribute {@code gender} and value {@code female}.
 *
 * <p>{@link #of(DirectoryView)} answers the attributes every {@link Person} has today:
 * {@code country}, {@code region}, {@code careerStage}, {@code organization}, {@code unit}
 * and {@code sector} (of the person's organisation). Programs that declare more attributes
 * (gender, age band, custom fields) plug in a resolver that knows them, for example
 * {@code directory(...).or(custom)}. A resolver says which names it knows through
 * {@link #knows(String)}, so a formula naming an unknown attribute is rejected up front.
 */
@API(status = STABLE, since = "0.1.0")
public interface PersonAttributes {

  /** The attributes {@link #of(DirectoryView)} knows. */
  Set<String> BUILT_IN = Set.of("country", "region", "careerStage", "organization", "unit",
      "sector");

  /**
   * @param person a person
   * @param attribute an attribute name
   * @return the person's value of it, if the person exists and has one
   */
  Optional<String> value(PersonId person, String attribute);

  /**
   * @param attribute an attribute name
   * @return whether this resolver knows the attribute (it may still be empty for a person)
   */
  boolean knows(String attribute);

  /**
   * @param other a resolver asked when this one knows no value
   * @return a resolver that asks this one first, then {@code other}
   */
  default PersonAttributes or(PersonAttributes other) {
    PersonAttributes self = this;
    return new PersonAttributes() {
      @Override
      public Optional<String> value(PersonId person, String attribute) {
        Optional<String> v = self.value(person, attribute);
        return v.isPresent() ? v : other.value(person, attribute);
      }

      @Override
      public boolean knows(String attribute) {
        return self.knows(attribute) || other.knows(attribute);
      }
    };
  }

  /**
   * The attributes every person has, read from a directory: the names above, then the
   * model's built-in ones ({@code gender}, {@code ageBand}, ...) and custom attribute keys
   * through {@link org.civiclab.core.model.PersonAttributes#value}; only built-in names
   * count as known.
   *
   * @param directory people and organisations
   * @return the resolver
   */
  static PersonAttributes of(DirectoryView directory) {
    return new PersonAttributes() {
      @Override
      public Optional<String> value(PersonId id, String attribute) {
        Optional<Person> p = directory.person(id);
        if (p.isEmpty()) {
          return Optional.empty();
        }
        Person person = p.get();
        switch (attribute) {
          case "country":
            return Optional.of(person.country());
          case "region":
            return person.region();
          case "careerStage":
            return person.careerStage().map(c -> c.name().toLowerCase(Locale.ROOT));
          case "organization":
            return person.organization().map(o -> o.value());
          case "unit":
            return person.unit();
          case "sector":
            return person.organization().flatMap(directory::organization)
                .map(o -> o.sector().name().toLowerCase(Locale.ROOT));
          default:
            return org.civiclab.core.model.PersonAttributes.value(person, attribute);
        }
      }

      @Override
      public boolean knows(String attribute) {
        return BUILT_IN.contains(attribute)
            || org.civiclab.core.model.PersonAttributes.BUILT_IN.contains(attribute);
      }
    };
  }
}
