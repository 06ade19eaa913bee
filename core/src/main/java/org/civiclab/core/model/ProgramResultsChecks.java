package org.civiclab.core.model;

import java.util.HashSet;
import java.util.Set;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.commitment.Review;
import java.util.Optional;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.time.DateRange;
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
    Set<EventId> events = new HashSet<>();
    p.sessions().forEach(x -> events.add(x.id()));
    p.pairings().forEach(x -> x.meetings().forEach(m -> events.add(m.id())));
    p.circles().forEach(x -> x.meetings().forEach(m -> events.add(m.id())));
    p.outreachMeetings().forEach(x -> events.add(x.id()));
    p.reflectionMeetings().forEach(x -> events.add(x.id()));
    p.exchangeVisits().forEach(x -> events.add(EventId.of(x.id().value())));
    c.unique(p.commitments(), Commitment::id, "commitments", "id");
    for (int i = 0; i < p.commitments().size(); i++) {
      Commitment k = p.commitments().get(i);
      String at = "commitments[" + i + "].";
      c.require(events.contains(k.madeAt()), at + "madeAt",
          "the program has no meeting '" + k.madeAt() + "'");
      for (int r = 0; r < k.reviews().size(); r++) {
        Review rv = k.reviews().get(r);
        c.require(events.contains(rv.at()), at + "reviews[" + r + "].at",
            "the program has no meeting '" + rv.at() + "'");
      }
    }
    p.resultsFramework().ifPresent(f -> results(p, f, c));
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

  private static void results(Program p, ResultsFramework f, Checks c) {
    for (int i = 0; i < f.indicators().size(); i++) {
      Indicator ind = f.indicators().get(i);
      String at = "resultsFramework.indicators[" + i + "].";
      for (int t = 0; t < ind.targets().size(); t++) {
        DateRange r = ind.targets().get(t).period();
        c.require(p.period().contains(r), at + "targets[" + t + "].period",
            "target period " + r + " is outside the program's period " + p.period());
      }
      for (int t = 0; t < ind.actuals().size(); t++) {
        DateRange r = ind.actuals().get(t).period();
        c.require(p.period().contains(r), at + "actuals[" + t + "].period",
            "actual period " + r + " is outside the program's period " + p.period());
      }
      if (ind.formula().isPresent() && ind.formula().get().survey().isPresent()) {
        Formula fm = ind.formula().get();
        Optional<Survey> s = p.surveys().stream()
            .filter(x -> x.id().equals(fm.survey().get())).findFirst();
        if (s.isEmpty()) {
          c.add(at + "formula.survey", "the program has no survey '" + fm.survey().get() + "'");
        } else {
          String q = fm.question().orElse("");
          c.require(s.get().question(q).filter(x -> x.type().numeric()).isPresent(),
              at + "formula.question", "survey '" + s.get().id()
                  + "' has no numeric question '" + q + "'");
        }
      }
    }
  }
}
