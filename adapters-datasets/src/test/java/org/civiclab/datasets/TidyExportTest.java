package org.civiclab.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.ResultsGenerator;
import org.civiclab.core.testing.SurveyGenerator;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.QuestionType;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidyExportTest {

  static TidySource source() {
    List<Program> programs = new ArrayList<>();
    List<Attendance> attendance = new ArrayList<>();
    DirectorySnapshot directory = DirectorySnapshot.builder().build();
    for (long seed : new long[] {21, 22, 23}) {
      ProgramGenerator.Generated g = ProgramGenerator.generate(seed, 6);
      programs.add(ResultsGenerator.withResults(SurveyGenerator.withSurveys(g.program(), seed),
          seed));
      directory = directory.merge(g.directory());
      attendance.addAll(ProgramGenerator.attendance(g, seed));
    }
    return TidySource.of(programs, directory, attendance);
  }

  static long count(TidyTable t, TidySource s) {
    long[] n = {0};
    t.rows(s, r -> n[0]++);
    return n[0];
  }

  @Test
  void duckdbReadsTheParquetBackWithRowCountsAndTypes(@TempDir Path dir) throws Exception {
    TidySource s = source();
    TidyExport.builder(TidyExport.Format.PARQUET).build().write(s, dir);
    assertTrue(Files.exists(dir.resolve("data-dictionary.csv")));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (TidyTable t : TidyTables.all()) {
        String from = "read_parquet('" + dir.resolve(t.name()) + "/**/*.parquet', "
            + "hive_partitioning = " + t.partitioned() + ")";
        try (ResultSet r = st.executeQuery("SELECT count(*) FROM " + from)) {
          r.next();
          assertEquals(count(t, s), r.getLong(1), t.name());
        }
        Map<String, String> types = new HashMap<>();
        try (ResultSet r = st.executeQuery("DESCRIBE SELECT * FROM " + from)) {
          while (r.next()) {
            types.put(r.getString("column_name"), r.getString("column_type"));
          }
        }
        for (Column col : t.columns()) {
          String expected;
          switch (col.type()) {
            case INT:
              expected = col.name().equals("year") && t.partitioned() ? "BIGINT" : "INTEGER";
              break;
            case LONG:
              expected = "BIGINT";
              break;
            case DOUBLE:
              expected = "DOUBLE";
              break;
            case BOOLEAN:
              expected = "BOOLEAN";
              break;
            case DATE:
              expected = "DATE";
              break;
            case LOCAL_TIMESTAMP:
              expected = "TIMESTAMP";
              break;
            case TIMESTAMP:
              expected = "TIMESTAMP WITH TIME ZONE";
              break;
            default:
              expected = "VARCHAR";
          }
          assertEquals(expected, types.get(col.name()), t.name() + "." + col.name());
        }
      }
      try (ResultSet r = st.executeQuery("SELECT count(DISTINCT program_id) FROM read_parquet('"
          + dir.resolve("events") + "/**/*.parquet', hive_partitioning = true)")) {
        r.next();
        java.util.Set<Object> programs = new java.util.HashSet<>();
        new EventsTable().rows(s, row -> programs.add(row[0]));
        assertEquals(programs.size(), r.getLong(1), "partitioned by program");
      }
    }
  }

  @Test
  void surveyAnswersAreOneRowPerValueAndDuckdbAgreesWithTheModel(@TempDir Path dir)
      throws Exception {
    TidySource s = source();
    long values = 0;
    long anonymousRows = 0;
    long rankings = 0;
    for (Program p : s.programs()) {
      for (Survey sv : p.surveys()) {
        for (Response r : sv.responses()) {
          long here = 0;
          for (Map.Entry<String, Answer> a : r.answers().entrySet()) {
            here += a.getValue().number().isPresent() ? 1 : 0;
            here += a.getValue().text().isPresent() ? 1 : 0;
            here += a.getValue().choices().size();
            if (sv.question(a.getKey()).orElseThrow().type() == QuestionType.RANKING) {
              rankings++;
            }
          }
          values += here;
          anonymousRows += sv.anonymous() ? here : 0;
        }
      }
    }
    assertTrue(values > 0 && anonymousRows > 0 && rankings > 0, "the source has answers");
    TidyExport.builder(TidyExport.Format.PARQUET).build().write(s, dir);
    String from = "read_parquet('" + dir.resolve("survey_responses")
        + "/**/*.parquet', hive_partitioning = true)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      assertEquals(values, single(st, "SELECT count(*) FROM " + from));
      assertEquals(anonymousRows, single(st, "SELECT count(*) FROM " + from
          + " WHERE person_id IS NULL"));
      assertEquals(0, single(st, "SELECT count(*) FROM " + from + " WHERE (answer_number IS "
          + "NOT NULL)::INT + (answer_choice IS NOT NULL)::INT + (answer_text IS NOT NULL)::INT"
          + " <> 1"), "each row holds exactly one value");
      assertEquals(rankings, single(st, "SELECT count(*) FROM " + from
          + " WHERE question_type = 'ranking' AND choice_rank = 1"), "one first place per ranking");
      assertEquals(0, single(st, "SELECT count(*) FROM " + from + " r JOIN read_parquet('"
          + dir.resolve("surveys") + "/**/*.parquet') s USING (program_id, survey_id) "
          + "WHERE s.anonymous AND r.person_id IS NOT NULL"), "anonymous stays anonymous");
      long responses = s.programs().stream().flatMap(p -> p.surveys().stream())
          .mapToLong(x -> x.responses().size()).sum();
      assertEquals(responses, single(st, "SELECT sum(responses) FROM read_parquet('"
          + dir.resolve("surveys") + "/**/*.parquet')"));
    }
    TidyExport.builder(TidyExport.Format.CSV).pseudonymise("salt").build()
        .write(s, dir.resolve("pseudo"));
    String header = Files.readAllLines(dir.resolve("pseudo/survey_responses.csv"),
        StandardCharsets.UTF_8).get(0);
    assertFalse(header.contains("answer_text"), "free text may name people: dropped");
  }

  private static long single(Statement st, String sql) throws Exception {
    try (ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void csvNeutralisesFormulasAndQuotes(@TempDir Path dir) throws Exception {
    TidySource s = source();
    TidyExport.builder(TidyExport.Format.CSV).build().write(s, dir);
    for (TidyTable t : TidyTables.all()) {
      List<String> lines = Files.readAllLines(dir.resolve(t.name() + ".csv"),
          StandardCharsets.UTF_8);
      assertEquals(String.join(",", t.columns().stream().map(Column::name).toList()),
          lines.get(0), "snake_case header");
    }
    assertEquals("'=1+1", CsvSink.neutralise("=1+1"));
    assertEquals("'@SUM(A1)", CsvSink.neutralise("@SUM(A1)"));
    assertEquals("'-2", CsvSink.neutralise("-2"));
    assertEquals("'+x", CsvSink.neutralise("+x"));
    assertEquals("plain", CsvSink.neutralise("plain"));
    String people = Files.readString(dir.resolve("people.csv"), StandardCharsets.UTF_8);
    assertTrue(people.contains("\"O'Brien \"\"Pat\"\"\"") || people.contains("O'Brien"),
        "quotes doubled");
  }

  @Test
  void pseudonymisingHashesIdsStablyAndDropsNames(@TempDir Path dir) throws Exception {
    TidySource s = source();
    TidyExport.builder(TidyExport.Format.JSONL).pseudonymise("salt").build()
        .write(s, dir.resolve("a"));
    TidyExport.builder(TidyExport.Format.JSONL).pseudonymise("salt").build()
        .write(s, dir.resolve("b"));
    String a = Files.readString(dir.resolve("a/people.jsonl"), StandardCharsets.UTF_8);
    assertEquals(a, Files.readString(dir.resolve("b/people.jsonl"), StandardCharsets.UTF_8));
    assertFalse(a.contains("full_name"));
    assertFalse(a.contains("email"));
    String enrolments = Files.readString(dir.resolve("a/enrolments.jsonl"),
        StandardCharsets.UTF_8);
    s.directory().people().keySet().forEach(id -> {
      assertFalse(a.contains("\"" + id.value() + "\""), id.value());
      assertFalse(enrolments.contains("\"person_id\":\"" + id.value() + "\""), id.value());
    });
    String firstPseudonym = a.substring(a.indexOf("\"person_id\":\"") + 13).substring(0, 32);
    assertTrue(enrolments.contains(firstPseudonym) || !enrolments.contains("person_id"),
        "the same person has the same pseudonym across tables");
  }
}
