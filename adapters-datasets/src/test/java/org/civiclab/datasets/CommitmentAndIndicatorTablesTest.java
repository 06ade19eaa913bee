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
import java.util.List;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.analysis.ResultsTable;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commitment and results-framework tables, read back by DuckDB against the model. */
class CommitmentAndIndicatorTablesTest {

  @Test
  void commitmentsActionsAndStatusChangesAreOneRowPerFact(@TempDir Path dir) throws Exception {
    TidySource s = TidyExportTest.source();
    long commitments = 0;
    long actions = 0;
    long changes = 0;
    long byPerson = 0;
    long doneOnTime = 0;
    for (Program p : s.programs()) {
      for (Commitment c : p.commitments()) {
        commitments++;
        for (Action a : c.actions()) {
          actions++;
          changes += a.history().size();
          byPerson += a.ownerPerson().isPresent() ? 1 : 0;
          doneOnTime += a.doneOnTime() ? 1 : 0;
        }
      }
    }
    assertTrue(commitments > 0 && actions > 0 && changes > 0 && byPerson > 0,
        "the source has commitments, actions, histories and people owning actions");
    TidyExport.builder(TidyExport.Format.PARQUET).build().write(s, dir);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      String com = from(dir, "commitments");
      String act = from(dir, "commitment_actions");
      String chg = from(dir, "action_status_changes");
      assertEquals(commitments, single(st, "SELECT count(*) FROM " + com));
      assertEquals(actions, single(st, "SELECT count(*) FROM " + act));
      assertEquals(changes, single(st, "SELECT count(*) FROM " + chg));
      assertEquals(actions, single(st, "SELECT sum(actions) FROM " + com));
      assertEquals(byPerson, single(st, "SELECT count(owner_person_id) FROM " + act));
      assertEquals(0, single(st, "SELECT count(*) FROM " + act + " WHERE (owner_person_id IS "
          + "NULL) = (owner_organisation_id IS NULL)"), "exactly one owner per action");
      assertEquals(doneOnTime, single(st, "SELECT count(*) FROM " + act
          + " WHERE done_on_time"));
      assertEquals(0, single(st, "SELECT count(*) FROM " + act + " a ANTI JOIN " + com
          + " c USING (program_id, commitment_id)"), "every action's commitment is there");
      assertEquals(0, single(st, "SELECT count(*) FROM " + act + " a JOIN (SELECT program_id, "
          + "commitment_id, action_id, count(*) n, max(change_no) last FROM " + chg
          + " GROUP BY ALL) h USING (program_id, commitment_id, action_id) "
          + "WHERE h.n <> a.status_changes OR h.last <> a.status_changes"),
          "the history numbers its changes 1..n");
      assertEquals(0, single(st, "SELECT count(*) FROM " + act + " a JOIN " + chg
          + " h USING (program_id, commitment_id, action_id) WHERE h.change_no = "
          + "a.status_changes AND (h.status <> a.status OR h.changed_on <> a.status_since)"),
          "the latest change is the action's status");
      assertEquals(0, single(st, "SELECT count(*) FROM " + chg + " WHERE year <> "
          + "year(changed_on)"), "partitioned by the year of the change");
    }
    TidyExport.builder(TidyExport.Format.CSV).pseudonymise("salt").build()
        .write(s, dir.resolve("pseudo"));
    String csv = Files.readString(dir.resolve("pseudo/commitment_actions.csv"),
        StandardCharsets.UTF_8);
    for (Program p : s.programs()) {
      for (Commitment c : p.commitments()) {
        for (Action a : c.actions()) {
          a.ownerPerson().ifPresent(id -> assertFalse(csv.contains("," + id.value() + ","),
              "owner " + id.value() + " is pseudonymised"));
        }
      }
    }
  }

  @Test
  void indicatorValuesHoldBaselinesTargetsAndActualsPerPeriod(@TempDir Path dir)
      throws Exception {
    TidySource s = TidyExportTest.source();
    PersonAttributes attributes = PersonAttributes.of(s.directory());
    long indicators = 0;
    long baselines = 0;
    long targets = 0;
    long actuals = 0;
    double firstActual = Double.NaN;
    String firstKey = "";
    for (Program p : s.programs()) {
      for (Indicator ind : p.resultsFramework().map(f -> f.indicators()).orElse(
          com.google.common.collect.ImmutableList.of())) {
        indicators++;
        baselines += ind.baseline().isPresent() ? 1 : 0;
        targets += ind.targets().size();
        List<Target> as = ind.formula().isPresent()
            ? ind.targets().stream().flatMap(t -> ResultsTable.actual(p, ind, t.period(),
                attributes).stream()).toList()
            : ind.actuals();
        actuals += as.size();
        if (firstKey.isEmpty() && ind.formula().isPresent() && !as.isEmpty()) {
          firstActual = as.get(0).value().orElseThrow();
          firstKey = "program_id = '" + p.id().value() + "' AND indicator_id = '"
              + ind.id().value() + "' AND period_start = DATE '" + as.get(0).period().start()
              + "'";
        }
      }
    }
    assertTrue(indicators > 0 && targets > 0 && actuals > 0 && !firstKey.isEmpty(),
        "the source has a results framework with computed actuals");
    TidyExport.builder(TidyExport.Format.PARQUET).build().write(s, dir);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      String ind = "read_parquet('" + dir.resolve("indicators") + "/**/*.parquet')";
      String val = from(dir, "indicator_values");
      assertEquals(indicators, single(st, "SELECT count(*) FROM " + ind));
      assertEquals(targets, single(st, "SELECT sum(targets) FROM " + ind));
      assertEquals(baselines, single(st, "SELECT count(*) FROM " + val
          + " WHERE value_kind = 'baseline'"));
      assertEquals(targets, single(st, "SELECT count(*) FROM " + val
          + " WHERE value_kind = 'target'"));
      assertEquals(actuals, single(st, "SELECT count(*) FROM " + val
          + " WHERE value_kind = 'actual'"));
      assertEquals(0, single(st, "SELECT count(*) FROM " + val + " WHERE (value IS NULL) = "
          + "(value_text IS NULL)"), "a number or words, exactly one");
      assertEquals(0, single(st, "SELECT count(*) FROM " + val + " v JOIN " + ind
          + " i USING (program_id, indicator_id) WHERE (i.measure = 'qualitative') <> "
          + "(v.value_text IS NOT NULL)"), "words only for qualitative indicators");
      assertEquals(0, single(st, "SELECT count(*) FROM " + val + " v JOIN " + ind
          + " i USING (program_id, indicator_id) WHERE v.value_kind = 'actual' AND "
          + "i.formula IS NOT NULL AND v.source <> 'computed'"), "computed actuals say so");
      try (ResultSet r = st.executeQuery("SELECT value FROM " + val + " WHERE value_kind = "
          + "'actual' AND " + firstKey)) {
        assertTrue(r.next(), firstKey);
        assertEquals(firstActual, r.getDouble(1), 1e-9, "the computed actual, as the model");
      }
    }
  }

  private static String from(Path dir, String table) {
    return "read_parquet('" + dir.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
  }

  private static long single(Statement st, String sql) throws Exception {
    try (ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
