package org.civiclab.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.CompletionRule;
import org.civiclab.core.model.CompletionRuleId;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Expectation;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;

/**
 * Applies a program's {@link CompletionRule}s to an edition's attendance and surveys: who
 * completed, each decision explained ("completed: 9 of 10 required sessions, survey
 * answered"), and the edition with its enrolments marked completed, from which alumni derive.
 *
 * <p>The people decided on are the enrolments on the edition's roll (registered, confirmed or
 * completed, {@link Expectation#ROLL}). For each, the rule for their track applies when the
 * program has one, otherwise the rule without a track; a person with no applicable rule is not
 * decided on. Rules with a module decide module certificates ({@link #modules}) and never
 * change an enrolment. Attendance is read as everywhere: the latest record per session and
 * person counts (ties to the record given last). Thread-safe; pure functions.
 */
@API(status = STABLE, since = "0.1.0")
public final class Completions {
  private Completions() {}

  /**
   * One person's completion, with what it rests on.
   *
   * @param person who
   * @param rule the rule applied
   * @param module the module certified, for a module rule
   * @param required the person's required sessions
   * @param attended those the person was present at
   * @param needed the fewest attended sessions the rule accepts
   * @param survey the survey the rule asks for, if any
   * @param surveyAnswered whether the person answered it (false when none is asked)
   * @param completed whether the rule holds
   */
  @API(status = STABLE, since = "0.1.0")
  public record Decision(PersonId person, CompletionRuleId rule, Optional<ModuleId> module,
      int required, int attended, int needed, Optional<SurveyId> survey,
      boolean surveyAnswered, boolean completed) {

    /** @return the decision in words, such as "completed: 9 of 10 required sessions" */
    public String explanation() {
      StringBuilder b = new StringBuilder(completed ? "completed: " : "not completed: ");
      b.append(attended).append(" of ").append(required).append(" required sessions");
      if (!completed && attended < needed) {
        b.append(" (needs ").append(needed).append(')');
      }
      if (survey.isPresent()) {
        b.append(surveyAnswered ? ", survey answered" : ", survey not answered");
      }
      return b.toString();
    }
  }

  /**
   * Decides edition completion for everyone on the edition's roll.
   *
   * @param program the program with its rules and surveys
   * @param edition one of its editions
   * @param records attendance records, in append order
   * @return one decision per person with an applicable rule, in enrolment order
   * @throws InvalidInputException when the program has no such edition
   */
  public static ImmutableList<Decision> decide(Program program, EditionId edition,
      Iterable<Attendance> records) {
    return run(program, edition, records, false);
  }

  /**
   * Decides module certificates: every rule with a module, for everyone on its roll.
   *
   * @param program the program with its rules and surveys
   * @param edition one of its editions
   * @param records attendance records, in append order
   * @return one decision per rule and person, in rule then enrolment order
   * @throws InvalidInputException when the program has no such edition
   */
  public static ImmutableList<Decision> modules(Program program, EditionId edition,
      Iterable<Attendance> records) {
    return run(program, edition, records, true);
  }

  /**
   * Records decisions in the program: a completed person's enrolment in the edition becomes
   * {@link EnrollmentStatus#COMPLETED}; a person decided as not completed whose enrolment says
   * completed goes back to {@link EnrollmentStatus#CONFIRMED}. Module decisions are ignored.
   *
   * @param program the program
   * @param edition the edition decided on
   * @param decisions from {@link #decide}
   * @return the changed program
   */
  public static Program record(Program program, EditionId edition, List<Decision> decisions) {
    Edition e = edition(program, edition);
    Map<PersonId, Boolean> done = new HashMap<>();
    decisions.stream().filter(d -> d.module().isEmpty())
        .forEach(d -> done.put(d.person(), d.completed()));
    List<Enrollment> out = new ArrayList<>();
    for (Enrollment en : e.enrollments()) {
      Boolean d = done.get(en.person());
      if (d != null && Expectation.ROLL.includes(en.status())) {
        out.add(en.withStatus(d ? EnrollmentStatus.COMPLETED
            : en.status() == EnrollmentStatus.COMPLETED ? EnrollmentStatus.CONFIRMED
            : en.status()));
      } else {
        out.add(en);
      }
    }
    Edition changed = e.withEnrollments(out);
    List<Edition> editions = new ArrayList<>(program.editions());
    editions.set(editions.indexOf(e), changed);
    return program.withEditions(editions);
  }

  /**
   * Applies the rules to every edition of the program: {@link #decide} then {@link #record}
   * for each. Editions not yet held simply have no attendance, so nobody completes them.
   *
   * @param program the program
   * @param records attendance records, in append order
   * @return the program with completions recorded in every edition
   */
  public static Program recordAll(Program program, Iterable<Attendance> records) {
    Program p = program;
    for (Edition e : program.editions()) {
      p = record(p, e.id(), decide(p, e.id(), records));
    }
    return p;
  }

  /**
   * Decisions as a table: program, edition, person, rule, module, required, attended, survey,
   * completed and the explanation.
   *
   * @param program the program
   * @param edition the edition
   * @param decisions the decisions
   * @return the table
   */
  public static Table table(Program program, EditionId edition, List<Decision> decisions) {
    Table.Builder t = Table.builder("completion per person", "program", "edition", "person",
        "rule", "module", "required", "attended", "survey", "completed", "explanation");
    String label = edition(program, edition).label();
    for (Decision d : decisions) {
      t.row(program.id(), label, d.person(), d.rule(), d.module().map(Object::toString)
          .orElse(""), d.required(), d.attended(), d.survey().map(Object::toString).orElse(""),
          d.completed() ? "yes" : "no", d.explanation());
    }
    return t.build();
  }

