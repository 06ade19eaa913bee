package org.civiclab.core.analysis;

import static org.civiclab.core.analysis.AnalysesTest.assertRow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.CommitmentKind;
import org.civiclab.core.commitment.Review;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link CommitmentAnalyses} on hand-made commitments with exact cells: status and
 * overdue on and around due days, done on time on the due day itself, days to close, the owner
 * column, and the by-owner and by-sector sums with their rounded mean days to close.
 */
class CommitmentAnalysesTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 5, 1);

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2024, month, dayOfMonth);
  }

  private static Action action(String id, Optional<String> person, Optional<String> org,
      Optional<LocalDate> due, StatusChange... history) {
    Action.Builder b = Action.builder().id(ActionId.of(id)).what("do " + id)
        .addHistory(history);
    person.ifPresent(p -> b.ownerPerson(PersonId.of(p)));
    org.ifPresent(o -> b.ownerOrganization(OrganizationId.of(o)));
    due.ifPresent(b::due);
    return b.build();
  }

  private static Action byPerson(String id, String person, Optional<LocalDate> due,
      StatusChange... history) {
    return action(id, Optional.of(person), Optional.empty(), due, history);
  }

  private static Action byOrg(String id, String org, Optional<LocalDate> due,
      StatusChange... history) {
    return action(id, Optional.empty(), Optional.of(org), due, history);
  }

  private static StatusChange on(LocalDate d, ActionStatus s) {
    return StatusChange.of(d, s);
  }

  /**
   * The course of {@link AnalysesTest} with two commitments. In the directory of
   * {@link AnalysesTest}, a works at gov (government), c has no organisation, ngo is civil
   * society; zz and ghost are unknown.
   */
  static Program program() {
    Commitment c1 = Commitment.builder().id(CommitmentId.of("c1"))
        .kind(CommitmentKind.RECOMMENDATION).text("fix it").madeAt(EventId.of("s1"))
        .madeOn(day(3, 4))
        .addActions(
            byPerson("a1", "a", Optional.of(day(4, 1)), on(day(3, 10), ActionStatus.IN_PROGRESS),
                on(day(3, 25), ActionStatus.DONE)),
            byOrg("a2", "ngo", Optional.of(day(4, 1)), on(day(4, 10), ActionStatus.DONE)),
            byPerson("a3", "c", Optional.of(day(3, 20))),
            byOrg("a4", "ngo", Optional.empty(), on(day(3, 15), ActionStatus.DROPPED)),
            byPerson("a5", "zz", Optional.of(day(6, 1)), on(day(3, 20),
                ActionStatus.IN_PROGRESS)),
            byPerson("a6", "a", Optional.empty(), on(day(3, 6), ActionStatus.DONE)),
            byOrg("a7", "ngo", Optional.empty(), on(day(3, 5), ActionStatus.DONE)),
            byOrg("a8", "ghost", Optional.of(day(4, 30))))
        .build();
    Commitment c2 = Commitment.builder().id(CommitmentId.of("c2"))
        .kind(CommitmentKind.FINDING).text("no water").madeAt(EventId.of("s2"))
        .madeOn(day(3, 11))
        .addReviews(Review.builder().at(EventId.of("s3")).on(day(4, 8)).build(),
            Review.builder().at(EventId.of("s1")).on(day(4, 9)).build())
        .addActions(byOrg("b1", "gov", Optional.of(day(3, 31)),
            on(day(3, 31), ActionStatus.DONE)))
        .build();
    return AnalysesTest.course().withCommitments(List.of(c1, c2));
  }

  @Test
  void everyActionHasItsStatusOverdueOnTimeAndDaysToClose() {
    Table t = CommitmentAnalyses.actions(List.of(program()), AS_OF);
    assertEquals("follow-up actions as of 2024-05-01", t.title());
    assertEquals(9, t.size());
    assertRow(t, 0, "program", "p", "commitment", "c1", "kind", "RECOMMENDATION",
        "made at", "s1", "action", "a1", "owner", "a", "due", "2024-04-01", "status", "DONE",
        "overdue", "no", "done on time", "yes", "days to close", 21L, "reviews", 0L);
    assertRow(t, 1, "action", "a2", "owner", "ngo", "status", "DONE", "overdue", "no",
        "done on time", "no", "days to close", 37L);
    assertRow(t, 2, "action", "a3", "owner", "c", "due", "2024-03-20", "status", "OPEN",
        "overdue", "yes", "done on time", "no", "days to close", "");
    assertRow(t, 3, "action", "a4", "due", "", "status", "DROPPED", "overdue", "no",
        "done on time", "no", "days to close", 11L);
    assertRow(t, 4, "action", "a5", "owner", "zz", "status", "IN_PROGRESS", "overdue", "no");
    assertRow(t, 5, "action", "a6", "done on time", "yes", "days to close", 2L);
    assertRow(t, 8, "commitment", "c2", "kind", "FINDING", "made at", "s2", "action", "b1",
        "owner", "gov", "status", "DONE", "done on time", "yes", "days to close", 20L,
        "reviews", 2L);
  }

  @Test
  void statusAndOverdueAreReadOnTheDayAsked() {
    Table before = CommitmentAnalyses.actions(List.of(program()), day(3, 20));
    assertRow(before, 0, "action", "a1", "status", "IN_PROGRESS", "overdue", "no");
    assertRow(before, 1, "action", "a2", "status", "OPEN");
    assertRow(before, 2, "action", "a3", "overdue", "no", "due", "2024-03-20");
    Table after = CommitmentAnalyses.actions(List.of(program()), day(3, 21));
    assertRow(after, 2, "action", "a3", "overdue", "yes");
    assertEquals(List.of("a3"), CommitmentAnalyses.overdue(List.of(program()), day(3, 21))
        .stream().map(i -> i.action().id().value()).toList());
    Table first = CommitmentAnalyses.actions(List.of(program()), day(3, 9));
    assertRow(first, 0, "action", "a1", "status", "OPEN");
  }

  @Test
  void byOwnerSumsEachOwnersActions() {
    Table t = CommitmentAnalyses.byOwner(List.of(program()), AS_OF);
    assertEquals("follow-up by owner as of 2024-05-01", t.title());
    assertEquals(List.of("owner", "actions", "open", "overdue", "done", "done on time",
        "dropped", "mean days to close"), t.columns());
    assertEquals(6, t.size());
    owner(t, 0, "a", 2, 0, 0, 2, 2, 0, "11.5000");
    owner(t, 1, "ngo", 3, 0, 0, 2, 1, 1, "16.3000");
    owner(t, 2, "c", 1, 1, 1, 0, 0, 0, "");
    owner(t, 3, "zz", 1, 1, 0, 0, 0, 0, "");
    owner(t, 4, "ghost", 1, 1, 1, 0, 0, 0, "");
    owner(t, 5, "gov", 1, 0, 0, 1, 1, 0, "20.0000");
    assertEquals(16.3, t.rate(1, "mean days to close").getAsDouble(), 1e-12);
  }

  @Test
  void bySectorReadsTheOwnersOrganisationFromTheDirectory() {
    Table t = CommitmentAnalyses.bySector(List.of(program()), AnalysesTest.directory(), AS_OF);
    assertEquals("follow-up by sector as of 2024-05-01", t.title());
    assertEquals("sector", t.columns().get(0));
    assertEquals(3, t.size());
    owner(t, 0, "government", 3, 0, 0, 3, 3, 0, "14.3000");
    owner(t, 1, "civil_society", 3, 0, 0, 2, 1, 1, "16.3000");
    owner(t, 2, "(unknown)", 3, 3, 2, 0, 0, 0, "");
  }

  @Test
  void noProgramsGiveNoRows() {
    assertEquals(0, CommitmentAnalyses.byOwner(List.of(), AS_OF).size());
    assertEquals(0, CommitmentAnalyses.actions(List.of(), AS_OF).size());
    assertEquals(0, CommitmentAnalyses.items(List.of(AnalysesTest.course())).size());
  }

  private static void owner(Table t, int row, String key, long actions, long open,
      long overdue, long done, long onTime, long dropped, String mean) {
    assertRow(t, row, t.columns().get(0), key, "actions", actions, "open", open,
        "overdue", overdue, "done", done, "done on time", onTime, "dropped", dropped,
        "mean days to close", mean);
  }
}
