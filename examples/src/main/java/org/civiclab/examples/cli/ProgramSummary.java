package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civiclab.core.Problem;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.FollowUpAction;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.Track;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.validation.ValidationReport;
import org.civiclab.examples.seeds.SeedProgram;

/**
 * Writes a readable, aligned summary of one seed program: titles, organiser, period, editions
 * with tracks, modules and sessions, enrolment, pairings, circles, visits, outreach,
 * reflection meetings, evaluations and the validation outcome.
 */
final class ProgramSummary {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final int LABEL = 13;
  private static final String RULE = "═".repeat(78);

  private final SeedProgram seed;
  private final Program program;
  private final DirectorySnapshot directory;
  private final PrintWriter out;

  private ProgramSummary(SeedProgram seed, PrintWriter out) {
    this.seed = seed;
    this.program = seed.program();
    this.directory = seed.directory();
    this.out = out;
  }

  /**
   * Writes the summary of a seed program and its validation outcome.
   *
   * @param seed the seed program
   * @param report its validation report
   * @param out where to write
   */
  static void write(SeedProgram seed, ValidationReport report, PrintWriter out) {
    new ProgramSummary(seed, out).write(report);
  }

  private void write(ValidationReport report) {
    out.println(RULE);
    out.println(seed.source() + "  " + program.title().text() + "  [" + program.id() + "]");
    out.println(RULE);
    texts("Title", program.title());
    field("Organiser", organization(program.organizer()));
    if (!program.funders().isEmpty()) {
      field("Funders", program.funders().stream().map(this::organization)
          .collect(Collectors.joining("; ")));
    }
    if (!program.partners().isEmpty()) {
      field("Partners", program.partners().stream().map(this::organization)
          .collect(Collectors.joining("; ")));
    }
    field("Period", program.period().start() + " .. " + program.period().end() + "   zone "
        + program.zone());
    program.academicCalendar().ifPresent(c -> field("Terms", c.name() + ": " + c.terms()
        .stream().map(Object::toString).collect(Collectors.joining(", "))));
    program.holidays().ifPresent(h -> field("Holidays", h.name() + " (" + h.holidays().size()
        + " days off)"));
    int orgs = directory.organizations().size();
    field("Directory", directory.people().size() + " people, " + orgs
        + (orgs == 1 ? " organisation" : " organisations"));
    roles();
    editions();
    pairings();
    circles();
    visits();
    outreach();
    reflection();
    evaluations();
    out.println();
    validation(report, "validation", out);
    out.println();
  }

  /**
   * Writes the outcome of validation: OK, or every problem on its own line.
   *
   * @param report the report
   * @param label what the line starts with
   * @param out where to write
   */
  static void validation(ValidationReport report, String label, PrintWriter out) {
    if (report.isValid()) {
      out.println("  " + label + ": OK (0 problems)");
    } else {
      out.println("  " + label + ": " + report.problems().size() + " problem(s)");
      for (Problem p : report.problems()) {
        out.println("    - " + Terminal.oneLine(p));
      }
    }
  }

