package org.civiclab.examples.cli;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.civiclab.core.analysis.CommitmentAnalyses;
import org.civiclab.core.analysis.PersonAttributes;
import org.civiclab.core.analysis.ResultsTable;
import org.civiclab.core.analysis.SurveyAnalyses;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Program;

/**
 * The results tables {@code report} prints after the older analyses: each program's results
 * framework (target against actual per period, with status), survey response rates and means
 * with their 95% intervals, and the follow-up of commitments.
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
  static List<Table> tables(List<Program> programs, DirectoryView directory, LocalDate asOf) {
    ImmutableList.Builder<Table> out = ImmutableList.builder();
    PersonAttributes attributes = PersonAttributes.of(directory);
    for (Program p : programs) {
      if (p.resultsFramework().isPresent()) {
        out.add(ResultsTable.of(p, attributes, asOf));
      }
    }
    out.add(SurveyAnalyses.responseRates(programs));
    out.add(SurveyAnalyses.means(programs));
    out.add(CommitmentAnalyses.byOwner(programs, asOf));
    return out.build();
  }
}
