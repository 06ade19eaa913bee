package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * What matching needs to know about one person: where they work, whom they report to, which
 * languages they speak, what they care about, how experienced they are, whether they can
 * facilitate, and when they are free each week.
 *
 * <p>Built by the caller, usually from a domain {@code Person} plus program-specific facts
 * (facilitator, availability). Units only compare within the same organisation. Languages,
 * interests and regions compare exactly as given (callers normalise case if they need to).
 * An empty availability means "any time". Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class MatchCandidate implements WithMatchCandidate {

  /** @return the person's id */
  public abstract PersonId id();

  /** @return the person's organisation, if any */
  public abstract Optional<OrganizationId> organization();

  /** @return the unit within the organisation, if known */
  public abstract Optional<String> unit();

  /** @return the person's line manager, if known */
  public abstract Optional<PersonId> reportsTo();

  /** @return the languages the person works in */
  public abstract ImmutableSet<String> languages();

  /** @return the topics the person cares about */
  public abstract ImmutableSet<String> interests();

  /** @return the region the person comes from, if relevant */
  public abstract Optional<String> region();

  /** @return the person's experience; novice unless given */
  @Value.Default
  public ExperienceLevel experience() {
    return ExperienceLevel.NOVICE;
  }

  /**
   * @return whether the person can lead their group in grouping over rounds
   *     ({@code org.civiclab.core.grouping.GroupingRequest}); false unless given. Circles take
   *     their facilitators apart from the members ({@link CircleRequest#facilitators()}), so
   *     circle formation does not read this
   */
  @Value.Default
  public boolean facilitator() {
    return false;
  }

  /** @return the weekly slots at which the person is free; empty means any time */
  public abstract ImmutableSet<WeeklySlot> availability();

  /** @return whether the person counts as experienced in a learning circle */
  public boolean isExperienced() {
    return experience() == ExperienceLevel.EXPERIENCED;
  }

  /**
   * A builder filled from a domain person: id, organisation, unit, line manager, languages,
   * interests, region and experience. Add what the program knows besides (facilitator,
   * availability) and build.
   *
   * @param person the person
   * @return a builder holding the person's attributes
   */
  public static Builder from(Person person) {
    return builder().id(person.id()).organization(person.organization()).unit(person.unit())
        .reportsTo(person.reportsTo()).languages(person.languages())
        .interests(person.interests()).region(person.region()).experience(person.experience());
  }

  /**
   * The candidate for a domain person, not a facilitator, free at any time.
   *
   * @param person the person
   * @return the candidate
   */
  public static MatchCandidate of(Person person) {
    return from(person).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code MatchCandidate} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableMatchCandidate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!reportsTo().equals(Optional.of(id())), "reportsTo",
        "a person cannot report to themselves (" + id() + ")");
    unit().ifPresent(u -> c.require(!u.isBlank(), "unit", "must not be blank when given"));
    region().ifPresent(r -> c.require(!r.isBlank(), "region", "must not be blank when given"));
    for (String l : languages()) {
      c.require(!l.isBlank(), "languages", "must not contain a blank language");
    }
    c.done();
  }

  @Override
  public String toString() {
    return id().value();
  }
}
