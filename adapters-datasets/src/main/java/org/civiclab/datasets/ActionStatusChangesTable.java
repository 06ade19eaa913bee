package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.function.Consumer;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.StatusChange;
import org.civiclab.core.model.Program;
import org.jspecify.annotations.Nullable;

/** {@code action_status_changes}: one row per recorded change of a follow-up action's status. */
final class ActionStatusChangesTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("year", ColumnType.INT, "Year of the change."),
      Column.of("commitment_id", ColumnType.STRING, "The commitment (see commitments)."),
      Column.of("action_id", ColumnType.STRING, "The action (see commitment_actions)."),
      Column.of("change_no", ColumnType.INT, "Position of the change in the action's history, "
          + "from 1."),
      Column.of("changed_on", ColumnType.DATE, "Day the status changed."),
      Column.of("status", ColumnType.STRING, "The new status: open, in_progress, done or "
          + "dropped."),
      Column.of("evidence", ColumnType.STRING, "What shows the change, when recorded."));

  ActionStatusChangesTable() {
    super("action_status_changes",
        "One row per recorded change of status of a follow-up action (its history).",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Program p : source.programs()) {
      for (Commitment c : p.commitments()) {
        for (Action a : c.actions()) {
          for (int i = 0; i < a.history().size(); i++) {
            StatusChange ch = a.history().get(i);
            rows.accept(new @Nullable Object[] {p.id().value(), ch.on().getYear(),
                c.id().value(), a.id().value(), i + 1, ch.on(), TidyTables.code(ch.status()),
                ch.evidence().orElse(null)});
          }
        }
      }
    }
  }
}
