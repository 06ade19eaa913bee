package org.civiclab.core.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.FindingId;
import org.civiclab.core.model.FollowUpAction;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/** An outreach meeting's findings become commitments, its follow-ups their actions. */
class CommitmentsFromOutreachTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  private static OutreachMeeting.Builder visit(String id) {
    return OutreachMeeting.builder().id(EventId.of(id)).community("Omalo").country("GE")
        .addLeaders(PersonId.of("nino"))
        .when(TimeSpan.on(DAY, LocalTime.of(11, 0), LocalTime.of(14, 0),
            ZoneId.of("Asia/Tbilisi")));
  }

  private static Finding finding(String id, String issue) {
    return Finding.builder().id(FindingId.of(id)).issue(issue).build();
  }

  private static FollowUpAction followUp(String finding, String what, ActionStatus s) {
    return FollowUpAction.builder().finding(FindingId.of(finding))
        .partner(OrganizationId.of("org-" + finding.substring(0, 2))).action(what).status(s).build();
  }

  // Each finding is one commitment in order; follow-ups are numbered across the whole meeting,
  // owned by their partner, and only a non-open status becomes a change on the meeting's day.
  @Test
  void findingsBecomeCommitmentsAndFollowUpsTheirActions() {
    OutreachMeeting m = visit("v1")
        .addFindings(Finding.builder().id(FindingId.of("f1")).issue("no water")
            .category("water").build(), finding("f2", "road"), finding("f3", "school"))
        .addFollowUps(followUp("f2", "grade it", ActionStatus.IN_PROGRESS).withDue(
            DAY.plusDays(30)), followUp("f1", "dig a well", ActionStatus.OPEN),
            followUp("f2", "ask the region", ActionStatus.DONE))
        .build();
    List<Commitment> cs = Commitments.fromOutreach(m);
    assertEquals(List.of("v1.f1", "v1.f2", "v1.f3"),
        cs.stream().map(c -> c.id().value()).toList());
    Commitment water = cs.get(0);
    assertEquals(CommitmentKind.FINDING, water.kind());
    assertEquals("no water", water.text());
    assertEquals(Optional.of("water"), water.category());
    assertEquals(EventId.of("v1"), water.madeAt());
    assertEquals(DAY, water.madeOn());
    assertEquals(List.of(ActionId.of("f1.2")), water.actions().stream().map(Action::id)
        .toList());
    assertEquals(List.of(), water.actions().get(0).history());
    assertEquals(Optional.of(OrganizationId.of("org-f1")),
        water.actions().get(0).ownerOrganization());
    assertEquals(Optional.empty(), water.actions().get(0).ownerPerson());
    Commitment road = cs.get(1);
    assertEquals(Optional.empty(), road.category());
    assertEquals(List.of("f2.1", "f2.3"), road.actions().stream().map(a -> a.id().value())
        .toList());
    Action grade = road.actions().get(0);
    assertEquals("grade it", grade.what());
    assertEquals(Optional.of(DAY.plusDays(30)), grade.due());
    assertEquals(List.of(StatusChange.of(DAY, ActionStatus.IN_PROGRESS)), grade.history());
    assertEquals(List.of(StatusChange.of(DAY, ActionStatus.DONE)),
        road.actions().get(1).history());
    assertEquals(Optional.empty(), road.actions().get(1).due());
    assertEquals(List.of(), cs.get(2).actions());
    assertEquals(List.of(), Commitments.fromOutreach(visit("v2").build()));
  }

  // Ids longer than 128 characters are cut to 128; one of exactly 128 is kept whole.
  @Test
  void longIdsAreClippedTo128Characters() {
    String f127 = "f".repeat(127);
    String f128 = "g".repeat(128);
    OutreachMeeting m = visit("v").addFindings(finding(f127, "a"), finding(f128, "b"))
        .addFollowUps(followUp(f127, "x", ActionStatus.OPEN),
            followUp(f128, "y", ActionStatus.OPEN)).build();
    List<Commitment> cs = Commitments.fromOutreach(m);
    assertEquals(CommitmentId.of("v." + "f".repeat(126)), cs.get(0).id());
    assertEquals(ActionId.of(f127 + "."), cs.get(0).actions().get(0).id());
    assertEquals(CommitmentId.of("v." + "g".repeat(126)), cs.get(1).id());
    assertEquals(ActionId.of(f128), cs.get(1).actions().get(0).id());
    OutreachMeeting exact = visit("v").addFindings(finding("f".repeat(126), "a")).build();
    assertEquals(CommitmentId.of("v." + "f".repeat(126)),
        Commitments.fromOutreach(exact).get(0).id());
  }
}
