package org.civiclab.core.analysis;

import static org.civiclab.core.analysis.Fixtures.edition;
import static org.civiclab.core.analysis.Fixtures.enrol;
import static org.civiclab.core.analysis.Fixtures.id;
import static org.civiclab.core.analysis.Fixtures.module;
import static org.civiclab.core.analysis.Fixtures.program;
import static org.civiclab.core.analysis.Fixtures.record;
import static org.civiclab.core.analysis.Fixtures.session;
import static org.civiclab.core.model.AttendanceStatus.ABSENT;
import static org.civiclab.core.model.AttendanceStatus.EXCUSED;
import static org.civiclab.core.model.AttendanceStatus.LATE;
import static org.civiclab.core.model.AttendanceStatus.PRESENT;
import static org.civiclab.core.model.EnrollmentStatus.CANCELLED;
import static org.civiclab.core.model.EnrollmentStatus.COMPLETED;
import static org.civiclab.core.model.EnrollmentStatus.CONFIRMED;
import static org.civiclab.core.model.EnrollmentStatus.REGISTERED;
import static org.civiclab.core.model.EnrollmentStatus.WAITLISTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.CompletionRule;
import org.civiclab.core.model.CompletionRuleId;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.SurveyId;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.survey.EvaluationLevel;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Completions} on one hand-made program whose every decision is worked out below: which
 * rule applies to whom (a track's own rule before the rule for everyone, module rules only for
 * module certificates and only for the people their module serves and their track names), the
 * latest record per session and person (out-of-order and tied records, another program's
 * records), the fewest sessions needed, the survey asked for, what {@code record} changes, and
 * the exact cells of {@code table} and {@code summary}.
 */
class CompletionsTest {
  private static final EditionId E24 = EditionId.of("e24");
  private static final EditionId E25 = EditionId.of("e25");
  private static final Optional<SurveyId> POST = Optional.of(SurveyId.of("post"));
  private static final Optional<SurveyId> NO_SURVEY = Optional.empty();
  private static final Optional<String> T1 = Optional.of("t1");
  private static final Optional<String> T2 = Optional.of("t2");

  private static CompletionRule.Builder rule(String id, double min) {
    return CompletionRule.builder().id(CompletionRuleId.of(id)).minAttendance(min);
  }

  private static Survey survey(String id, String... respondents) {
    Survey.Builder b = Survey.builder().id(SurveyId.of(id)).title(LocalizedText.of("en", id))
        .level(EvaluationLevel.values()[0]).anonymous(false);
    for (String r : respondents) {
      b.addResponses(Response.builder().respondent(id(r))
          .submittedOn(LocalDate.of(2024, 12, 1)).build());
    }
    return b.build();
  }

  /**
   * Edition e24 has tracks t1 and t2; m1 (s1, s2) serves everyone, m2 (s3) serves t2 only. a and
   * b are in t1, c, d (waitlisted) and e (cancelled) in t2, f has no track. Edition e25 has m9
   * (s9) and a again, without a track. The rules, in this order: a certificate of m1 for t2
   * only, a certificate of m2, one of m9, the edition rule of t2 (everything) and the edition
   * rule for everyone (half, and the post survey). a answered the post survey, f only the pre.
   */
  static Program course() {
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
    return program("p", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
        .addEdition(edition("e24", 2024)
            .addTracks(AnalysesTest.track("t1"), AnalysesTest.track("t2"))
            .addModule(module("m1", march).addSessions(session("s1", LocalDate.of(2024, 3, 4)),
                session("s2", LocalDate.of(2024, 3, 11))).build())
            .addModule(module("m2", april).addTrack(TrackId.of("t2"))
                .addSession(session("s3", LocalDate.of(2024, 4, 8))).build())
            .addEnrollments(enrol("a", CONFIRMED, 0, T1), enrol("b", COMPLETED, 1, T1),
                enrol("c", REGISTERED, 2, T2), enrol("d", WAITLISTED, 3, T2),
                enrol("e", CANCELLED, 4, T2), enrol("f", CONFIRMED, 5, Optional.empty()))
            .build())
        .addEdition(edition("e25", 2025)
            .addModule(module("m9", DateRange.of(LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31))).addSession(session("s9", LocalDate.of(2025, 3, 3)))
                .build())
            .addEnrollments(enrol("a", CONFIRMED, 0, Optional.empty())).build())
        .addSurveys(survey("pre", "f", "c"), survey("post", "a"))
        .addCompletionRules(
            rule("cert-m1-t2", 0.5).module(ModuleId.of("m1")).track(TrackId.of("t2")).build(),
            rule("cert-m2", 1.0).module(ModuleId.of("m2")).build(),
            rule("cert-m9", 1.0).module(ModuleId.of("m9")).build(),
            rule("track-t2", 1.0).track(TrackId.of("t2")).build(),
            rule("all", 0.5).survey(POST.get()).build())
        .build();
  }

