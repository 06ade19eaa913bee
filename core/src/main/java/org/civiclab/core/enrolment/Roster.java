package org.civiclab.core.enrolment;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.TrackId;

/**
 * The enrolments of one edition under its {@link EnrollmentPolicy}, with the operations that
 * move people between states.
 *
 * <h2>States</h2>
 * {@code register} gives a place ({@link EnrollmentStatus#REGISTERED}) when one is free for
 * the person's audience, else puts the person on the waiting list
 * ({@link EnrollmentStatus#WAITLISTED}). {@code confirm} turns a registration into
 * {@link EnrollmentStatus#CONFIRMED}; {@code complete} marks a confirmed participant
 * {@link EnrollmentStatus#COMPLETED}; {@code cancel} frees the place
 * ({@link EnrollmentStatus#CANCELLED}). {@code apply} records an application that holds no
 * place until the coordinator registers it. Registered, confirmed and completed enrolments
 * hold places.
 *
 * <h2>Promotion order</h2>
 * Whenever places free up (a cancellation, a larger capacity or cap), the waiting list is
 * served in registration order (ascending {@link Enrollment#sequence()}): the earliest
 * waitlisted person whose audience still has a free place is promoted to
 * {@link EnrollmentStatus#REGISTERED}, and this repeats until no waitlisted person can be
 * promoted. A person whose audience's places are full keeps their position and is passed over
 * only for as long as their audience is full.
 *
 * <h2>Guarantees</h2>
 * Places held never exceed the capacity or an audience's cap; every person appears exactly
 * once; nobody registered is ever dropped. Lowering the capacity below the places already
 * held is refused: nobody loses a place they were given. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Roster {
  private final EnrollmentPolicy policy;
  private final ImmutableList<Enrollment> enrollments;
  private final long nextSequence;

  private Roster(EnrollmentPolicy policy, List<Enrollment> enrollments) {
    this.policy = policy;
    this.enrollments = ImmutableList.sortedCopyOf(
        Comparator.comparingLong(Enrollment::sequence), enrollments);
    this.nextSequence = this.enrollments.isEmpty()
        ? 0 : this.enrollments.get(this.enrollments.size() - 1).sequence() + 1;
  }

  /**
   * An empty roster.
   *
   * @param policy the places and who may take them
   * @return the roster
   */
  public static Roster empty(EnrollmentPolicy policy) {
    return new Roster(policy, List.of());
  }

  /**
   * A roster of existing enrolments, such as an edition's.
   *
   * @param policy the places and who may take them
   * @param enrollments the enrolments
   * @return the roster
   * @throws InvalidInputException when the enrolments break the policy
   */
  public static Roster of(EnrollmentPolicy policy, List<Enrollment> enrollments) {
    List<Problem> problems = policy.problemsWith(enrollments);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Roster(policy, enrollments);
  }

  /** @return the policy */
  public EnrollmentPolicy policy() {
    return policy;
  }

  /** @return every enrolment, in registration order */
  public ImmutableList<Enrollment> enrollments() {
    return enrollments;
  }

  /**
   * @param person a person
   * @return the person's enrolment, if any
   */
  public Optional<Enrollment> find(PersonId person) {
    return enrollments.stream().filter(e -> e.person().equals(person)).findFirst();
  }

  /**
   * @param status a status
   * @return the enrolments in that status, in registration order
   */
  public ImmutableList<Enrollment> withStatus(EnrollmentStatus status) {
    return enrollments.stream().filter(e -> e.status() == status)
        .collect(ImmutableList.toImmutableList());
  }

  /** @return the waiting list, in the order it is served */
  public ImmutableList<Enrollment> waitingList() {
    return withStatus(EnrollmentStatus.WAITLISTED);
  }

  /** @return how many places are held */
  public int placesHeld() {
    return (int) enrollments.stream().filter(Enrollment::holdsPlace).count();
  }

  /**
   * @param audience an audience
   * @return how many places that audience holds
   */
  public int placesHeld(Audience audience) {
    return (int) enrollments.stream()
        .filter(e -> e.holdsPlace() && e.audience() == audience).count();
  }

  /**
   * @param audience an audience
   * @return whether one more person of that audience can get a place now
   */
  public boolean hasPlaceFor(Audience audience) {
    return placesHeld() < policy.capacity() && placesHeld(audience) < policy.limitFor(audience);
  }

  /**
   * Records an application that holds no place yet.
   *
   * @param person who applies; not enrolled yet, or cancelled earlier
   * @param audience staff or external
   * @param track the track applied for, if any
   * @return the new roster
   * @throws InvalidInputException when the person is enrolled or the audience not admitted
   */
  public Roster apply(PersonId person, Audience audience, Optional<TrackId> track) {
    return enter(person, audience, track, EnrollmentStatus.APPLIED);
  }

  /**
   * Registers a person: a place when one is free for their audience, else the waiting list.
   * An applicant keeps their position in the registration order.
   *
   * @param person who registers; not holding a place or waiting already
   * @param audience staff or external
   * @param track the track, if any
   * @return the new roster
   * @throws InvalidInputException when the person is already registered or waiting, or the
   *     audience is not admitted
   */
  public Roster register(PersonId person, Audience audience, Optional<TrackId> track) {
    Optional<Enrollment> current = find(person);
    if (current.isPresent() && current.get().status() == EnrollmentStatus.APPLIED) {
      Enrollment applied = current.get();
      EnrollmentStatus status = hasPlaceFor(applied.audience())
          ? EnrollmentStatus.REGISTERED : EnrollmentStatus.WAITLISTED;
      return replace(applied.withStatus(status));
    }
    EnrollmentStatus status = hasPlaceFor(audience)
        ? EnrollmentStatus.REGISTERED : EnrollmentStatus.WAITLISTED;
    return enter(person, audience, track, status);
  }

  /**
   * Confirms a registration.
   *
   * @param person a registered person
   * @return the new roster
   * @throws InvalidInputException when the person is not registered
   */
  public Roster confirm(PersonId person) {
    Enrollment e = require(person, EnrollmentStatus.REGISTERED, "confirm");
    return replace(e.withStatus(EnrollmentStatus.CONFIRMED));
  }

  /**
   * Marks a confirmed participant as having completed the edition.
   *
   * @param person a confirmed person
   * @return the new roster
   * @throws InvalidInputException when the person is not confirmed
   */
  public Roster complete(PersonId person) {
    Enrollment e = require(person, EnrollmentStatus.CONFIRMED, "complete");
    return replace(e.withStatus(EnrollmentStatus.COMPLETED));
  }

  /**
   * Cancels an enrolment; a freed place goes to the waiting list in promotion order.
   *
   * @param person an applicant, registered, confirmed or waitlisted person
   * @return the new roster
   * @throws InvalidInputException when the person has no active enrolment
   */
  public Roster cancel(PersonId person) {
    Enrollment e = find(person).orElseThrow(() -> InvalidInputException.of("person",
        person + " is not enrolled"));
    if (e.status() == EnrollmentStatus.CANCELLED || e.status() == EnrollmentStatus.COMPLETED) {
      throw InvalidInputException.of("person", "cannot cancel " + person + ": the enrolment is "
          + e.status());
    }
    return replace(e.withStatus(EnrollmentStatus.CANCELLED)).promote();
  }

  /**
   * Changes the policy (capacity, audience caps); new places go to the waiting list.
   *
   * @param newPolicy the new policy
   * @return the new roster
   * @throws InvalidInputException when the places already held do not fit the new policy
   */
  public Roster withPolicy(EnrollmentPolicy newPolicy) {
    List<Problem> problems = newPolicy.problemsWith(enrollments);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.stream().map(p -> Problem.at("policy",
          "cannot change the policy: " + p.message() + "; cancel places first"))
          .collect(ImmutableList.toImmutableList()));
    }
    return new Roster(newPolicy, enrollments).promote();
  }

  /**
   * Changes only the capacity.
   *
   * @param capacity the new number of places
   * @return the new roster
   * @throws InvalidInputException when more places are held than the new capacity
   */
  public Roster withCapacity(int capacity) {
    EnrollmentPolicy p = EnrollmentPolicy.builder().from(policy).capacity(capacity).build();
    return withPolicy(p);
  }

  private Roster promote() {
    List<Enrollment> current = new ArrayList<>(enrollments);
    Roster roster = this;
    boolean promoted = true;
    while (promoted) {
      promoted = false;
      for (int i = 0; i < current.size(); i++) {
        Enrollment e = current.get(i);
        if (e.status() == EnrollmentStatus.WAITLISTED && roster.hasPlaceFor(e.audience())) {
          current.set(i, e.withStatus(EnrollmentStatus.REGISTERED));
          roster = new Roster(policy, current);
          promoted = true;
          break;
        }
      }
    }
    return roster;
  }

  private Roster enter(PersonId person, Audience audience, Optional<TrackId> track,
      EnrollmentStatus status) {
    if (!policy.audiences().contains(audience)) {
      throw InvalidInputException.of("audience", audience + " participants are not admitted"
          + " (admitted: " + policy.audiences() + ")");
    }
    Optional<Enrollment> current = find(person);
    if (current.isPresent() && current.get().status() != EnrollmentStatus.CANCELLED) {
      throw InvalidInputException.of("person", person + " is already enrolled ("
          + current.get().status() + ")");
    }
    Enrollment e = Enrollment.builder().person(person).audience(audience).track(track)
        .status(status).sequence(nextSequence).build();
    List<Enrollment> next = new ArrayList<>(enrollments.size() + 1);
    enrollments.stream().filter(x -> !x.person().equals(person)).forEach(next::add);
    next.add(e);
    return new Roster(policy, next);
  }

  private Enrollment require(PersonId person, EnrollmentStatus status, String action) {
    Enrollment e = find(person).orElseThrow(() -> InvalidInputException.of("person",
        person + " is not enrolled"));
    if (e.status() != status) {
      throw InvalidInputException.of("person", "cannot " + action + " " + person
          + ": the enrolment is " + e.status() + ", not " + status);
    }
    return e;
  }

  private Roster replace(Enrollment changed) {
    List<Enrollment> next = new ArrayList<>(enrollments.size());
    for (Enrollment e : enrollments) {
      next.add(e.person().equals(changed.person()) ? changed : e);
    }
    return new Roster(policy, next);
  }

  @Override
  public String toString() {
    return "Roster{" + placesHeld() + "/" + policy.capacity() + " places held, "
        + waitingList().size() + " waiting}";
  }
}