  /**
   * Completed share per group of people, for example module certificates by department:
   * {@code summary(decisions, p -> attributes.value(p, "unit").orElse("(unknown)"))}.
   *
   * @param decisions decisions, edition or module
   * @param group the group of a person
   * @return rows of module, group, decided, completed and rate
   */
  public static Table summary(List<Decision> decisions,
      java.util.function.Function<PersonId, String> group) {
    Map<List<String>, long[]> sums = new java.util.LinkedHashMap<>();
    for (Decision d : decisions) {
      long[] s = sums.computeIfAbsent(List.of(d.module().map(Object::toString)
          .orElse(Analyses.ALL), group.apply(d.person())), k -> new long[2]);
      s[0]++;
      s[1] += d.completed() ? 1 : 0;
    }
    Table.Builder t = Table.builder("completion per group", "module", "group", "decided",
        "completed", "rate");
    sums.forEach((k, v) -> t.row(k.get(0), k.get(1), v[0], v[1], Rates.of(v[1], v[0])));
    return t.build();
  }

  private static Edition edition(Program program, EditionId id) {
    return program.edition(id).orElseThrow(() -> InvalidInputException.of("edition",
        "program '" + program.id() + "' has no edition '" + id + "'"));
  }

  private static ImmutableList<Decision> run(Program program, EditionId id,
      Iterable<Attendance> records, boolean moduleRules) {
    Edition e = edition(program, id);
    Map<EventId, Map<PersonId, Boolean>> latest = latest(program, records);
    ImmutableList.Builder<Decision> out = ImmutableList.builder();
    List<Enrollment> roll = e.enrollments().stream()
        .filter(en -> Expectation.ROLL.includes(en.status())).toList();
    if (moduleRules) {
      for (CompletionRule r : program.completionRules()) {
        if (r.module().isEmpty()) {
          continue;
        }
        Optional<Module> m = e.modules().stream().filter(x -> x.id().equals(r.module().get()))
            .findFirst();
        if (m.isEmpty()) {
          continue;
        }
        for (Enrollment en : roll) {
          if (r.track().isPresent() && !r.track().equals(en.track())) {
            continue;
          }
          if (m.get().serves(en)) {
            out.add(decision(program, en, r, List.of(m.get()), latest));
          }
        }
      }
      return out.build();
    }
    for (Enrollment en : roll) {
      Optional<CompletionRule> rule = ruleFor(program, en);
      if (rule.isPresent()) {
        out.add(decision(program, en, rule.get(), e.modules(), latest));
      }
    }
    return out.build();
  }

  private static Optional<CompletionRule> ruleFor(Program program, Enrollment en) {
    Optional<CompletionRule> own = program.completionRules().stream()
        .filter(r -> r.module().isEmpty() && r.track().isPresent()
            && r.track().equals(en.track())).findFirst();
    return own.isPresent() ? own : program.completionRules().stream()
        .filter(r -> r.module().isEmpty() && r.track().isEmpty()).findFirst();
  }

  private static Decision decision(Program program, Enrollment en, CompletionRule r,
      List<Module> modules, Map<EventId, Map<PersonId, Boolean>> latest) {
    int required = 0;
    int attended = 0;
    for (Module m : modules) {
      if (!m.serves(en)) {
        continue;
      }
      for (Session s : m.sessions()) {
        required++;
        if (latest.getOrDefault(s.id(), Map.of()).getOrDefault(en.person(), false)) {
          attended++;
        }
      }
    }
    int needed = 0;
    while (needed < required && !r.attendanceMet(needed, required)) {
      needed++;
    }
    boolean answered = r.survey().isPresent() && answered(program, r.survey().get(),
        en.person());
    boolean completed = r.attendanceMet(attended, required)
        && (r.survey().isEmpty() || answered);
    return new Decision(en.person(), r.id(), r.module(), required, attended, needed,
        r.survey(), answered, completed);
  }

  private static boolean answered(Program program, SurveyId id, PersonId person) {
    for (Survey s : program.surveys()) {
      if (s.id().equals(id)) {
        for (Response r : s.responses()) {
          if (r.respondent().filter(person::equals).isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The latest record's verdict per session and person of the program. */
  private static Map<EventId, Map<PersonId, Boolean>> latest(Program program,
      Iterable<Attendance> records) {
    Set<EventId> sessions = new HashSet<>();
    program.sessions().forEach(s -> sessions.add(s.id()));
    Map<EventId, Map<PersonId, Boolean>> verdict = new HashMap<>();
    Map<EventId, Map<PersonId, Instant>> at = new HashMap<>();
    for (Attendance a : records) {
      if (!a.program().equals(program.id()) || !sessions.contains(a.event())) {
        continue;
      }
      Instant old = at.computeIfAbsent(a.event(), k -> new HashMap<>()).get(a.person());
      if (old == null || !a.recordedAt().isBefore(old)) {
        at.get(a.event()).put(a.person(), a.recordedAt());
        verdict.computeIfAbsent(a.event(), k -> new HashMap<>()).put(a.person(), a.attended());
      }
    }
    return verdict;
  }
}
