package org.civiclab.core.commitment;

import static org.civiclab.core.commitment.ActionTest.D0;
import static org.civiclab.core.commitment.ActionTest.action;
import static org.civiclab.core.commitment.ActionTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.EventId;
import org.junit.jupiter.api.Test;

/** A commitment's actions and reviews come after it was made, each break at its own path. */
class CommitmentCheckTest {
  private static final EventId MEETING = EventId.of("m1");

  private static Commitment.Builder made() {
    return Commitment.builder().id(CommitmentId.of("c")).kind(CommitmentKind.DECISION)
        .text("fix the road").madeAt(MEETING).madeOn(D0);
  }

  private static Review review(String at, int day) {
    return Review.builder().at(EventId.of(at)).on(D0.plusDays(day)).build();
  }

  // A status change on the day the commitment was made is fine; one day earlier is not.
  @Test
  void statusChangesStartOnTheDayItWasMade() {
    assertEquals(1, made().addActions(action("a").addHistory(StatusChange.of(D0,
        ActionStatus.DONE)).build()).build().actions().size());
    assertEquals(List.of(
        "actions[2].history[0].on: status change on 2025-02-27 is before the commitment was"
            + " made on 2025-03-01",
        "actions[2].history[1].on: status change on 2025-02-28 is before the commitment was"
            + " made on 2025-03-01"), problems(() -> made().addActions(action("a").build(),
                action("b").addHistory(StatusChange.of(D0, ActionStatus.IN_PROGRESS)).build(),
                action("c").addHistory(StatusChange.of(D0.minusDays(2), ActionStatus.OPEN),
                    StatusChange.of(D0.minusDays(1), ActionStatus.DONE)).build()).build()));
  }

  // A review comes strictly after the day made, at another meeting, in date order (ties ok).
  @Test
  void reviewsComeLaterAtOtherMeetingsInOrder() {
    assertEquals(List.of("reviews[0].on: a review on 2025-03-01 must come after the commitment"
        + " was made on 2025-03-01"), problems(() -> made().addReviews(review("m2", 0))
            .build()));
    assertEquals(List.of("reviews[0].at: a review happens at a later meeting, not at the one"
        + " the commitment was made at"), problems(() -> made().addReviews(review("m1", 1))
            .build()));
    assertEquals(List.of("reviews[2].on: reviews come in date order"), problems(() -> made()
        .addReviews(review("m2", 1), review("m3", 5), review("m4", 4)).build()));
    assertEquals(3, made().addReviews(review("m2", 1), review("m3", 1), review("m4", 2)).build()
        .reviews().size());
  }

  // Action ids are unique; text and category are visible text.
  @Test
  void actionIdsAreUniqueAndTextsVisible() {
    assertEquals("actions[1].id", problems(() -> made().addActions(action("a").build(),
        action("a").build()).build()).get(0).split(":")[0]);
    assertEquals("text", problems(() -> made().text(" ").build()).get(0).split(":")[0]);
    assertEquals("category", problems(() -> made().category(" ").build()).get(0)
        .split(":")[0]);
    assertEquals("water", made().category("water").build().category().orElseThrow());
  }
}