  /**
   * a: s1 present, s2 absent then late (2 of 2; the record at s3, a session not for t1, does not
   * count). b: s1 present at minute 10, an earlier absence given after it is older (1 of 2). c:
   * s1, s2 present, s3 present then absent at the same instant (the later given wins), and a
   * presence at s3 in another program (2 of 3). d is off the roll; f was absent at s1.
   */
  static List<Attendance> log() {
    return List.of(
        record("p", "s1", "a", PRESENT, 1), record("p", "s2", "a", ABSENT, 1),
        record("p", "s2", "a", LATE, 5), record("p", "s3", "a", PRESENT, 6),
        record("p", "s1", "b", PRESENT, 10), record("p", "s1", "b", ABSENT, 3),
        record("p", "s2", "b", EXCUSED, 4),
        record("p", "s1", "c", PRESENT, 2), record("p", "s2", "c", PRESENT, 2),
        record("p", "s3", "c", PRESENT, 20), record("p", "s3", "c", ABSENT, 20),
        record("q", "s3", "c", PRESENT, 99),
        record("p", "s1", "d", PRESENT, 2), record("p", "s2", "d", PRESENT, 2),
        record("p", "s3", "d", PRESENT, 2),
        record("p", "s1", "f", ABSENT, 2));
  }

  private static Completions.Decision decision(String person, String rule,
      Optional<String> module, int required, int attended, int needed,
      Optional<SurveyId> survey, boolean answered, boolean completed) {
    return new Completions.Decision(id(person), CompletionRuleId.of(rule),
        module.map(ModuleId::of), required, attended, needed, survey, answered, completed);
  }

  private static List<EnrollmentStatus> statuses(Program p, EditionId e) {
    return p.edition(e).orElseThrow().enrollments().stream().map(Enrollment::status).toList();
  }

  private static Problem problem(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(InvalidInputException.class, call).problems().get(0);
  }

  @Test
  void editionDecisionsFollowTheTrackRuleBeforeTheRuleForEveryone() {
    assertEquals(List.of(
        decision("a", "all", Optional.empty(), 2, 2, 1, POST, true, true),
        decision("b", "all", Optional.empty(), 2, 1, 1, POST, false, false),
        decision("c", "track-t2", Optional.empty(), 3, 2, 3, NO_SURVEY, false, false),
        decision("f", "all", Optional.empty(), 2, 0, 1, POST, false, false)),
        Completions.decide(course(), E24, log()));
    assertEquals(List.of(decision("a", "all", Optional.empty(), 1, 0, 1, POST, true, false)),
        Completions.decide(course(), E25, log()));
  }

  @Test
  void moduleDecisionsCoverTheServedPeopleOfTheRuleTrackOnly() {
    assertEquals(List.of(
        decision("c", "cert-m1-t2", Optional.of("m1"), 2, 2, 1, NO_SURVEY, false, true),
        decision("c", "cert-m2", Optional.of("m2"), 1, 0, 1, NO_SURVEY, false, false)),
        Completions.modules(course(), E24, log()));
    assertEquals(List.of(
        decision("a", "cert-m9", Optional.of("m9"), 1, 0, 1, NO_SURVEY, false, false)),
        Completions.modules(course(), E25, log()));
  }

  @Test
  void explanationsNameTheMissingSessionsOnlyWhenAttendanceFellShort() {
    List<String> words = Completions.decide(course(), E24, log()).stream()
        .map(Completions.Decision::explanation).toList();
    assertEquals(List.of("completed: 2 of 2 required sessions, survey answered",
        "not completed: 1 of 2 required sessions, survey not answered",
        "not completed: 2 of 3 required sessions (needs 3)",
        "not completed: 0 of 2 required sessions (needs 1), survey not answered"), words);
  }

