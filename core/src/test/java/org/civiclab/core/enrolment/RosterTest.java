package org.civiclab.core.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

class RosterTest {
  private static final PersonId A = PersonId.of("a");
  private static final PersonId B = PersonId.of("b");
  private static final PersonId C = PersonId.of("c");
  private static final PersonId D = PersonId.of("d");

  private static Roster register(Roster r, PersonId p, Audience a) {
    return r.register(p, a, Optional.empty());
  }

  @Test
  void beyondCapacityWaitlistsAndCancellationPromotesTheEarliest() {
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(2));
    r = register(r, A, Audience.STAFF);
    r = register(r, B, Audience.EXTERNAL);
    r = register(r, C, Audience.EXTERNAL);
    r = register(r, D, Audience.STAFF);
    assertEquals(EnrollmentStatus.WAITLISTED, r.find(C).get().status());
    assertEquals(EnrollmentStatus.WAITLISTED, r.find(D).get().status());
    r = r.cancel(A);
    assertEquals(EnrollmentStatus.REGISTERED, r.find(C).get().status(), "C registered first");
    assertEquals(EnrollmentStatus.WAITLISTED, r.find(D).get().status());
  }

  @Test
  void aFullAudienceIsPassedOverButKeepsItsPosition() {
    EnrollmentPolicy policy = EnrollmentPolicy.builder().capacity(2).externalPlaces(1).build();
    Roster r = Roster.empty(policy);
    r = register(r, A, Audience.EXTERNAL);
    r = register(r, B, Audience.STAFF);
    r = register(r, C, Audience.EXTERNAL);
    r = register(r, D, Audience.STAFF);
    r = r.cancel(B);
    // C is first in line but the external place is taken: D (staff) is promoted
    assertEquals(EnrollmentStatus.WAITLISTED, r.find(C).get().status());
    assertEquals(EnrollmentStatus.REGISTERED, r.find(D).get().status());
    r = r.cancel(A);
    assertEquals(EnrollmentStatus.REGISTERED, r.find(C).get().status());
  }

  @Test
  void staffOnlyProgramsRefuseExternals() {
    EnrollmentPolicy policy = EnrollmentPolicy.builder().capacity(5)
        .audiences(Set.of(Audience.STAFF)).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> register(Roster.empty(policy), A, Audience.EXTERNAL));
    assertEquals("audience", e.problems().get(0).path());
  }

  @Test
  void loweringCapacityBelowHeldPlacesIsRefusedAndRaisingItPromotes() {
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(2));
    r = register(register(register(r, A, Audience.STAFF), B, Audience.STAFF), C, Audience.STAFF);
    Roster full = r;
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> full.withCapacity(1));
    assertTrue(e.getMessage().contains("capacity is 1"), e.getMessage());
    r = r.withCapacity(3);
    assertEquals(EnrollmentStatus.REGISTERED, r.find(C).get().status());
  }

  @Test
  void applicantsKeepTheirPlaceInLine() {
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(1));
    r = r.apply(A, Audience.STAFF, Optional.empty());
    r = register(r, B, Audience.STAFF);
    r = register(r, A, Audience.STAFF);
    assertEquals(EnrollmentStatus.WAITLISTED, r.find(A).get().status());
    r = r.cancel(B);
    assertEquals(EnrollmentStatus.REGISTERED, r.find(A).get().status());
    assertEquals(0, r.find(A).get().sequence(), "the application's position is kept");
  }

  @Test
  void statusTransitionsAreChecked() {
    Roster r = register(Roster.empty(EnrollmentPolicy.ofCapacity(1)), A, Audience.STAFF);
    Roster registered = r;
    assertThrows(InvalidInputException.class, () -> registered.complete(A));
    r = r.confirm(A).complete(A);
    Roster done = r;
    assertThrows(InvalidInputException.class, () -> done.cancel(A));
    assertThrows(InvalidInputException.class, () -> done.confirm(B));
  }
}
