package org.civiclab.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.Problem;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
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
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;

/**
 * The validator as it was before its checks were made O(n log n): pairwise loops and linear
 * searches, kept as the oracle that the fast validator must agree with problem for problem.
 */
final class NaiveProgramValidator {

  private NaiveProgramValidator() {}

  /**
   * Validates a program.
   *
   * @param program the program
   * @param directory where its people and organisations must exist
   * @return every problem found, in program order
   */
  static List<Problem> validate(Program program, DirectoryView directory) {
    return new Run(program, Optional.of(directory)).run();
  }

  /**
   * Validates what a program can show without a directory: sessions inside their module's
   * window, module order, venues, tracks and evaluation subjects that must exist in the
   * program, one mentor per mentee at a time. References to people and organisations (and
   * track eligibility, which needs the people) are left open, for a program read before its
   * directory is known.
   *
   * @param program the program
   * @return every problem found that needs no directory, in program order
   */
  static List<Problem> validateStructure(Program program) {
    return new Run(program, Optional.empty()).run();
  }

  /**
   * Whether some placement of a visit's days (its agreed days, or any start in its window)
   * keeps its travel days inside the program's period, tried day by day.
   */
  static boolean travelFitsSomewhere(org.civiclab.core.model.ExchangeVisit v, DateRange p) {
    DateRange w = v.window().orElse(v.period());
    long days = v.period().lengthInDays();
    for (LocalDate s = w.start(); !s.plusDays(days - 1).isAfter(w.end()); s = s.plusDays(1)) {
      LocalDate first = s.minusDays(v.travelDays());
      LocalDate last = s.plusDays(days - 1 + v.travelDays());
      if (p.contains(first) && p.contains(last)) {
        return true;
      }
    }
    return false;
  }

  private static final class Run {
    private final Program program;
    /** Empty when references to people and organisations are left open. */
    private final Optional<DirectoryView> directory;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<VenueId> venues;

    Run(Program program, Optional<DirectoryView> directory) {
      this.program = program;
      this.directory = directory;
      this.venues = program.venues().stream().map(v -> v.id()).collect(Collectors.toSet());
    }

