package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.function.Consumer;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.TypedId;
import org.civiclab.core.survey.Survey;
import org.jspecify.annotations.Nullable;

/** {@code surveys}: one row per survey of a program, with its response count. */
final class SurveysTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("survey_id", ColumnType.STRING, "The survey, unique within its program."),
      Column.of("title", ColumnType.STRING, "Title in its original language."),
      Column.of("level", ColumnType.STRING, "What it evaluates: reaction, learning, behaviour "
          + "or results."),
      Column.of("anonymous", ColumnType.BOOLEAN, "Whether responses name nobody."),
      Column.of("edition_id", ColumnType.STRING, "The edition it belongs to, if any."),
      Column.of("pre_survey_id", ColumnType.STRING, "For a post survey: its pre survey."),
      Column.of("questions", ColumnType.INT, "Number of questions."),
      Column.of("invited", ColumnType.INT, "Number of people invited: the base of the "
          + "response rate."),
      Column.of("responses", ColumnType.INT, "Number of responses."));

  SurveysTable() {
    super("surveys",
        "One row per survey of a program; its answers are in survey_responses.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Program p : source.programs()) {
      for (Survey s : p.surveys()) {
        rows.accept(new @Nullable Object[] {p.id().value(), s.id().value(), s.title().text(),
            TidyTables.code(s.level()), s.anonymous(), s.edition().map(TypedId::value)
                .orElse(null), s.pre().map(TypedId::value).orElse(null),
            s.questions().size(), s.invited().size(), s.responses().size()});
      }
    }
  }
}
