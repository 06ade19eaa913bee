package org.civiclab.core.model;

import java.util.HashSet;
import java.util.Set;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.survey.Survey;

/**
 * The program's own checks of its surveys and completion rules, apart from
 * {@link Program}'s other checks: unique ids, and every survey, edition, track and module
 * they name present in the program.
 */
final class ProgramResultsChecks {
  private ProgramResultsChecks() {}

  static void check(Program p, Checks c) {
    c.unique(p.surveys(), Survey::id, "surveys", "id");
    c.unique(p.completionRules(), CompletionRule::id, "completionRules", "id");
    Set<SurveyId> surveys = new HashSet<>();
    p.surveys().forEach(s -> surveys.add(s.id()));
    Set<EditionId> editions = new HashSet<>();
    Set<TrackId> tracks = new HashSet<>();
    Set<ModuleId> modules = new HashSet<>();
    for (Edition e : p.editions()) {
      editions.add(e.id());
      e.tracks().forEach(t -> tracks.add(t.id()));
      e.modules().forEach(m -> modules.add(m.id()));
    }
    for (int i = 0; i < p.surveys().size(); i++) {
      Survey s = p.surveys().get(i);
      String at = "surveys[" + i + "].";
      s.pre().ifPresent(pre -> c.require(surveys.contains(pre), at + "pre",
          "the program has no survey '" + pre + "'"));
      s.edition().ifPresent(e -> c.require(editions.contains(e), at + "edition",
          "the program has no edition '" + e + "'"));
    }
    for (int i = 0; i < p.completionRules().size(); i++) {
      CompletionRule r = p.completionRules().get(i);
      String at = "completionRules[" + i + "].";
      r.survey().ifPresent(x -> c.require(surveys.contains(x), at + "survey",
          "the program has no survey '" + x + "'"));
      r.track().ifPresent(x -> c.require(tracks.contains(x), at + "track",
          "the program has no track '" + x + "'"));
      r.module().ifPresent(x -> c.require(modules.contains(x), at + "module",
          "the program has no module '" + x + "'"));
    }
  }
}