  /**
   * @param c a learning circle
   * @return its experience mix, such as {@code 3 novice, 2 experienced}
   */
  static String mix(LearningCircle c) {
    Map<ExperienceLevel, Long> mix = c.members().stream().collect(Collectors.groupingBy(
        CircleMember::level, () -> new EnumMap<>(ExperienceLevel.class), Collectors.counting()));
    return mix.entrySet().stream().map(e -> e.getValue() + " "
        + e.getKey().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  private void roles() {
    if (program.roles().isEmpty()) {
      return;
    }
    Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
    for (RoleAssignment r : program.roles()) {
      byRole.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(person(r.person()));
    }
    boolean first = true;
    for (Map.Entry<Role, List<String>> e : byRole.entrySet()) {
      field(first ? "Roles" : "", pad(e.getKey().name(), 16) + String.join(", ", e.getValue()));
      first = false;
    }
  }

  private void editions() {
    if (program.editions().isEmpty()) {
      return;
    }
    out.println();
    out.println("  Editions (" + program.editions().size() + ")");
    for (Edition e : program.editions()) {
      if (e.modules().isEmpty()) {
        out.println("    " + pad(e.label(), 11) + e.period() + "   " + pad("tracks "
            + e.tracks().stream().map(t -> t.id().value()).collect(Collectors.joining(", ")),
            45) + enrolmentCounts(e, false));
        continue;
      }
      out.println("    " + pad(e.label(), 11) + e.period()
          + e.funding().map(f -> "   funding: " + organization(f.funder()) + ", " + f.status())
              .orElse(""));
      for (Track t : e.tracks()) {
        out.println("      Track " + t.id() + ": " + t.name().text()
            + t.capacity().map(n -> " (" + n + " places)").orElse(""));
        out.println("        focus: " + both(t.focus()) + eligibility(t));
      }
      for (int i = 0; i < e.modules().size(); i++) {
        module(i + 1, e.modules().get(i));
      }
      e.enrollmentPolicy().ifPresent(p -> out.println("      Enrolment  " + policy(p)));
      out.println("                 " + enrolmentCounts(e, true) + audiences(e));
    }
    long alumni = program.editions().stream().flatMap(e -> e.enrollments().stream())
        .filter(Alumnus::completes).map(Enrollment::person)
        .distinct().count();
    if (alumni > 0) {
      out.println("    Alumni: " + alumni + " people completed an edition");
    }
  }

  private String eligibility(Track t) {
    List<String> parts = new ArrayList<>();
    parts.addAll(t.eligibility().regions());
    if (!t.eligibility().countries().isEmpty()) {
      parts.add(String.join(" ", t.eligibility().countries()));
    }
    t.eligibility().careerStages().forEach(s -> parts.add(s.name()));
    return parts.isEmpty() ? "" : "   eligible: " + String.join("; ", parts);
  }

  private void module(int n, Module m) {
    out.println("      Module " + n + "  " + both(m.title()));
    out.println("        " + m.window() + "   " + m.mode() + "   " + m.sessions().size()
        + " sessions" + (m.facilitators().isEmpty() ? "" : "   led by "
            + m.facilitators().stream().map(this::person).collect(Collectors.joining(", "))));
    if (!m.topics().isEmpty()) {
      out.println("        topics: " + String.join("; ", m.topics()));
    }
    for (Session s : m.sessions()) {
      String when = s.when().map(this::span)
          .orElse(pad("(not yet placed, " + s.duration().toHours() + " h)", 46));
      String extra = s.speakers().isEmpty() ? "" : "   speakers: " + s.speakers().stream()
          .map(this::person).collect(Collectors.joining(", "));
      out.println("        " + when + "  " + pad(s.format().name(), 17) + pad(s.mode().name(), 8)
          + s.title().text() + extra);
    }
  }

  private String span(TimeSpan t) {
    return pad(DAY.format(t.start()) + "  " + TIME.format(t.start()) + "–" + TIME.format(t.end())
        + "  " + t.zone(), 46);
  }

  private static String policy(EnrollmentPolicy p) {
    return "capacity " + p.capacity() + "   audiences " + p.audiences().stream()
        .map(a -> a.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" + "))
        + p.staffPlaces().map(n -> "   staff places " + n).orElse("")
        + p.externalPlaces().map(n -> "   external places " + n).orElse("");
  }

  private static String audiences(Edition e) {
    Map<Audience, Long> held = e.enrollments().stream().filter(Enrollment::holdsPlace)
        .collect(Collectors.groupingBy(Enrollment::audience,
            () -> new EnumMap<>(Audience.class), Collectors.counting()));
    if (held.size() < 2) {
      return "";
    }
    return "   (places held: " + held.entrySet().stream()
        .map(x -> x.getKey().name().toLowerCase(Locale.ROOT) + " " + x.getValue())
        .collect(Collectors.joining(", ")) + ")";
  }

  private static String enrolmentCounts(Edition e, boolean full) {
    Map<EnrollmentStatus, Long> counts = e.enrollments().stream()
        .collect(Collectors.groupingBy(Enrollment::status, () -> new EnumMap<>(
            EnrollmentStatus.class), Collectors.counting()));
    StringBuilder b = new StringBuilder();
    for (EnrollmentStatus s : List.of(EnrollmentStatus.REGISTERED, EnrollmentStatus.CONFIRMED,
        EnrollmentStatus.WAITLISTED, EnrollmentStatus.CANCELLED, EnrollmentStatus.COMPLETED)) {
      long n = counts.getOrDefault(s, 0L);
      boolean always = full && s != EnrollmentStatus.CANCELLED && s != EnrollmentStatus.COMPLETED;
      if (n > 0 || always) {
        b.append(s.name().toLowerCase(Locale.ROOT)).append(' ').append(n).append("  ");
      }
    }
    return b.toString().trim();
  }

  private void pairings() {
    if (program.pairings().isEmpty()) {
      return;
    }
    out.println();
    Set<String> shapes = program.pairings().stream()
        .map(p -> p.direction() + ", " + p.cadence() + ", " + p.period())
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    boolean shared = shapes.size() == 1;
    out.println("  Mentor pairings (" + program.pairings().size() + ")"
        + (shared ? ": " + shapes.iterator().next() : ""));
    int mentorWidth = program.pairings().stream()
        .mapToInt(p -> width(personWithUnit(p.mentor()))).max().orElse(0) + 1;
    int menteeWidth = program.pairings().stream()
        .mapToInt(p -> width(personWithUnit(p.mentee()))).max().orElse(0) + 1;
    for (MentorPairing p : program.pairings()) {
      long held = p.meetings().stream().filter(m -> m.status() == MeetingStatus.HELD).count();
      out.println("    " + pad(p.id().value(), 13) + pad(personWithUnit(p.mentor()), mentorWidth)
          + "mentors  " + pad(personWithUnit(p.mentee()), menteeWidth) + p.meetings().size()
          + " meetings (" + held + " held)"
          + (shared ? "" : "   " + p.direction() + ", " + p.cadence() + ", " + p.period()));
    }
    program.academicCalendar().ifPresent(c -> {
      MentorPairing first = program.pairings().get(0);
      String perTerm = c.termsOverlapping(first.period()).stream()
          .map(t -> t.name() + ": " + first.meetings().stream()
              .filter(m -> t.dates().contains(m.when().day())).count())
          .collect(Collectors.joining(", "));
      out.println("    meetings per term (" + first.id() + "): " + perTerm);
    });
  }

  private void circles() {
    if (program.circles().isEmpty()) {
      return;
    }
    out.println();
    out.println("  Learning circles (" + program.circles().size() + ")");
    for (LearningCircle c : program.circles()) {
      out.println("    " + c.name());
      out.println("      " + c.members().size() + " members (" + mix(c) + "), size "
          + c.composition().minSize() + "-" + c.composition().maxSize()
          + ", " + c.cadence() + ", " + c.meetings().size() + " meetings");
      out.println("      facilitated by " + c.facilitators().stream().map(this::person)
          .collect(Collectors.joining(", ")) + "; invited experts " + c.invitedExperts()
          .stream().map(this::person).collect(Collectors.joining(", ")));
      if (!c.meetings().isEmpty()) {
        Meeting m = c.meetings().get(0);
        out.println("      first meeting " + span(m.when()).trim() + "  " + m.mode());
      }
    }
  }

  private void visits() {
    if (program.exchangeVisits().isEmpty()) {
      return;
    }
    out.println();
    out.println("  Exchange visits (" + program.exchangeVisits().size() + ")");
    List<ExchangeVisit> visits = new ArrayList<>(program.exchangeVisits());
    visits.sort(Comparator.comparing(v -> v.period().start()));
    for (ExchangeVisit v : visits) {
      out.println("    " + pad(v.kind().name(), 27) + pad(v.period().toString(), 24)
          + pad(v.city() + ", " + v.country(), 16) + organization(v.host()) + "   "
          + v.visitors().size() + " visitor(s)" + v.theme().map(t -> "   " + t).orElse(""));
    }
  }

  private void outreach() {
    if (program.outreachMeetings().isEmpty()) {
      return;
    }
    out.println();
    out.println("  Outreach meetings (" + program.outreachMeetings().size() + ")");
    Map<ActionStatus, Integer> statuses = new EnumMap<>(ActionStatus.class);
    for (OutreachMeeting o : program.outreachMeetings()) {
      out.println("    " + span(o.when()) + pad(o.community(), 12) + o.region().orElse("")
          + o.residentsAttending().map(n -> "   " + n + " residents").orElse(""));
      for (var f : o.findings()) {
        out.println("      finding " + f.id() + f.category().map(c -> " [" + c + "]").orElse("")
            + ": " + f.issue());
        for (FollowUpAction a : o.followUps()) {
          if (a.finding().equals(f.id())) {
            out.println("        -> " + pad(a.status().name(), 12) + organization(a.partner())
                + ": " + a.action() + a.due().map(d -> " (due " + d + ")").orElse(""));
            statuses.merge(a.status(), 1, Integer::sum);
          }
        }
      }
    }
    out.println("    follow-up status: " + statuses.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", ")));
  }

  private void reflection() {
    for (ReflectionMeeting r : program.reflectionMeetings()) {
      out.println();
      out.println("  Reflection meeting  " + span(r.when()).trim());
      out.println("    sectors (" + r.sectors().size() + "): " + r.sectors().stream()
          .map(Enum::name).collect(Collectors.joining(", ")));
      for (Representation p : r.participants()) {
        out.println("      " + pad(p.sector().name(), 15) + organization(p.organization())
            + p.person().map(x -> " — " + person(x)).orElse(""));
      }
      if (!r.themes().isEmpty()) {
        out.println("    themes: " + String.join("; ", r.themes()));
      }
    }
  }

  private void evaluations() {
    if (program.evaluations().isEmpty()) {
      return;
    }
    Map<String, List<Integer>> byQuestion = new TreeMap<>();
    for (Evaluation e : program.evaluations()) {
      e.ratings().forEach((q, v) -> byQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(v));
    }
    out.println();
    out.println("  Evaluations (" + program.evaluations().size() + " responses, from "
        + program.evaluations().stream().map(Evaluation::submittedOn).min(Comparator.naturalOrder()).map(Object::toString).orElse("")
        + ")");
    byQuestion.forEach((q, vs) -> out.println("    " + pad(q, 34) + String.format(Locale.ROOT,
        "mean %.1f of 5 (%d answers)", vs.stream().mapToInt(Integer::intValue).average()
            .orElse(0), vs.size())));
  }

  private void texts(String label, LocalizedText text) {
    field(label, text.original() + "  " + text.text() + "   (original)");
    for (Map.Entry<String, String> e : text.texts().entrySet()) {
      if (!e.getKey().equals(text.original())) {
        field("", e.getKey() + "  " + e.getValue());
      }
    }
  }

  private static String both(LocalizedText text) {
    Set<String> languages = text.texts().keySet();
    return languages.stream().map(l -> text.texts().get(l)).collect(Collectors.joining(" / "));
  }

  private String organization(OrganizationId id) {
    return directory.organization(id).map(o -> o.name().text()).orElse(id + " (unknown)");
  }

  private String personWithUnit(PersonId id) {
    return directory.person(id).map(p -> p.fullName() + p.unit().map(u -> " (" + u + ")")
        .orElse("")).orElse(id + " (unknown)");
  }

  private String person(PersonId id) {
    return directory.person(id).map(p -> p.fullName()).orElse(id + " (unknown)");
  }

  private void field(String label, String value) {
    out.println("  " + pad(label, LABEL) + value);
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String pad(String s, int width) {
    int length = width(s);
    return length >= width ? s + " " : s + " ".repeat(width - length);
  }
}
