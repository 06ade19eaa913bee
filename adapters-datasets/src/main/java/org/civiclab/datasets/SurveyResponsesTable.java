package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.function.Consumer;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.TypedId;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.Question;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.jspecify.annotations.Nullable;

/**
 * {@code survey_responses}: the answers in long format, one row per value given: a number,
 * one chosen choice (a multiple-choice answer or a ranking gives one row per choice, with its
 * position), or a text. Unanswered questions have no row.
 */
final class SurveyResponsesTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("program_id", ColumnType.STRING, "The program."),
      Column.of("year", ColumnType.INT, "Year the response was submitted."),
      Column.of("survey_id", ColumnType.STRING, "The survey (see surveys)."),
      Column.of("response_no", ColumnType.INT, "Position of the response in its survey, from "
          + "1: with survey_id, identifies a response, also in an anonymous survey."),
      new Column("person_id", ColumnType.STRING, Sensitivity.PERSON_ID, "The respondent; "
          + "empty in an anonymous survey."),
      Column.of("submitted_on", ColumnType.DATE, "Day the response was submitted."),
      Column.of("question_key", ColumnType.STRING, "The question, unique within its survey."),
      Column.of("question_type", ColumnType.STRING, "likert, recommendation, single_choice, "
          + "multiple_choice, ranking, number or free_text."),
      Column.of("answer_number", ColumnType.DOUBLE, "For likert (1..points), recommendation "
          + "(0..10) and number questions: the number given."),
      Column.of("answer_choice", ColumnType.STRING, "For choice and ranking questions: the key "
          + "of one choice made."),
      Column.of("choice_rank", ColumnType.INT, "For choice and ranking questions: the choice's "
          + "position in the answer, from 1 (for a ranking, 1 is best)."),
      new Column("answer_text", ColumnType.STRING, Sensitivity.IDENTIFYING, "For free-text "
          + "questions: the text; dropped when pseudonymising, as it may name people."));

  SurveyResponsesTable() {
    super("survey_responses",
        "One row per value given in a survey response: a number, one chosen choice or a "
        + "text (long format).",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Program p : source.programs()) {
      for (Survey s : p.surveys()) {
        for (int i = 0; i < s.responses().size(); i++) {
          Response r = s.responses().get(i);
          String who = r.respondent().map(TypedId::value).orElse(null);
          for (Map.Entry<String, Answer> e : r.answers().entrySet()) {
            String type = s.question(e.getKey()).map(Question::type).map(TidyTables::code)
                .orElse(null);
            Answer a = e.getValue();
            Object[] head = {p.id().value(), r.submittedOn().getYear(), s.id().value(), i + 1,
                who, r.submittedOn(), e.getKey(), type};
            if (a.number().isPresent()) {
              rows.accept(row(head, a.number().get(), null, null, null));
            }
            for (int c = 0; c < a.choices().size(); c++) {
              rows.accept(row(head, null, a.choices().get(c), c + 1, null));
            }
            if (a.text().isPresent()) {
              rows.accept(row(head, null, null, null, a.text().get()));
            }
          }
        }
      }
    }
  }

  private static @Nullable Object[] row(@Nullable Object[] head, @Nullable Double number,
      @Nullable String choice, @Nullable Integer rank, @Nullable String text) {
    @Nullable Object[] out = java.util.Arrays.copyOf(head, COLUMNS.size());
    out[head.length] = number;
    out[head.length + 1] = choice;
    out[head.length + 2] = rank;
    out[head.length + 3] = text;
    return out;
  }
}
