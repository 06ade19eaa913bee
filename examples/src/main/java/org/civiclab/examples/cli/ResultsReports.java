package org.civiclab.examples.cli;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.civiclab.core.analysis.CommitmentAnalyses;
import org.civiclab.core.analysis.Completions;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.analysis.ResultsTable;
import org.civiclab.core.analysis.SurveyAnalyses;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.store.AttendanceLog;

/**
 * The results tables {@code report} prints after the older analyses: each program's results
 * framework (target against actual per period, with status), counting indicators broken down
 * by their disaggregations (track, audience, person attributes), survey response rates and
 * means with their 95% intervals (overall and per audience), completion decisions per person and
 * module certificates per department, and the follow-up of commitments.
 */
final class ResultsReports {
  private ResultsReports() {}

  /**
   * @param programs the programs
   * @param directory their people, for attributes in formulas
   * @param asOf the day statuses and due dates are read against
   * @return one results-framework table per program that declares one, then the survey and
   *     commitment tables
   */
  static List<Table> tables(List<Program> programs, DirectoryView directory,
      AttendanceLog attendance, LocalDate asOf) {
    ImmutableList.Builder<Table> out = ImmutableList.builder();
    PersonAttributes attributes = PersonAttributes.of(directory);
    for (Program p : programs) {
      if (p.resultsFramework().isPresent()) {
        out.add(ResultsTable.of(p, attributes, asOf));
      }
    }
    out.add(breakdowns(programs, attributes));
    out.add(SurveyAnalyses.responseRates(programs));
    out.add(SurveyAnalyses.means(programs));
    out.add(SurveyAnalyses.meansByAudience(programs));
    out.addAll(completions(programs, attributes, attendance));
    out.add(CommitmentAnalyses.byOwner(programs, asOf));
    return out.build();
  }

  /**
   * The actuals of counting indicators broken down by their disaggregations (track, audience,
   * gender, country, ...): one row per indicator, target period, dimension and value.
   */
  private static Table breakdowns(List<Program> programs, PersonAttributes attributes) {
    Table.Builder t = Table.builder("results by disaggregation", "program", "indicator",
        "period", "by", "value", "actual");
    for (Program p : programs) {
      for (Indicator ind : p.resultsFramework().map(ResultsFramework::indicators)
          .orElse(ImmutableList.of())) {
        for (Target target : ind.targets()) {
          for (String by : ind.disaggregations()) {
            ResultsTable.disaggregate(p, ind, target.period(), attributes, by)
                .forEach((value, n) -> t.row(p.id(), ind.id(), target.period(), by, value, n));
          }
        }
      }
    }
    return t.build();
  }

  /**
   * For each program with completion rules and each edition with sessions: every person's
   * decision explained, and module certificates per department (the person's organisation)
   * when the program has module rules.
   */
  private static List<Table> completions(List<Program> programs, PersonAttributes attributes,
      AttendanceLog attendance) {
    List<Attendance> records = new ArrayList<>();
    attendance.forEach(records::add);
    ImmutableList.Builder<Table> out = ImmutableList.builder();
    // a government's departments are its participants' organisations (Brčko's seven)
    Function<PersonId, String> department = p -> attributes.value(p, "organization")
        .orElse("(unknown)");
    for (Program p : programs) {
      if (p.completionRules().isEmpty()) {
        continue;
      }
      for (Edition e : p.editions()) {
        if (e.modules().stream().allMatch(m -> m.sessions().isEmpty())) {
          continue;
        }
        List<Completions.Decision> decisions = Completions.decide(p, e.id(), records);
        if (!decisions.isEmpty()) {
          out.add(Completions.table(p, e.id(), decisions));
        }
        List<Completions.Decision> modules = Completions.modules(p, e.id(), records);
        if (!modules.isEmpty()) {
          out.add(retitled(Completions.summary(modules, department),
              "module completion by department, " + p.id() + " " + e.label()));
        }
      }
    }
    return out.build();
  }

  private static Table retitled(Table t, String title) {
    Table.Builder b = Table.builder(title, t.columns().toArray(String[]::new));
    t.rows().forEach(r -> b.row(r.toArray()));
    return b.build();
  }
}
