package org.civiclab.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Session;
import org.civiclab.core.scheduling.ProgramPlan;
import org.civiclab.core.scheduling.ProgramScheduler;
import org.civiclab.core.scheduling.Scheduler;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.SurveyGenerator;

/**
 * Two generated programs (names in Latin, Cyrillic and Georgian), one of them scheduled, the
 * other with surveys of every question type and {@link ResultsFixture}'s indicators and
 * commitments, judged on its day ({@link #asOf}).
 */
final class ReportFixture {
  final List<Program> programs = new ArrayList<>();
  final DirectorySnapshot directory;
  final List<Attendance> attendance = new ArrayList<>();
  final LocalDate asOf;
  final HtmlReport report;

  ReportFixture() {
    ProgramGenerator.Generated a = ProgramGenerator.generate(11, 6);
    ProgramGenerator.Generated b = ProgramGenerator.generate(12, 6);
    directory = a.directory().merge(b.directory());
    ProgramPlan plan = ProgramScheduler.builder()
        .scheduler(Scheduler.builder().seed(1).stepLimit(2_000).build()).build()
        .plan(a.program(), a.directory());
    programs.add(plan.applyTo(a.program()));
    ResultsFixture results = new ResultsFixture(SurveyGenerator.withSurveys(b.program(), 12));
    Program surveyed = results.program;
    asOf = results.asOf;
    programs.add(surveyed);
    attendance.addAll(ProgramGenerator.attendance(a, 11));
    attendance.addAll(ProgramGenerator.attendance(b, 12));
    report = HtmlReport.builder(directory).planned(a.program(), plan).program(surveyed)
        .attendance(attendance).asOf(asOf).build();
  }

  /**
   * Every event of a program with a time, read off the model (not off the report's code).
   *
   * @param p a program
   * @return the ids
   */
  static Set<String> eventIds(Program p) {
    Set<String> out = new TreeSet<>();
    for (Edition e : p.editions()) {
      for (Module m : e.modules()) {
        for (Session s : m.sessions()) {
          s.when().ifPresent(w -> out.add(s.id().value()));
        }
      }
    }
    for (MentorPairing mp : p.pairings()) {
      mp.meetings().forEach(x -> out.add(x.id().value()));
    }
    for (LearningCircle c : p.circles()) {
      c.meetings().forEach(x -> out.add(x.id().value()));
    }
    for (ReflectionMeeting r : p.reflectionMeetings()) {
      out.add(r.id().value());
    }
    return out;
  }
}
