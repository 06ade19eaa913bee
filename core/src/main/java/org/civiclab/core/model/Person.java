package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.ZoneId;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.WorkingHours;
import org.immutables.value.Value;

/**
 * A person: participant, trainer, mentor, host, researcher.
 *
 * <p>People are their own aggregate and outlive programs: an alumna of one edition may mentor
 * in the next. Programs refer to people by {@link PersonId}. The attributes are those that
 * matching and scheduling need: organisation and unit (to keep mentors out of their mentee's
 * reporting line), languages, interests, experience, region, and the zone and working hours
 * in which the person can take part. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Person implements WithPerson {

  /** @return the person's id */
  public abstract PersonId id();

  /** @return the name as the person writes it, in any script */
  public abstract String fullName();

  /** @return a contact e-mail address, if known */
  public abstract Optional<String> email();

  /** @return the organisation the person works for, if any */
  public abstract Optional<OrganizationId> organization();

  /** @return the unit or department within the organisation, if known */
  public abstract Optional<String> unit();

  /** @return the person's line manager, if known */
  public abstract Optional<PersonId> reportsTo();

  /** @return the ISO 3166 alpha-2 country the person works in, such as {@code BA} */
  public abstract String country();

  /** @return the region, such as {@code Western Balkans}, if relevant */
  public abstract Optional<String> region();

  /** @return the languages the person works in, as BCP 47 tags */
  public abstract ImmutableSet<String> languages();

  /** @return topics the person cares about, in free words */
  public abstract ImmutableSet<String> interests();

  /** @return the person's experience in the program's field */
  @Value.Default
  public ExperienceLevel experience() {
    return ExperienceLevel.NOVICE;
  }

  /** @return the career stage, if known */
  public abstract Optional<CareerStage> careerStage();

  /** @return the person's gender as they state it, if they gave it */
  public abstract Optional<Gender> gender();

  /** @return the year of birth, if given (between 1900 and 2100) */
  public abstract Optional<Integer> birthYear();

  /** @return the age band, for people who give a band rather than a year of birth */
  public abstract Optional<AgeBand> ageBand();

  /**
   * Access needs in free words (step-free access, sign language, dietary needs). They describe
   * health and are special-category data ({@link Pseudonyms#dropSpecialCategory}).
   *
   * @return the access needs, possibly none
   */
  public abstract ImmutableSet<String> accessNeeds();

  /**
   * Custom attributes by key, as a program's {@link AttributeSchema} declares them; the schema
   * checks them ({@link AttributeSchema#problems(Person)}), the person only their form.
   *
   * @return the custom attributes, possibly none
   */
  public abstract ImmutableMap<String, AttributeValue> attributes();

  /** @return the zone the person lives and works in */
  public abstract ZoneId homeZone();

  /** @return when the person can take part; office hours in the home zone unless given */
  @Value.Default
  public WorkingHours workingHours() {
    return WorkingHours.officeHours(homeZone());
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Person} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(fullName(), "fullName");
    c.country(country(), "country");
    email().ifPresent(e -> {
      if (c.text(e, "email")) {
        c.require(e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
            Texts.quote(e) + " is not an e-mail address");
      }
    });
    c.require(!reportsTo().equals(Optional.of(id())), "reportsTo",
        "a person cannot report to themselves (" + id() + ")");
    unit().ifPresent(u -> {
      if (c.text(u, "unit")) {
        c.require(!u.isBlank(), "unit", "must not be blank when given");
      }
    });
    region().ifPresent(r -> c.text(r, "region"));
    c.texts(interests(), "interests", false);
    for (String l : languages()) {
      c.language(l, "languages");
    }
    birthYear().ifPresent(y -> c.require(y >= 1900 && y <= 2100, "birthYear",
        "must be between 1900 and 2100, got " + y));
    c.texts(accessNeeds(), "accessNeeds", true);
    for (String key : attributes().keySet()) {
      if (c.text(key, "attributes")) {
        c.require(key.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")
            && !PersonAttributes.BUILT_IN.contains(key), "attributes." + Checks.key(key),
            Texts.quote(key) + " is not a custom attribute key: letters, digits, - and _,"
                + " starting with a letter, and not a built-in attribute");
      }
    }
    c.done();
  }

  @Override
  public String toString() {
    return fullName() + " (" + id() + ")";
  }
}
