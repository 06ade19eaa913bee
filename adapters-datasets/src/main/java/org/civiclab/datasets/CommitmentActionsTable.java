package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.TypedId;
import org.jspecify.annotations.Nullable;

/**
 * {@code commitment_actions}: one row per follow-up action of a commitment, with its latest
 * status; each change of status is a row of {@code action_status_changes}.
 */
final class CommitmentActionsTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("year", ColumnType.INT, "Year its commitment was made."),
      Column.of("commitment_id", ColumnType.STRING, "The commitment (see commitments)."),
      Column.of("action_id", ColumnType.STRING, "The action, unique within its commitment."),
      Column.of("what", ColumnType.STRING, "What is to be done."),
      new Column("owner_person_id", ColumnType.STRING, Sensitivity.PERSON_ID, "The person "
          + "who owns it, when a person does."),
      Column.of("owner_organisation_id", ColumnType.STRING, "The organisation that owns it, "
          + "when an organisation does."),
      Column.of("partners", ColumnType.STRING, "Partner organisations, space-separated ids."),
      Column.of("due_on", ColumnType.DATE, "Day it is due, if a day was set."),
      Column.of("status", ColumnType.STRING, "Latest status: open, in_progress, done or "
          + "dropped."),
      Column.of("status_since", ColumnType.DATE, "Day the latest status was recorded; empty "
          + "while it has never changed from open."),
      Column.of("closed_on", ColumnType.DATE, "Day it was done or dropped, if it was."),
      Column.of("done_on_time", ColumnType.BOOLEAN, "Whether it was done by its due day (or "
          + "done, without one); false while open or when dropped."),
      Column.of("status_changes", ColumnType.INT, "Number of recorded changes of status."));

  CommitmentActionsTable() {
    super("commitment_actions",
        "One row per follow-up action of a commitment, with its latest status.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Program p : source.programs()) {
      for (Commitment c : p.commitments()) {
        for (Action a : c.actions()) {
          Optional<StatusChange> last = a.history().isEmpty() ? Optional.empty()
              : Optional.of(a.history().get(a.history().size() - 1));
          rows.accept(new @Nullable Object[] {p.id().value(), c.madeOn().getYear(),
              c.id().value(), a.id().value(), a.what(),
              a.ownerPerson().map(TypedId::value).orElse(null),
              a.ownerOrganization().map(TypedId::value).orElse(null),
              a.partners().isEmpty() ? null : a.partners().stream().map(OrganizationId::value)
                  .collect(Collectors.joining(" ")),
              a.due().orElse(null),
              TidyTables.code(last.map(StatusChange::status).orElse(ActionStatus.OPEN)),
              last.map(StatusChange::on).orElse(null), a.closedOn().orElse(null),
              a.doneOnTime(), a.history().size()});
        }
      }
    }
  }
}
