package org.civiclab.core.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.selection.Quota;
import org.junit.jupiter.api.Test;

/**
 * Quota keeping with two minima at once, people without the attribute, and minima served
 * before the inner order: cases the one-quota model in {@link RosterOrderTest} cannot reach.
 */
class QuotaKeepingTest {
  private static final PersonId MAN_LV = PersonId.of("man-lv");
  private static final PersonId WOMAN_LV = PersonId.of("woman-lv");
  private static final PersonId WOMAN_SE = PersonId.of("woman-se");
  private static final PersonId MAN_SE = PersonId.of("man-se");
  private static final PersonId NOBODY = PersonId.of("nobody");

  private static final Map<PersonId, Map<String, String>> ATTRIBUTES = Map.of(
      MAN_LV, Map.of("gender", "man", "country", "LV"),
      WOMAN_LV, Map.of("gender", "woman", "country", "LV"),
      WOMAN_SE, Map.of("gender", "woman", "country", "SE"),
      MAN_SE, Map.of("gender", "man", "country", "SE"));

  private static Roster twoMinima(int capacity, WaitingListOrder within) {
    return Roster.empty(EnrollmentPolicy.ofCapacity(capacity)).withOrder(
        WaitingListOrder.keepingQuotas(List.of(Quota.atLeast("gender", "woman", 1),
            Quota.atLeast("country", "SE", 1)), ATTRIBUTES, within));
  }

  private static Roster reg(Roster r, PersonId p) {
    return r.register(p, Audience.EXTERNAL, Optional.empty());
  }

  private static EnrollmentStatus status(Roster r, PersonId p) {
    return r.find(p).orElseThrow().status();
  }

  // two places held for two minima: a man from LV waits; a Swedish woman fills both at once,
  // after which one place is free for him
  @Test
  void onePersonFillingTwoMinimaReleasesAPlace() {
    Roster r = reg(twoMinima(2, WaitingListOrder.registration()), MAN_LV);
    assertEquals(EnrollmentStatus.WAITLISTED, status(r, MAN_LV));
    assertEquals(0, r.placesHeld());
    r = reg(r, WOMAN_SE);
    assertEquals(EnrollmentStatus.REGISTERED, status(r, WOMAN_SE));
    assertEquals(EnrollmentStatus.REGISTERED, status(r, MAN_LV));
  }

  // a Latvian woman fills one minimum; the last place stays held for a Swede
  @Test
  void theLastPlaceIsHeldForTheMinimumStillShort() {
    Roster r = reg(reg(twoMinima(2, WaitingListOrder.registration()), WOMAN_LV), MAN_LV);
    assertEquals(EnrollmentStatus.REGISTERED, status(r, WOMAN_LV));
    assertEquals(EnrollmentStatus.WAITLISTED, status(r, MAN_LV));
    r = reg(r, NOBODY);
    assertEquals(EnrollmentStatus.WAITLISTED, status(r, NOBODY), "no attributes: no stratum");
    r = reg(r, MAN_SE);
    assertEquals(EnrollmentStatus.REGISTERED, status(r, MAN_SE));
    assertEquals(EnrollmentStatus.WAITLISTED, status(r, MAN_LV));
    assertEquals(2, r.placesHeld());
    // with a third place and both minima met, the earliest waiting person comes in
    r = r.withCapacity(3);
    assertEquals(EnrollmentStatus.REGISTERED, status(r, MAN_LV));
    assertEquals(EnrollmentStatus.WAITLISTED, status(r, NOBODY));
  }

  // a short minimum beats a higher score; once met, scores decide again
  @Test
  void aShortMinimumGoesBeforeAHigherScore() {
    WaitingListOrder byScore = WaitingListOrder.byScore(Map.of(MAN_LV, 9.0, MAN_SE, 8.0,
        WOMAN_LV, 1.0, NOBODY, 5.0));
    Roster r = Roster.empty(EnrollmentPolicy.ofCapacity(1));
    for (PersonId p : List.of(MAN_LV, MAN_SE, NOBODY, WOMAN_LV, WOMAN_SE)) {
      r = reg(r, p);
    }
    r = r.withCapacity(1).withOrder(WaitingListOrder.keepingQuotas(
        List.of(Quota.between("gender", "woman", 1, 1)), ATTRIBUTES, byScore));
    // MAN_LV got the first place in registration order; now a second place frees up
    r = r.withCapacity(2);
    assertEquals(EnrollmentStatus.REGISTERED, status(r, WOMAN_LV), "the minimum first");
    r = r.withCapacity(3);
    assertEquals(EnrollmentStatus.REGISTERED, status(r, MAN_SE), "then the best score");
    // the women's maximum is 1: WOMAN_SE waits although a place is free
    r = r.withCapacity(5);
    assertEquals(EnrollmentStatus.REGISTERED, status(r, NOBODY));
    assertEquals(EnrollmentStatus.WAITLISTED, status(r, WOMAN_SE));
    assertEquals(4, r.placesHeld());
    assertEquals(List.of(WOMAN_SE), r.waitingList().stream().map(Enrollment::person).toList());
  }
}
