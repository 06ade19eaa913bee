package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Consumer;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.TypedId;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * {@code indicators}: one row per indicator of a program's results framework, what it
 * measures and how; its baselines, targets and actuals are rows of {@code indicator_values}.
 */
final class IndicatorsTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("indicator_id", ColumnType.STRING, "The indicator, unique within its program."),
      Column.of("title", ColumnType.STRING, "Title in its original language."),
      Column.of("level", ColumnType.STRING, "output, outcome or impact."),
      Column.of("measure", ColumnType.STRING, "unit (a count or amount), percentage (0..100) "
          + "or qualitative (words)."),
      Column.of("formula", ColumnType.STRING, "How actuals are computed: participants, "
          + "completions, share_with_attribute, mean_answer, follow_ups_on_time or alumni; "
          + "empty when actuals are entered."),
      Column.of("formula_attribute", ColumnType.STRING, "For share_with_attribute: the person "
          + "attribute."),
      Column.of("formula_value", ColumnType.STRING, "For share_with_attribute: the attribute's "
          + "value counted."),
      Column.of("formula_survey_id", ColumnType.STRING, "For mean_answer: the survey."),
      Column.of("formula_question_key", ColumnType.STRING, "For mean_answer: the question."),
      Column.of("disaggregations", ColumnType.STRING, "Attributes results are broken down by, "
          + "space-separated."),
      Column.of("targets", ColumnType.INT, "Number of target periods."));

  IndicatorsTable() {
    super("indicators",
        "One row per indicator of a program's results framework.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Program p : source.programs()) {
      if (p.resultsFramework().isEmpty()) {
        continue;
      }
      for (Indicator ind : p.resultsFramework().get().indicators()) {
        Optional<Formula> f = ind.formula();
        rows.accept(new @Nullable Object[] {p.id().value(), ind.id().value(),
            ind.title().text(), TidyTables.code(ind.level()), TidyTables.code(ind.measure()),
            f.map(x -> TidyTables.code(x.kind())).orElse(null),
            f.flatMap(Formula::attribute).orElse(null), f.flatMap(Formula::value).orElse(null),
            f.flatMap(Formula::survey).map(TypedId::value).orElse(null),
            f.flatMap(Formula::question).orElse(null),
            ind.disaggregations().isEmpty() ? null : String.join(" ", ind.disaggregations()),
            ind.targets().size()});
      }
    }
  }
}
