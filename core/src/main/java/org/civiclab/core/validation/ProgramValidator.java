package org.civiclab.core.validation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.Comparators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.Problem;
import org.civiclab.core.model.AttributeSchema;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionGroup;
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole program against its references and reports every problem with its path.
 *
 * <p>Paths are relative to the program, such as {@code editions[0].modules[2].sessions[0].when.end}.
 * What is wrong with a person's custom attributes under the program's
 * {@link Program#attributeSchema()} is a fact about the person, not about one place that refers
 * to them: it is reported once per person, at {@code people[<person id>].attributes.<key>}
 * (such as {@code people[ana].attributes.languageLevel}), after the other problems, in the
 * order of {@link Program#referencedPeople()}. The validator is stateless and thread-safe; it
 * never throws for a bad program, it reports.
 *
 * <p>Its work is bounded by the program's size: every check indexes what it looks up (by id,
 * by mentee) instead of searching lists, so validation takes O(n log n) time in the number of
 * elements n, plus the time to report the problems found (directory lookups cost what the
 * {@link DirectoryView} charges, O(log n) for the stores in this library).
 *
 * <p>For example:
 * {@snippet :
 * ValidationReport report = ProgramValidator.validate(program, directory);
 * if (!report.isValid()) {
 *   report.problems().forEach(System.out::println);  // editions[0].modules[2].sessions[0].when.end: ...
 * }
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class ProgramValidator {

  private ProgramValidator() {}

  /**
   * Validates a program, including the custom attributes of every person it refers to who is
   * in the directory against its attribute schema ({@link AttributeSchema#problems(Person)}).
   *
   * @param program the program
   * @param directory where its people and organisations must exist
   * @return every problem found, in program order
   */
  public static ValidationReport validate(Program program, DirectoryView directory) {
    return new Run(program, Optional.of(directory)).run();
  }

  /**
   * Validates what a program can show without a directory: sessions inside their module's
   * window, module order, venues, tracks and evaluation subjects that must exist in the
   * program, one mentor per mentee at a time. References to people and organisations (and
   * track eligibility and people's custom attributes, which need the people) are left open, for
   * a program read before its directory is known.
   *
   * @param program the program
   * @return every problem found that needs no directory, in program order
   */
  public static ValidationReport validateStructure(Program program) {
    return new Run(program, Optional.empty()).run();
  }

  private static final class Run {
    private final Program program;
    /** Empty when references to people and organisations are left open. */
    private final Optional<DirectoryView> directory;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<VenueId> venues;
    /** The ids of the program's parts by kind, built on first use by an evaluation. */
    private @Nullable Map<EvaluationSubject.Kind, Set<String>> subjects;

    Run(Program program, Optional<DirectoryView> directory) {
      this.program = program;
      this.directory = directory;
      this.venues = program.venues().stream().map(v -> v.id()).collect(Collectors.toSet());
    }

    ValidationReport run() {
      organization(program.organizer(), "organizer");
      program.funders().forEach(f -> organization(f, "funders"));
      program.partners().forEach(p -> organization(p, "partners"));
      for (int i = 0; i < program.venues().size(); i++) {
        String path = "venues[" + i + "].organization";
        program.venues().get(i).organization().ifPresent(o -> organization(o, path));
      }
      for (int i = 0; i < program.roles().size(); i++) {
        String path = "roles[" + i + "]";
        person(program.roles().get(i).person(), path + ".person");
        program.roles().get(i).onBehalfOf().ifPresent(o -> organization(o, path + ".onBehalfOf"));
      }
      for (int e = 0; e < program.editions().size(); e++) {
        edition(program.editions().get(e), "editions[" + e + "]");
      }
      for (int p = 0; p < program.pairings().size(); p++) {
        MentorPairing pairing = program.pairings().get(p);
        String path = "pairings[" + p + "]";
        person(pairing.mentor(), path + ".mentor");
        person(pairing.mentee(), path + ".mentee");
        meetings(pairing.meetings(), path);
      }
      oneMentorPerMentee();
      problems.addAll(AgreedOverlaps.find(program));
      for (int c = 0; c < program.circles().size(); c++) {
        LearningCircle circle = program.circles().get(c);
        String path = "circles[" + c + "]";
        List<CircleMember> members = circle.members();
        for (int m = 0; m < members.size(); m++) {
          person(members.get(m).person(), path + ".members[" + m + "].person");
        }
        circle.facilitators().forEach(f -> person(f, path + ".facilitators"));
        circle.invitedExperts().forEach(x -> person(x, path + ".invitedExperts"));
        meetings(circle.meetings(), path);
      }
      for (int v = 0; v < program.exchangeVisits().size(); v++) {
        String path = "exchangeVisits[" + v + "]";
        program.exchangeVisits().get(v).visitors().forEach(x -> person(x, path + ".visitors"));
        organization(program.exchangeVisits().get(v).host(), path + ".host");
        travelInside(program.exchangeVisits().get(v), path + ".travelDays");
      }
      for (int o = 0; o < program.outreachMeetings().size(); o++) {
        String path = "outreachMeetings[" + o + "]";
        var meeting = program.outreachMeetings().get(o);
        meeting.leaders().forEach(x -> person(x, path + ".leaders"));
        for (int f = 0; f < meeting.followUps().size(); f++) {
          organization(meeting.followUps().get(f).partner(), path + ".followUps[" + f + "].partner");
        }
      }
      for (int o = 0; o < program.outreachSeries().size(); o++) {
        String path = "outreachSeries[" + o + "]";
        var leaders = program.outreachSeries().get(o).leaders().asList();
        for (int x = 0; x < leaders.size(); x++) {
          person(leaders.get(x), path + ".leaders[" + x + "]");
        }
      }
      for (int r = 0; r < program.reflectionMeetings().size(); r++) {
        String path = "reflectionMeetings[" + r + "]";
        var meeting = program.reflectionMeetings().get(r);
        meeting.venue().ifPresent(v -> venue(v, path + ".venue"));
        for (int x = 0; x < meeting.participants().size(); x++) {
          var rep = meeting.participants().get(x);
          String rp = path + ".participants[" + x + "]";
          organization(rep.organization(), rp + ".organization");
          rep.person().ifPresent(pp -> person(pp, rp + ".person"));
          directory.flatMap(d -> d.organization(rep.organization())).ifPresent(org -> {
            if (org.sector() != rep.sector()) {
              problems.add(Problem.at(rp + ".sector", "organisation " + org.id() + " is in sector "
                  + org.sector() + ", not " + rep.sector()));
            }
          });
        }
      }
      for (int i = 0; i < program.evaluations().size(); i++) {
        var ev = program.evaluations().get(i);
        String path = "evaluations[" + i + "]";
        ev.respondent().ifPresent(x -> person(x, path + ".respondent"));
        if (!subjectExists(ev.subject())) {
          problems.add(Problem.at(path + ".subject", ev.subject() + " is not part of program "
              + program.id()));
        }
      }
      attributes();
      return new ValidationReport(problems);
    }

    /**
     * Reports an exchange visit whose travel days cannot stay inside the program's period: with
     * its agreed days, or wherever in its window the planner would place it (the planner keeps
     * travel days inside the program's period, so such a visit could never be planned).
     */
    private void travelInside(ExchangeVisit visit, String path) {
      int t = visit.travelDays();
      if (t == 0) {
        return;
      }
      DateRange p = program.period();
      long days = visit.period().lengthInDays();
      DateRange w = visit.window().orElse(visit.period());
      LocalDate earliest = Comparators.max(w.start(), p.start().plusDays(t));
      LocalDate latest = Comparators.min(w.end().minusDays(days - 1),
          p.end().minusDays(t + days - 1));
      if (earliest.isAfter(latest)) {
        problems.add(Problem.at(path, t + " travel day(s) before and after the visit's " + days
            + " day(s) " + (visit.window().isPresent() ? "anywhere in its window " + w
                : "on " + visit.period()) + " fall outside the program's period " + p));
      }
    }

    /**
     * Reports what is wrong with the custom attributes of every person the program refers to
     * who is in the directory, under the program's attribute schema: once per person, at
     * {@code people[<id>].attributes.<key>}, in the order of {@link Program#referencedPeople()}.
     * People missing from the directory are reported where they are referred to.
     */
    private void attributes() {
      if (directory.isEmpty()) {
        return;
      }
      AttributeSchema schema = program.attributeSchema();
      for (PersonId id : program.referencedPeople()) {
        String prefix = "people[" + id.value() + "]";
        directory.get().person(id).ifPresent(p -> schema.problems(p)
            .forEach(x -> problems.add(x.under(prefix))));
      }
    }

    private void edition(Edition edition, String path) {
      Set<TrackId> tracks = edition.tracks().stream().map(Track::id).collect(Collectors.toSet());
      Map<TrackId, Track> trackById = new HashMap<>();
      edition.tracks().forEach(t -> trackById.putIfAbsent(t.id(), t));
      for (int m = 0; m < edition.modules().size(); m++) {
        Module module = edition.modules().get(m);
        String mp = path + ".modules[" + m + "]";
        module.facilitators().forEach(f -> person(f, mp + ".facilitators"));
        module.tracks().forEach(t -> {
          if (!tracks.contains(t)) {
            problems.add(Problem.at(mp + ".tracks", "track '" + t + "' is not a track of edition "
                + edition.id()));
          }
        });
        if (edition.moduleOrderRequired() && m > 0) {
          Module previous = edition.modules().get(m - 1);
          if (!module.window().start().isAfter(previous.window().end())) {
            problems.add(Problem.at(mp + ".window", "module " + (m + 1) + " (" + module.window()
                + ") must start after module " + m + " (" + previous.window() + ") ends"));
          }
        }
        for (int s = 0; s < module.sessions().size(); s++) {
          session(module.sessions().get(s), module.window(), mp + ".sessions[" + s + "]");
        }
      }
      for (int i = 0; i < edition.enrollments().size(); i++) {
        Enrollment e = edition.enrollments().get(i);
        String ep = path + ".enrollments[" + i + "]";
        Optional<Person> who = person(e.person(), ep + ".person");
        if (e.track().isPresent()) {
          Optional<Track> track = Optional.ofNullable(trackById.get(e.track().get()));
          if (track.isEmpty()) {
            problems.add(Problem.at(ep + ".track", "track '" + e.track().get()
                + "' is not a track of edition " + edition.id()));
          } else if (who.isPresent()) {
            track.get().eligibility().refusal(who.get())
                .ifPresent(why -> problems.add(Problem.at(ep + ".track", why)));
          }
        } else if (!edition.tracks().isEmpty()) {
          problems.add(Problem.at(ep + ".track", "edition " + edition.id()
              + " has tracks; the enrolment must name one"));
        }
      }
    }

    private void session(Session session, DateRange window, String path) {
      session.facilitators().forEach(f -> person(f, path + ".facilitators"));
      session.speakers().forEach(f -> person(f, path + ".speakers"));
      session.host().ifPresent(h -> organization(h, path + ".host"));
      session.venue().ifPresent(v -> venue(v, path + ".venue"));
      for (int i = 0; i < session.groups().size(); i++) {
        String gp = path + ".groups[" + i + "]";
        SessionGroup g = session.groups().get(i);
        g.facilitators().forEach(f -> person(f, gp + ".facilitators"));
        g.participants().forEach(f -> person(f, gp + ".participants"));
        g.venue().ifPresent(v -> venue(v, gp + ".venue"));
      }
      if (session.when().isPresent()) {
        TimeSpan when = session.when().get();
        LocalDate start = when.start().toLocalDate();
        LocalDate end = when.end().toLocalDate();
        if (!window.contains(start)) {
          problems.add(Problem.at(path + ".when.start", "session starts on " + start
              + ", outside its module's window " + window));
        }
        if (!window.contains(end)) {
          problems.add(Problem.at(path + ".when.end", "session ends on " + end
              + ", outside its module's window " + window));
        }
      }
    }

    private void meetings(List<Meeting> meetings, String path) {
      for (int i = 0; i < meetings.size(); i++) {
        String mp = path + ".meetings[" + i + "].venue";
        meetings.get(i).venue().ifPresent(v -> venue(v, mp));
      }
    }

    /**
     * Reports, for each pairing in order, every earlier pairing (in order) of the same mentee
     * whose period overlaps its own. Pairings are grouped by mentee and swept in order of their
     * start with the open ones kept by end day, so the work is O(n log n) plus the clashes found,
     * not a comparison of every pair.
     */
    private void oneMentorPerMentee() {
      List<MentorPairing> pairings = program.pairings();
      Map<PersonId, List<Integer>> byMentee = new HashMap<>();
      for (int i = 0; i < pairings.size(); i++) {
        byMentee.computeIfAbsent(pairings.get(i).mentee(), k -> new ArrayList<>()).add(i);
      }
      long[] clashes = new long[16];
      int count = 0;
      for (List<Integer> group : byMentee.values()) {
        if (group.size() < 2) {
          continue;
        }
        Integer[] byStart = group.toArray(new Integer[0]);
        Arrays.sort(byStart, (x, y) -> {
          int c = pairings.get(x).period().start().compareTo(pairings.get(y).period().start());
          return c != 0 ? c : Integer.compare(x, y);
        });
        PriorityQueue<Integer> open = new PriorityQueue<>(
            (x, y) -> pairings.get(x).period().end().compareTo(pairings.get(y).period().end()));
        for (int current : byStart) {
          LocalDate start = pairings.get(current).period().start();
          while (!open.isEmpty() && pairings.get(open.peek()).period().end().isBefore(start)) {
            open.poll();
          }
          for (int other : open) {
            if (count == clashes.length) {
              clashes = Arrays.copyOf(clashes, count * 2);
            }
            clashes[count++] = ((long) Math.max(current, other) << 32) | Math.min(current, other);
          }
          open.add(current);
        }
      }
      Arrays.sort(clashes, 0, count);
      for (int k = 0; k < count; k++) {
        MentorPairing a = pairings.get((int) (clashes[k] & 0xffff_ffffL));
        int i = (int) (clashes[k] >>> 32);
        MentorPairing b = pairings.get(i);
        problems.add(Problem.at("pairings[" + i + "].mentee", "mentee " + b.mentee()
            + " already has mentor " + a.mentor() + " in pairing " + a.id()
            + " during " + a.period()));
      }
    }

    private boolean subjectExists(EvaluationSubject s) {
      if (s.kind() == EvaluationSubject.Kind.PROGRAM) {
        return program.id().value().equals(s.id());
      }
      if (subjects == null) {
        subjects = new EnumMap<>(EvaluationSubject.Kind.class);
        Set<String> editions = new HashSet<>();
        Set<String> modules = new HashSet<>();
        Set<String> sessions = new HashSet<>();
        for (Edition e : program.editions()) {
          editions.add(e.id().value());
          for (Module m : e.modules()) {
            modules.add(m.id().value());
            m.sessions().forEach(x -> sessions.add(x.id().value()));
          }
        }
        subjects.put(EvaluationSubject.Kind.EDITION, editions);
        subjects.put(EvaluationSubject.Kind.MODULE, modules);
        subjects.put(EvaluationSubject.Kind.SESSION, sessions);
        subjects.put(EvaluationSubject.Kind.PAIRING, program.pairings().stream()
            .map(p -> p.id().value()).collect(Collectors.toSet()));
        subjects.put(EvaluationSubject.Kind.CIRCLE, program.circles().stream()
            .map(c -> c.id().value()).collect(Collectors.toSet()));
        subjects.put(EvaluationSubject.Kind.VISIT, program.exchangeVisits().stream()
            .map(v -> v.id().value()).collect(Collectors.toSet()));
      }
      return requireNonNull(subjects.get(s.kind())).contains(s.id());
    }

    private Optional<Person> person(PersonId id, String path) {
      if (directory.isEmpty()) {
        return Optional.empty();
      }
      Optional<Person> p = directory.get().person(id);
      if (p.isEmpty()) {
        problems.add(Problem.at(path, "person '" + id + "' is not in the directory"));
      }
      return p;
    }

    private void organization(OrganizationId id, String path) {
      if (directory.isPresent() && directory.get().organization(id).isEmpty()) {
        problems.add(Problem.at(path, "organisation '" + id + "' is not in the directory"));
      }
    }

    private void venue(VenueId id, String path) {
      if (!venues.contains(id)) {
        problems.add(Problem.at(path, "venue '" + id + "' is not one of the program's venues"));
      }
    }
  }
}
