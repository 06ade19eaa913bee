package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Consumer;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.analysis.ResultsTable;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.Target;
import org.jspecify.annotations.Nullable;

/**
 * {@code indicator_values}: the results framework in long format, one row per value an
 * indicator has for a period: its baseline, each target, and each actual. A computed
 * indicator's actual is computed for each target period, as the results table does
 * ({@link ResultsTable#actual}); an entered indicator's actuals are those entered. A period
 * without an actual has no actual row.
 */
final class IndicatorValuesTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("year", ColumnType.INT, "Year the period starts."),
      Column.of("indicator_id", ColumnType.STRING, "The indicator (see indicators)."),
      Column.of("value_kind", ColumnType.STRING, "baseline, target or actual."),
      Column.of("period_start", ColumnType.DATE, "First day of the period."),
      Column.of("period_end", ColumnType.DATE, "Last day of the period."),
      Column.of("value", ColumnType.DOUBLE, "The number, for unit and percentage (0..100) "
          + "indicators."),
      Column.of("value_text", ColumnType.STRING, "The words, for qualitative indicators."),
      Column.of("source", ColumnType.STRING, "Where the value comes from: computed, for a "
          + "computed actual, or the source entered with it."));

  IndicatorValuesTable() {
    super("indicator_values",
        "One row per baseline, target or actual of an indicator for a period (long "
        + "format): pair a target with its actual by indicator_id and period.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    PersonAttributes attributes = PersonAttributes.of(source.directory());
    for (Program p : source.programs()) {
      if (p.resultsFramework().isEmpty()) {
        continue;
      }
      for (Indicator ind : p.resultsFramework().get().indicators()) {
        ind.baseline().ifPresent(b -> rows.accept(row(p, ind, "baseline", b)));
        for (Target t : ind.targets()) {
          rows.accept(row(p, ind, "target", t));
        }
        if (ind.formula().isPresent()) {
          for (Target t : ind.targets()) {
            Optional<Target> a = ResultsTable.actual(p, ind, t.period(), attributes);
            a.ifPresent(x -> rows.accept(row(p, ind, "actual", x)));
          }
        } else {
          for (Target a : ind.actuals()) {
            rows.accept(row(p, ind, "actual", a));
          }
        }
      }
    }
  }

  private static @Nullable Object[] row(Program p, Indicator ind, String kind, Target t) {
    return new @Nullable Object[] {p.id().value(), t.period().start().getYear(),
        ind.id().value(), kind, t.period().start(), t.period().end(), t.value().orElse(null),
        t.text().orElse(null), t.source().orElse(null)};
  }
}