    List<Problem> run() {
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
      agreedOverlaps();
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
        var visit = program.exchangeVisits().get(v);
        if (visit.travelDays() > 0 && !travelFitsSomewhere(visit, program.period())) {
          problems.add(Problem.at(path + ".travelDays", visit.travelDays()
              + " travel day(s) before and after the visit's " + visit.period().lengthInDays()
              + " day(s) " + (visit.window().isPresent() ? "anywhere in its window "
                  + visit.window().get() : "on " + visit.period())
              + " fall outside the program's period " + program.period()));
        }
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
        var leaders = List.copyOf(program.outreachSeries().get(o).leaders());
        for (int x = 0; x < leaders.size(); x++) {
          person(leaders.get(x), "outreachSeries[" + o + "].leaders[" + x + "]");
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
      return problems;
    }

    /**
     * Every problem of the attributes of a person the program refers to, under the program's
     * schema, at {@code people[<id>].attributes.<key>}: the people gathered by walking the
     * program in the order {@link Program#referencedPeople()} promises, with a linear search
     * for those already seen.
     */
    private void attributes() {
      if (directory.isEmpty()) {
        return;
      }
      List<PersonId> people = new ArrayList<>();
      program.roles().forEach(r -> once(people, r.person()));
      for (Edition e : program.editions()) {
        e.enrollments().forEach(x -> once(people, x.person()));
        for (Module m : e.modules()) {
          m.facilitators().forEach(x -> once(people, x));
          for (Session s : m.sessions()) {
            s.facilitators().forEach(x -> once(people, x));
            s.speakers().forEach(x -> once(people, x));
          }
        }
      }
      for (MentorPairing p : program.pairings()) {
        once(people, p.mentor());
        once(people, p.mentee());
      }
      for (LearningCircle c : program.circles()) {
        c.members().forEach(m -> once(people, m.person()));
        c.facilitators().forEach(x -> once(people, x));
        c.invitedExperts().forEach(x -> once(people, x));
      }
      program.exchangeVisits().forEach(v -> v.visitors().forEach(x -> once(people, x)));
      program.outreachMeetings().forEach(o -> o.leaders().forEach(x -> once(people, x)));
      program.reflectionMeetings().forEach(r -> r.participants()
          .forEach(x -> x.person().ifPresent(pp -> once(people, pp))));
      program.evaluations().forEach(v -> v.respondent().ifPresent(x -> once(people, x)));
      for (PersonId id : people) {
        Optional<Person> person = directory.get().person(id);
        if (person.isPresent()) {
          for (Problem p : program.attributeSchema().problems(person.get())) {
            problems.add(p.under("people[" + id.value() + "]"));
          }
        }
      }
    }

    private static void once(List<PersonId> people, PersonId id) {
      if (!people.contains(id)) {
        people.add(id);
      }
    }

    private void edition(Edition edition, String path) {
      Set<TrackId> tracks = edition.tracks().stream().map(Track::id).collect(Collectors.toSet());
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
          Optional<Track> track = edition.tracks().stream()
              .filter(t -> t.id().equals(e.track().get())).findFirst();
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

    /** Every agreed time, in program order, as (path, when, people, venue or null). */
    private void agreedOverlaps() {
      List<Object[]> all = new ArrayList<>();
      for (int e = 0; e < program.editions().size(); e++) {
        var edition = program.editions().get(e);
        for (int m = 0; m < edition.modules().size(); m++) {
          var mod = edition.modules().get(m);
          for (int s = 0; s < mod.sessions().size(); s++) {
            var session = mod.sessions().get(s);
            if (session.when().isPresent()) {
              List<PersonId> people = new ArrayList<>();
              for (PersonId p : com.google.common.collect.Iterables.concat(
                  session.facilitators(), session.speakers(), mod.facilitators())) {
                if (!people.contains(p)) {
                  people.add(p);
                }
              }
              all.add(new Object[] {"editions[" + e + "].modules[" + m + "].sessions[" + s
                  + "]", session.when().get(), people,
                  session.mode() == org.civiclab.core.model.DeliveryMode.ONLINE ? null
                      : session.venue().orElse(null)});
            }
          }
        }
      }
      for (int p = 0; p < program.pairings().size(); p++) {
        var pairing = program.pairings().get(p);
        naiveMeetings(all, "pairings[" + p + "]", pairing.meetings(),
            List.of(pairing.mentor(), pairing.mentee()));
      }
      for (int c = 0; c < program.circles().size(); c++) {
        var circle = program.circles().get(c);
        naiveMeetings(all, "circles[" + c + "]", circle.meetings(),
            new ArrayList<>(circle.participants()));
      }
      for (int j = 0; j < all.size(); j++) {
        for (int i = 0; i < j; i++) {
          Object[] a = all.get(i);
          Object[] b = all.get(j);
          TimeSpan ta = (TimeSpan) a[1];
          TimeSpan tb = (TimeSpan) b[1];
          boolean overlap = ta.startInstant().isBefore(tb.endInstant())
              && tb.startInstant().isBefore(ta.endInstant());
          if (!overlap) {
            continue;
          }
          @SuppressWarnings("unchecked")
          List<PersonId> pb = (List<PersonId>) b[2];
          @SuppressWarnings("unchecked")
          List<PersonId> pa = (List<PersonId>) a[2];
          List<String> who = new ArrayList<>();
          for (PersonId p : pb) {
            if (pa.contains(p)) {
              who.add("person '" + p.value() + "'");
            }
          }
          if (a[3] != null && a[3].equals(b[3])) {
            who.add("venue '" + ((VenueId) b[3]).value() + "'");
          }
          for (String w : who) {
            problems.add(Problem.at(b[0] + ".when", "agreed time " + tb + " of " + b[0]
                + " overlaps agreed time " + ta + " of " + a[0] + " for " + w));
          }
        }
      }
    }

    private static void naiveMeetings(List<Object[]> all, String path,
        List<org.civiclab.core.model.Meeting> meetings, List<PersonId> people) {
      for (int i = 0; i < meetings.size(); i++) {
        var m = meetings.get(i);
        if (m.status() != org.civiclab.core.model.MeetingStatus.CANCELLED) {
          all.add(new Object[] {path + ".meetings[" + i + "]", m.when(), people,
              m.mode() == org.civiclab.core.model.DeliveryMode.ONLINE ? null
                  : m.venue().orElse(null)});
        }
      }
    }

    private void oneMentorPerMentee() {
      List<MentorPairing> pairings = program.pairings();
      for (int i = 0; i < pairings.size(); i++) {
        for (int j = 0; j < i; j++) {
          MentorPairing a = pairings.get(j);
          MentorPairing b = pairings.get(i);
          if (a.mentee().equals(b.mentee()) && a.period().overlaps(b.period())) {
            problems.add(Problem.at("pairings[" + i + "].mentee", "mentee " + b.mentee()
                + " already has mentor " + a.mentor() + " in pairing " + a.id()
                + " during " + a.period()));
          }
        }
      }
    }

    private boolean subjectExists(EvaluationSubject s) {
      String id = s.id();
      switch (s.kind()) {
        case PROGRAM:
          return program.id().value().equals(id);
        case EDITION:
          return program.editions().stream().anyMatch(e -> e.id().value().equals(id));
        case MODULE:
          return program.editions().stream().flatMap(e -> e.modules().stream())
              .anyMatch(m -> m.id().value().equals(id));
        case SESSION:
          return program.sessions().stream().anyMatch(x -> x.id().value().equals(id));
        case PAIRING:
          return program.pairings().stream().anyMatch(p -> p.id().value().equals(id));
        case CIRCLE:
          return program.circles().stream().anyMatch(c -> c.id().value().equals(id));
        default:
          return program.exchangeVisits().stream().anyMatch(v -> v.id().value().equals(id));
      }
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
