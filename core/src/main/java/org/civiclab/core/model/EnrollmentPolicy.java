package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.Problem;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * How many places an edition has and for whom: a total capacity, optional places reserved
 * per audience, and which audiences may register at all ("open to staff as well as external
 * participants; places are limited"). Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class EnrollmentPolicy implements WithEnrollmentPolicy {

  /** @return the number of places, at least 1 */
  public abstract int capacity();

  /** @return the audiences that may register; both unless restricted */
  @Value.Default
  public ImmutableSet<Audience> audiences() {
    return ImmutableSet.copyOf(EnumSet.allOf(Audience.class));
  }

  /** @return the most places staff may take, if capped */
  public abstract Optional<Integer> staffPlaces();

  /** @return the most places external participants may take, if capped */
  public abstract Optional<Integer> externalPlaces();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code EnrollmentPolicy} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableEnrollmentPolicy.Builder {
    Builder() {}
  }

  /**
   * A policy with a capacity and no audience restriction.
   *
   * @param capacity the number of places
   * @return the policy
   */
  public static EnrollmentPolicy ofCapacity(int capacity) {
    return builder().capacity(capacity).build();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(capacity() >= 1, "capacity", "capacity " + capacity() + " must be at least 1");
    c.require(!audiences().isEmpty(), "audiences", "at least one audience must be admitted");
    staffPlaces().ifPresent(n -> c.require(n >= 0 && n <= capacity(), "staffPlaces",
        "staff places " + n + " must be between 0 and the capacity " + capacity()));
    externalPlaces().ifPresent(n -> c.require(n >= 0 && n <= capacity(), "externalPlaces",
        "external places " + n + " must be between 0 and the capacity " + capacity()));
    c.done();
  }

  /**
   * @param audience an audience
   * @return the most places that audience may hold: its cap, else the capacity; 0 when the
   *     audience is not admitted
   */
  public int limitFor(Audience audience) {
    if (!audiences().contains(audience)) {
      return 0;
    }
    Optional<Integer> cap = audience == Audience.STAFF ? staffPlaces() : externalPlaces();
    return Math.min(capacity(), cap.orElse(capacity()));
  }

  /**
   * Every way a list of enrolments breaks this policy: a person enrolled twice, a sequence
   * number used twice, an audience not admitted, more places held than the capacity or an
   * audience's cap.
   *
   * @param enrollments the enrolments of one edition
   * @return the problems, with paths relative to the list ({@code [3].person}); empty if none
   */
  public ImmutableList<Problem> problemsWith(List<Enrollment> enrollments) {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    Set<PersonId> people = new HashSet<>();
    Set<Long> sequences = new HashSet<>();
    int held = 0;
    int staff = 0;
    int external = 0;
    for (int i = 0; i < enrollments.size(); i++) {
      Enrollment e = enrollments.get(i);
      if (!people.add(e.person())) {
        out.add(Problem.at("[" + i + "].person", e.person() + " is enrolled twice"));
      }
      if (!sequences.add(e.sequence())) {
        out.add(Problem.at("[" + i + "].sequence", "sequence " + e.sequence() + " is used twice"));
      }
      if (!audiences().contains(e.audience())) {
        out.add(Problem.at("[" + i + "].audience", e.audience() + " participants are not admitted"
            + " (admitted: " + audiences() + ")"));
      }
      if (e.holdsPlace()) {
        held++;
        if (e.audience() == Audience.STAFF) {
          staff++;
        } else {
          external++;
        }
      }
    }
    if (held > capacity()) {
      out.add(Problem.at("", held + " people hold places but the capacity is " + capacity()));
    }
    if (staff > limitFor(Audience.STAFF) && audiences().contains(Audience.STAFF)) {
      out.add(Problem.at("", staff + " staff hold places but only " + limitFor(Audience.STAFF)
          + " are for staff"));
    }
    if (external > limitFor(Audience.EXTERNAL) && audiences().contains(Audience.EXTERNAL)) {
      out.add(Problem.at("", external + " external participants hold places but only "
          + limitFor(Audience.EXTERNAL) + " are for them"));
    }
    return out.build();
  }
}
