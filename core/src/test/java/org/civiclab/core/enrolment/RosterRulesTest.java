package org.civiclab.core.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.selection.Quota;
import org.junit.jupiter.api.Test;

/**
 * The roster's refusals word for word, its summary line, its sequence numbers and how it treats
 * an order that declines or misbehaves: the edges the random walks reach only by chance.
 */
class RosterRulesTest {
  private static final PersonId A = PersonId.of("a");
  private static final PersonId B = PersonId.of("b");
  private static final PersonId C = PersonId.of("c");

  private static Roster reg(Roster r, PersonId p, Audience a) {
    return r.register(p, a, Optional.empty());
  }

  private static Problem only(InvalidInputException e) {
    assertEquals(1, e.problems().size(), e.problems().toString());
    return e.problems().get(0);
  }

  // toString counts places held against capacity and the people waiting
  @Test
  void summaryLineCountsHeldPlacesAndWaitingPeople() {
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(2));
    assertEquals("Roster{0/2 places held, 0 waiting}", r.toString());
    r = reg(reg(reg(r, A, Audience.STAFF), B, Audience.STAFF), C, Audience.EXTERNAL);
    assertEquals("Roster{2/2 places held, 1 waiting}", r.toString());
  }

  // registering with a free place gives the place at once, in sequence 0, 1, 2...
  @Test
  void aFreePlaceIsGivenAtOnceAndSequencesCountUp() {
    Roster r = reg(Roster.empty(EnrollmentPolicy.ofCapacity(3)), A, Audience.STAFF);
    assertEquals(EnrollmentStatus.REGISTERED, r.find(A).orElseThrow().status());
    assertEquals(0, r.find(A).orElseThrow().sequence());
    assertEquals(1, r.placesHeld());
    assertEquals(1, r.placesHeld(Audience.STAFF));
    assertEquals(0, r.placesHeld(Audience.EXTERNAL));
    assertTrue(r.waitingList().isEmpty());
    r = reg(r, B, Audience.EXTERNAL);
    assertEquals(1, r.find(B).orElseThrow().sequence());
    // cancelling and registering again puts the person at the end, with a new sequence
    r = reg(r.cancel(A), A, Audience.STAFF);
    assertEquals(2, r.find(A).orElseThrow().sequence());
    assertEquals(List.of(B, A), r.enrollments().stream().map(Enrollment::person).toList());
    assertEquals(Optional.empty(), r.find(C));
  }

  // hasPlaceFor is false exactly at the capacity and exactly at an audience's cap
  @Test
  void hasPlaceForStopsExactlyAtTheLimits() {
    EnrollmentPolicy policy = EnrollmentPolicy.builder().capacity(3).staffPlaces(1).build();
    Roster r = Roster.empty(policy);
    assertTrue(r.hasPlaceFor(Audience.STAFF));
    r = reg(r, A, Audience.STAFF);
    assertEquals(false, r.hasPlaceFor(Audience.STAFF));
    assertTrue(r.hasPlaceFor(Audience.EXTERNAL));
    r = reg(r, B, Audience.EXTERNAL);
    assertTrue(r.hasPlaceFor(Audience.EXTERNAL));
    r = reg(r, C, Audience.EXTERNAL);
    assertEquals(false, r.hasPlaceFor(Audience.EXTERNAL));
    assertEquals(3, r.placesHeld());
  }

  // confirmed and completed people keep holding their place
  @Test
  void confirmedAndCompletedHoldPlaces() {
    Roster r = reg(reg(Roster.empty(EnrollmentPolicy.ofCapacity(1)), A, Audience.STAFF), B,
        Audience.STAFF);
    r = r.confirm(A);
    assertEquals(EnrollmentStatus.CONFIRMED, r.find(A).orElseThrow().status());
    assertEquals(EnrollmentStatus.WAITLISTED, r.find(B).orElseThrow().status());
    r = r.complete(A);
    assertEquals(EnrollmentStatus.COMPLETED, r.find(A).orElseThrow().status());
    assertEquals(EnrollmentStatus.WAITLISTED, r.find(B).orElseThrow().status());
    assertEquals(1, r.placesHeld());
    assertEquals(List.of(A), r.withStatus(EnrollmentStatus.COMPLETED).stream()
        .map(Enrollment::person).toList());
  }

  @Test
  void refusalsNameThePersonAndTheState() {
    Roster r = reg(Roster.empty(EnrollmentPolicy.ofCapacity(1)), A, Audience.STAFF);
    Roster one = r;
    assertEquals(Problem.at("person", "cannot complete a: the enrolment is REGISTERED, not"
        + " CONFIRMED"), only(assertThrows(InvalidInputException.class, () -> one.complete(A))));
    assertEquals(Problem.at("person", "b is not enrolled"),
        only(assertThrows(InvalidInputException.class, () -> one.confirm(B))));
    assertEquals(Problem.at("person", "b is not enrolled"),
        only(assertThrows(InvalidInputException.class, () -> one.cancel(B))));
    assertEquals(Problem.at("person", "a is already enrolled (REGISTERED)"),
        only(assertThrows(InvalidInputException.class, () -> reg(one, A, Audience.STAFF))));
    assertEquals(Problem.at("person", "a is already enrolled (REGISTERED)"),
        only(assertThrows(InvalidInputException.class,
            () -> one.apply(A, Audience.STAFF, Optional.empty()))));
    Roster cancelled = one.cancel(A);
    assertEquals(Problem.at("person", "cannot cancel a: the enrolment is CANCELLED"),
        only(assertThrows(InvalidInputException.class, () -> cancelled.cancel(A))));
    Roster done = one.confirm(A).complete(A);
    assertEquals(Problem.at("person", "cannot cancel a: the enrolment is COMPLETED"),
        only(assertThrows(InvalidInputException.class, () -> done.cancel(A))));
  }

  // an applicant may cancel; a waiting person may cancel and frees nobody's place
  @Test
  void applicantsAndWaitingPeopleMayCancel() {
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(1)).apply(A, Audience.STAFF,
        Optional.empty());
    assertEquals(EnrollmentStatus.CANCELLED, r.cancel(A).find(A).orElseThrow().status());
    r = reg(reg(r, B, Audience.STAFF), C, Audience.STAFF).cancel(C);
    assertEquals(EnrollmentStatus.CANCELLED, r.find(C).orElseThrow().status());
    assertEquals(EnrollmentStatus.REGISTERED, r.find(B).orElseThrow().status());
  }

  @Test
  void anAudienceNotAdmittedIsRefusedWithTheAdmittedOnes() {
    EnrollmentPolicy policy = EnrollmentPolicy.builder().capacity(2)
        .audiences(Set.of(Audience.EXTERNAL)).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Roster.empty(policy).apply(A, Audience.STAFF, Optional.empty()));
    assertEquals(Problem.at("audience", "STAFF participants are not admitted (admitted:"
        + " [EXTERNAL])"), only(e));
  }

  // Roster.of refuses enrolments that break the policy, with the policy's own problems
  @Test
  void existingEnrolmentsMustFitThePolicy() {
    List<Enrollment> two = List.of(
        Enrollment.builder().person(A).audience(Audience.STAFF)
            .status(EnrollmentStatus.REGISTERED).sequence(0).build(),
        Enrollment.builder().person(B).audience(Audience.EXTERNAL)
            .status(EnrollmentStatus.REGISTERED).sequence(4).build());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Roster.of(EnrollmentPolicy.ofCapacity(1), two));
    assertEquals(Problem.at("", "2 people hold places but the capacity is 1"), only(e));
    Roster ok = Roster.of(EnrollmentPolicy.ofCapacity(2), two);
    assertEquals(2, ok.placesHeld());
    assertSame(WaitingListOrder.registration(), ok.order());
    // the next registration continues after the highest sequence
    assertEquals(5, reg(ok, C, Audience.STAFF).find(C).orElseThrow().sequence());
  }

  @Test
  void aPolicyThatDoesNotFitIsRefusedUnderPolicy() {
    Roster full = reg(reg(Roster.empty(EnrollmentPolicy.ofCapacity(2)), A, Audience.STAFF), B,
        Audience.EXTERNAL);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> full.withCapacity(1));
    assertEquals(Problem.at("policy", "cannot change the policy: 2 people hold places but the"
        + " capacity is 1; cancel places first"), only(e));
    EnrollmentPolicy staffCap = EnrollmentPolicy.builder().capacity(2).staffPlaces(1).build();
    Roster staff = reg(reg(Roster.empty(EnrollmentPolicy.ofCapacity(2)), A, Audience.STAFF), B,
        Audience.STAFF);
    InvalidInputException e2 = assertThrows(InvalidInputException.class,
        () -> staff.withPolicy(staffCap));
    assertEquals(Problem.at("policy", "cannot change the policy: 2 staff hold places but only 1"
        + " are for staff; cancel places first"), only(e2));
    assertEquals(staffCap, reg(Roster.empty(EnrollmentPolicy.ofCapacity(2)), A,
        Audience.STAFF).withPolicy(staffCap).policy());
  }

  // an order that declines leaves the place free and the person waiting
  @Test
  void anOrderThatDeclinesLeavesThePlaceFree() {
    WaitingListOrder nobody = order("nobody", Optional.empty());
    Roster r = reg(Roster.empty(EnrollmentPolicy.ofCapacity(2)).withOrder(nobody), A,
        Audience.STAFF);
    assertEquals(EnrollmentStatus.WAITLISTED, r.find(A).orElseThrow().status());
    assertEquals(0, r.placesHeld());
    assertSame(nobody, r.order());
    // back to registration order: the free place is given now
    Roster now = r.withOrder(WaitingListOrder.registration());
    assertEquals(EnrollmentStatus.REGISTERED, now.find(A).orElseThrow().status());
  }

  // an order that picks somebody outside the candidates is a programming error, named
  @Test
  void anOrderThatPicksAnOutsiderIsAnError() {
    Enrollment outsider = Enrollment.builder().person(C).audience(Audience.STAFF)
        .status(EnrollmentStatus.WAITLISTED).sequence(99).build();
    WaitingListOrder rogue = order("rogue", Optional.of(outsider));
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(1)).withOrder(rogue);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> reg(r, A, Audience.STAFF));
    assertEquals("rogue chose c, who is not among the waiting people with a free place",
        e.getMessage());
  }

  // promotion stops at the capacity although more people wait with their audience open
  @Test
  void raisingTheCapacityPromotesExactlyTheNewPlaces() {
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(1));
    for (String s : new String[] {"a", "b", "c", "d"}) {
      r = reg(r, PersonId.of(s), Audience.EXTERNAL);
    }
    r = r.withCapacity(3);
    assertEquals(3, r.placesHeld());
    assertEquals(List.of(PersonId.of("d")), r.waitingList().stream().map(Enrollment::person)
        .toList());
    assertEquals(3, r.policy().capacity());
  }

  @Test
  void ordersDescribeThemselves() {
    assertEquals("registration order", WaitingListOrder.registration().describe());
    assertEquals("by score, highest first (2 scores), then registration order",
        WaitingListOrder.byScore(Map.of(A, 1.0, B, 2.0)).describe());
    assertEquals("keeping 1 quota(s), then by score, highest first (0 scores), then"
        + " registration order", WaitingListOrder.keepingQuotas(
            List.of(Quota.atMost("gender", "man", 1)), Map.of(),
            WaitingListOrder.byScore(Map.of())).describe());
  }

  @Test
  void infiniteScoresAreRefusedWordForWord() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WaitingListOrder.byScore(Map.of(A, Double.POSITIVE_INFINITY)));
    assertEquals(Problem.at("scores[a]", "score Infinity is not a finite number"), only(e));
    // a finite score, however large, is fine; equal scores fall back to registration order
    WaitingListOrder o = WaitingListOrder.byScore(Map.of(A, Double.MAX_VALUE, B, 1.0, C, 1.0));
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(1)).withOrder(o);
    r = reg(reg(reg(reg(r, PersonId.of("z"), Audience.STAFF), C, Audience.STAFF), B,
        Audience.STAFF), A, Audience.STAFF);
    assertEquals(List.of(A, C, B), r.waitingList().stream().map(Enrollment::person).toList());
  }

  // negative scores rank below zero and above no score
  @Test
  void negativeScoresRankAboveNoScore() {
    WaitingListOrder o = WaitingListOrder.byScore(Map.of(A, -2.0, B, 0.0));
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(1)).withOrder(o);
    r = reg(reg(reg(reg(r, PersonId.of("z"), Audience.STAFF), C, Audience.STAFF), A,
        Audience.STAFF), B, Audience.STAFF);
    assertEquals(List.of(B, A, C), r.waitingList().stream().map(Enrollment::person).toList());
  }

  /** An order in registration sequence that always proposes {@code pick}, whoever waits. */
  private static WaitingListOrder order(String name, Optional<Enrollment> pick) {
    return new WaitingListOrder() {
      @Override
      public Comparator<Enrollment> ranking() {
        return Comparator.comparingLong(Enrollment::sequence);
      }

      @Override
      public Optional<Enrollment> next(List<Enrollment> ranked, Roster roster) {
        return pick;
      }

      @Override
      public String describe() {
        return name;
      }
    };
  }
}
