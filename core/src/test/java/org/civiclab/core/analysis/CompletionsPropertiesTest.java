package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.CompletionRule;
import org.civiclab.core.model.CompletionRuleId;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.SurveyGenerator;

/**
 * Every field of {@link Completions#decide} and {@link Completions#modules} against a naive
 * recomputation from the raw attendance log, on generated programs given a second track (some
 * enrolments moved to it or left without a track, some modules serving one track only), a
 * module rule for one track, and a log with corrections recorded out of order and at tied
 * instants.
 */
class CompletionsPropertiesTest {
  private static final TrackId OTHER = TrackId.of("other");

  /** The generated program with its first edition split over two tracks, and more rules. */
  private static Program varied(long seed, int size, SplittableRandom r) {
    Program p = SurveyGenerator.withSurveys(ProgramGenerator.generate(seed, size).program(),
        seed);
    if (p.editions().isEmpty()) {
      return p;
    }
    Edition first = p.editions().get(0);
    List<Enrollment> moved = new ArrayList<>();
    for (Enrollment en : first.enrollments()) {
      int k = r.nextInt(3);
      moved.add(k == 0 ? en : k == 1 ? en.withTrack(OTHER) : en.withTrack(Optional.empty()));
    }
    List<Module> modules = new ArrayList<>();
    for (Module m : first.modules()) {
      int k = r.nextInt(3);
      modules.add(k == 0 ? m : k == 1 ? m.withTracks(OTHER)
          : m.withTracks(first.tracks().get(0).id()));
    }
    List<Track> tracks = new ArrayList<>(first.tracks());
    tracks.add(Track.builder().id(OTHER).name(LocalizedText.of("en", "Other"))
        .focus(LocalizedText.of("en", "other")).build());
    List<Edition> editions = new ArrayList<>(p.editions());
    editions.set(0, first.withTracks(tracks).withModules(modules).withEnrollments(moved));
    List<CompletionRule> rules = new ArrayList<>(p.completionRules());
    for (Module m : modules) {
      rules.add(CompletionRule.builder().id(CompletionRuleId.of("other-" + m.id()))
          .module(m.id()).track(OTHER).minAttendance(0.5 + r.nextInt(5) / 10.0).build());
    }
    rules.add(CompletionRule.builder().id(CompletionRuleId.of("own")).track(OTHER)
        .minAttendance(0.25 + r.nextInt(4) / 4.0).build());
    return p.withEditions(editions).withCompletionRules(rules);
  }

  /** The generator's log with some records repeated at earlier, tied or later instants. */
  private static List<Attendance> corrected(List<Attendance> log, SplittableRandom r) {
    List<Attendance> out = new ArrayList<>(log);
    for (Attendance a : log) {
      if (r.nextInt(3) == 0) {
        Instant at = a.recordedAt().plusSeconds(r.nextInt(3) - 1);
        out.add(a.withRecordedAt(at)
            .withStatus(AttendanceStatus.values()[r.nextInt(AttendanceStatus.values().length)]));
      }
    }
    return out;
  }

  private static boolean present(List<Attendance> log, Program p, Session s, Enrollment en) {
    Attendance best = null;
    for (Attendance a : log) {
      if (a.program().equals(p.id()) && a.event().equals(s.id())
          && a.person().equals(en.person())
          && (best == null || !a.recordedAt().isBefore(best.recordedAt()))) {
        best = a;
      }
    }
    return best != null && best.attended();
  }

  private static boolean serves(Module m, Enrollment en) {
    return m.tracks().isEmpty() || (en.track().isPresent() && m.tracks().contains(en.track()
        .get()));
  }

  private static boolean onRoll(Enrollment en) {
    return en.status() == EnrollmentStatus.REGISTERED || en.status() == EnrollmentStatus.CONFIRMED
        || en.status() == EnrollmentStatus.COMPLETED;
  }

  /** The fewest attended of so many required sessions that make at least the share. */
  private static int needed(double share, int required) {
    int k = 0;
    while (k < required && k < share * required - 1e-9) {
      k++;
    }
    return k;
  }

  private static Completions.Decision naive(Program p, Enrollment en, CompletionRule rule,
      List<Module> modules, List<Attendance> log) {
    int required = 0;
    int attended = 0;
    for (Module m : modules) {
      if (serves(m, en)) {
        for (Session s : m.sessions()) {
          required++;
          attended += present(log, p, s, en) ? 1 : 0;
        }
      }
    }
    boolean answered = false;
    for (Survey s : p.surveys()) {
      for (Response resp : s.responses()) {
        answered |= rule.survey().equals(Optional.of(s.id()))
            && resp.respondent().equals(Optional.of(en.person()));
      }
    }
    int needed = needed(rule.minAttendance(), required);
    boolean completed = attended >= needed && (rule.survey().isEmpty() || answered);
    return new Completions.Decision(en.person(), rule.id(), rule.module(), required, attended,
        needed, rule.survey(), answered, completed);
  }

  @Property(tries = 40)
  void decisionsEqualANaiveRecomputation(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 4) int size) {
    SplittableRandom r = new SplittableRandom(seed);
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, size);
    Program p = varied(seed, size, r);
    List<Attendance> log = corrected(ProgramGenerator.attendance(g, seed + 1), r);
    for (Edition e : p.editions()) {
      List<Completions.Decision> edition = new ArrayList<>();
      for (Enrollment en : e.enrollments()) {
        if (!onRoll(en)) {
          continue;
        }
        CompletionRule rule = null;
        for (CompletionRule x : p.completionRules()) {
          if (rule == null && x.module().isEmpty() && x.track().isPresent()
              && x.track().equals(en.track())) {
            rule = x;
          }
        }
        for (CompletionRule x : p.completionRules()) {
          if (rule == null && x.module().isEmpty() && x.track().isEmpty()) {
            rule = x;
          }
        }
        if (rule != null) {
          edition.add(naive(p, en, rule, e.modules(), log));
        }
      }
      assertEquals(edition, Completions.decide(p, e.id(), log), e.id().toString());
      List<Completions.Decision> certificates = new ArrayList<>();
      for (CompletionRule x : p.completionRules()) {
        for (Module m : e.modules()) {
          if (!x.module().equals(Optional.of(m.id()))) {
            continue;
          }
          for (Enrollment en : e.enrollments()) {
            if (onRoll(en) && (x.track().isEmpty() || x.track().equals(en.track()))
                && serves(m, en)) {
              certificates.add(naive(p, en, x, List.of(m), log));
            }
          }
        }
      }
      assertEquals(certificates, Completions.modules(p, e.id(), log), e.id().toString());
    }
  }
}