  @Test
  void recordCompletesAndUncompletesOnlyRollEnrolmentsAndIgnoresModuleDecisions() {
    Program p = course();
    List<Completions.Decision> decided = new ArrayList<>(Completions.decide(p, E24, log()));
    // a module certificate saying b completed must not count for the edition
    decided.add(decision("b", "cert-m2", Optional.of("m2"), 1, 1, 1, NO_SURVEY, false, true));
    // nor may a decision on someone off the roll change their status
    decided.add(decision("d", "all", Optional.empty(), 2, 2, 1, POST, true, true));
    Program recorded = Completions.record(p, E24, decided);
    assertEquals(List.of(COMPLETED, CONFIRMED, REGISTERED, WAITLISTED, CANCELLED, CONFIRMED),
        statuses(recorded, E24));
    assertEquals(p.edition(E25), recorded.edition(E25));
    assertEquals(p, Completions.record(p, E24, Completions.modules(p, E24, log())));
    assertEquals(recorded, Completions.recordAll(p, log()));
  }

  @Test
  void anUnknownEditionIsRefusedWithTheProgramAndEditionNamed() {
    Program p = course();
    EditionId none = EditionId.of("e99");
    for (org.junit.jupiter.api.function.Executable call : List.<
        org.junit.jupiter.api.function.Executable>of(
        () -> Completions.decide(p, none, log()), () -> Completions.modules(p, none, log()),
        () -> Completions.record(p, none, List.of()),
        () -> Completions.table(p, none, List.of()))) {
      Problem x = problem(call);
      assertEquals("edition", x.path());
      assertEquals("program 'p' has no edition 'e99'", x.message());
    }
  }

  @Test
  void theTableHasOneRowPerDecisionWithItsExplanation() {
    Program p = course();
    List<Completions.Decision> all = new ArrayList<>(Completions.decide(p, E24, log()));
    all.addAll(Completions.modules(p, E24, log()));
    Table t = Completions.table(p, E24, all);
    assertEquals("completion per person", t.title());
    assertEquals("program,edition,person,rule,module,required,attended,survey,completed,"
        + "explanation\r\n"
        + "p,2024,a,all,,2,2,post,yes,\"completed: 2 of 2 required sessions, survey answered\""
        + "\r\n"
        + "p,2024,b,all,,2,1,post,no,\"not completed: 1 of 2 required sessions, survey not "
        + "answered\"\r\n"
        + "p,2024,c,track-t2,,3,2,,no,not completed: 2 of 3 required sessions (needs 3)\r\n"
        + "p,2024,f,all,,2,0,post,no,\"not completed: 0 of 2 required sessions (needs 1), "
        + "survey not answered\"\r\n"
        + "p,2024,c,cert-m1-t2,m1,2,2,,yes,completed: 2 of 2 required sessions\r\n"
        + "p,2024,c,cert-m2,m2,1,0,,no,not completed: 0 of 1 required sessions (needs 1)\r\n",
        t.toCsv());
    assertEquals(3L, t.count(2, "required"));
    assertEquals("2025", Completions.table(p, E25, Completions.decide(p, E25, log()))
        .text(0, "edition"));
  }

  @Test
  void theSummaryCountsDecidedAndCompletedPerModuleAndGroupInFirstSeenOrder() {
    Program p = course();
    List<Completions.Decision> all = new ArrayList<>(Completions.decide(p, E24, log()));
    all.addAll(Completions.modules(p, E24, log()));
    Map<PersonId, String> group = Map.of(id("a"), "t1", id("b"), "t1", id("c"), "t2",
        id("f"), "none");
    Table expected = Table.builder("completion per group", "module", "group", "decided",
        "completed", "rate")
        .row("(all)", "t1", 2, 1, 0.5).row("(all)", "t2", 1, 0, 0.0)
        .row("(all)", "none", 1, 0, 0.0).row("m1", "t2", 1, 1, 1.0)
        .row("m2", "t2", 1, 0, 0.0).build();
    assertEquals(expected, Completions.summary(all, group::get));
    assertEquals(Table.builder("completion per group", "module", "group", "decided",
        "completed", "rate").build(), Completions.summary(List.of(), group::get));
  }
}
