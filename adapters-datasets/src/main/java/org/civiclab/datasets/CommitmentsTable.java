package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.function.Consumer;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.model.Program;
import org.jspecify.annotations.Nullable;

/**
 * {@code commitments}: one row per finding, recommendation or decision recorded at a meeting;
 * its follow-up actions are rows of {@code commitment_actions}.
 */
final class CommitmentsTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("year", ColumnType.INT, "Year the commitment was made."),
      Column.of("commitment_id", ColumnType.STRING, "The commitment, unique within its "
          + "program."),
      Column.of("kind", ColumnType.STRING, "finding, recommendation or decision."),
      Column.of("category", ColumnType.STRING, "The topic it falls under, when given."),
      Column.of("text", ColumnType.STRING, "What was found, recommended or decided, as "
          + "recorded."),
      Column.of("made_at", ColumnType.STRING, "The event (see events) it was made at."),
      Column.of("made_on", ColumnType.DATE, "Day it was made."),
      Column.of("actions", ColumnType.INT, "Number of follow-up actions."),
      Column.of("reviews", ColumnType.INT, "Number of times a later meeting reviewed it."),
      Column.of("last_reviewed_on", ColumnType.DATE, "Day of the latest review, if any."));

  CommitmentsTable() {
    super("commitments",
        "One row per commitment (finding, recommendation or decision) recorded at a "
        + "meeting.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Program p : source.programs()) {
      for (Commitment c : p.commitments()) {
        int reviews = c.reviews().size();
        rows.accept(new @Nullable Object[] {p.id().value(), c.madeOn().getYear(),
            c.id().value(), TidyTables.code(c.kind()), c.category().orElse(null), c.text(),
            c.madeAt().value(), c.madeOn(), c.actions().size(), reviews,
            reviews == 0 ? null : c.reviews().get(reviews - 1).on()});
      }
    }
  }
}
