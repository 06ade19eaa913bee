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
 * Whenever places free up (a registration, a cancellation, a larger capacity or cap), the
 * roster's {@link WaitingListOrder} chooses among the waiting people whose audience still has a
 * free place, one at a time, until no place is left or the order chooses nobody. The default,
 * {@link WaitingListOrder#registration()}, serves the earliest registration first (ascending
 * {@link Enrollment#sequence()}); {@link WaitingListOrder#byScore} and
 * {@link WaitingListOrder#keepingQuotas} are the others ({@link #withOrder}). A person whose
 * audience's places are full keeps their position and is passed over only for as long as
 * their audience is full.
 *
 * <h2>Guarantees</h2>
 * Places held never exceed the capacity or an audience's cap; every person appears exactly
 * once; nobody registered is ever dropped. Lowering the capacity below the places already
 * held is refused: nobody loses a place they were given. Immutable and thread-safe.
 *
 * <p>For example:
 * {@snippet :
 * Roster roster = Roster.empty(EnrollmentPolicy.ofCapacity(1))
 *     .register(PersonId.of("anna"), Audience.STAFF, Optional.empty())     // REGISTERED
 *     .register(PersonId.of("boris"), Audience.EXTERNAL, Optional.empty()) // WAITLISTED
 *     .cancel(PersonId.of("anna"));                                         // boris moves up
 * roster.waitingList();                                                     // empty
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class Roster {
  private final EnrollmentPolicy policy;
  private final WaitingListOrder order;
  private final ImmutableList<Enrollment> enrollments;
  private final long nextSequence;

  private Roster(EnrollmentPolicy policy, WaitingListOrder order, List<Enrollment> enrollments) {
    this.policy = policy;
    this.order = order;
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
    return new Roster(policy, WaitingListOrder.registration(), List.of());
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
    return new Roster(policy, WaitingListOrder.registration(), enrollments);
  }

  /**
   * The same roster served in another order; anyone that order would promote into a place
   * already free is promoted now.
   *
   * @param newOrder who gets a freed place
   * @return the new roster
   */
  public Roster withOrder(WaitingListOrder newOrder) {
    return new Roster(policy, newOrder, enrollments).promote();
  }

  /** @return who gets a freed place; registration order unless {@link #withOrder} says else */
  public WaitingListOrder order() {
    return order;
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

  /**
   * @return the waiting list in its {@linkplain WaitingListOrder#ranking() ranking}: the order
   *     it is served in while every audience has room and the order passes nobody over
   */
  public ImmutableList<Enrollment> waitingList() {
    return ImmutableList.sortedCopyOf(order.ranking(), withStatus(EnrollmentStatus.WAITLISTED));
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
   * Registers a person: a place when one is free for their audience and the
   * {@linkplain #order() order} gives it to them (registration order and scores always do;
   * a quota-keeping order may not), else the waiting list. An applicant keeps their position
   * in the registration order.
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
      return replace(current.get().withStatus(EnrollmentStatus.WAITLISTED)).promote();
    }
    return enter(person, audience, track, EnrollmentStatus.WAITLISTED).promote();
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
    return new Roster(newPolicy, order, enrollments).promote();
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
    Roster roster = this;
    while (roster.placesHeld() < policy.capacity()) {
      Roster current = roster;
      List<Enrollment> ranked = current.waitingList().stream()
          .filter(e -> current.hasPlaceFor(e.audience()))
          .collect(ImmutableList.toImmutableList());
      if (ranked.isEmpty()) {
        break;
      }
      Optional<Enrollment> chosen = order.next(ranked, current);
      if (chosen.isEmpty()) {
        break;
      }
      if (!ranked.contains(chosen.get())) {
        throw new IllegalStateException(order.describe() + " chose " + chosen.get().person()
            + ", who is not among the waiting people with a free place");
      }
      roster = current.replace(chosen.get().withStatus(EnrollmentStatus.REGISTERED));
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
    return new Roster(policy, order, next);
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
    return new Roster(policy, order, next);
  }

  @Override
  public String toString() {
    return "Roster{" + placesHeld() + "/" + policy.capacity() + " places held, "
        + waitingList().size() + " waiting}";
  }
}
