package org.civiclab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.Problem;
import org.civiclab.core.model.AttributeDefinition;
import org.civiclab.core.model.AttributeSchema;
import org.civiclab.core.model.AttributeType;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Eligibility;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;

/**
 * The validator's missing half: a generated (valid) program broken in exactly one place gets
 * exactly that problem, at that path, with a message naming what is wrong; and
 * {@link ProgramValidator#validateStructure} reports it exactly when it needs no directory.
 * {@link GeneratedProgramsAreValidTest} only shows that the validator raises no false alarm;
 * these show that it misses nothing it claims to check.
 */
class ValidatorFindsEveryBreakTest {
  private static final PersonId GHOST = PersonId.of("ghost-person");
  private static final OrganizationId NOWHERE = OrganizationId.of("ghost-organisation");
  private static final VenueId NO_VENUE = VenueId.of("ghost-venue");
  private static final String NOT_A_PERSON = "person 'ghost-person' is not in the directory";
  private static final String NOT_AN_ORG =
      "organisation 'ghost-organisation' is not in the directory";
  private static final String NOT_A_VENUE = "venue 'ghost-venue' is not one of the program's venues";

  /** One way to break a program, with the problems it must cause. */
  record Break(String what, UnaryOperator<Program> change, List<String> paths, String message,
      boolean structural) {
    static Break at(String what, UnaryOperator<Program> change, String path, String message,
        boolean structural) {
      return new Break(what, change, List.of(path), message, structural);
    }
  }

  /** Every break that applies to a program (those it has the parts for). */
  static List<Break> breaks(Program p) {
    List<Break> out = new ArrayList<>();
    out.add(Break.at("organizer", x -> x.withOrganizer(NOWHERE), "organizer", NOT_AN_ORG, false));
    out.add(Break.at("funder", x -> x.withFunders(NOWHERE), "funders", NOT_AN_ORG, false));
    out.add(Break.at("partner", x -> x.withPartners(NOWHERE), "partners", NOT_AN_ORG, false));
    for (int v = 0; v < p.venues().size(); v++) {
      int i = v;
      out.add(Break.at("venue organisation", x -> x.withVenues(replace(x.venues(), i,
          x.venues().get(i).withOrganization(NOWHERE))), "venues[" + i + "].organization",
          NOT_AN_ORG, false));
    }
    for (int r = 0; r < p.roles().size(); r++) {
      int i = r;
      out.add(Break.at("role person", x -> x.withRoles(replace(x.roles(), i,
          x.roles().get(i).withPerson(GHOST))), "roles[" + i + "].person", NOT_A_PERSON, false));
      out.add(Break.at("role on behalf of", x -> x.withRoles(replace(x.roles(), i,
          x.roles().get(i).withOnBehalfOf(NOWHERE))), "roles[" + i + "].onBehalfOf",
          NOT_AN_ORG, false));
    }
    for (int e = 0; e < p.editions().size(); e++) {
      editionBreaks(p, e, out);
    }
    for (int k = 0; k < p.pairings().size(); k++) {
      int i = k;
      String path = "pairings[" + i + "]";
      MentorPairing pairing = p.pairings().get(i);
      out.add(Break.at("mentor", x -> x.withPairings(replace(x.pairings(), i,
          x.pairings().get(i).withMentor(GHOST))), path + ".mentor", NOT_A_PERSON, false));
      out.add(Break.at("mentee", x -> x.withPairings(replace(x.pairings(), i,
          x.pairings().get(i).withMentee(GHOST))), path + ".mentee", NOT_A_PERSON, false));
      out.add(Break.at("pairing meeting venue", x -> x.withPairings(replace(x.pairings(), i,
          x.pairings().get(i).withMeetings(onSiteAtNoVenue(pairing.meetings(), pairing.period())))),
          path + ".meetings[0].venue", NOT_A_VENUE, true));
      // a second, overlapping pairing of the same mentee, with another mentor
      PersonId other = p.pairings().get((i + 1) % p.pairings().size()).mentor().equals(
          pairing.mentor()) ? p.roles().get(0).person() : p.pairings()
              .get((i + 1) % p.pairings().size()).mentor();
      if (!other.equals(pairing.mentee()) && !other.equals(pairing.mentor())) {
        int n = p.pairings().size();
        out.add(Break.at("second mentor", x -> x.withPairings(append(x.pairings(),
            pairing.withId(PairingId.of("clash")).withMentor(other).withMeetings(List.of()))),
            "pairings[" + n + "].mentee", "mentee " + pairing.mentee() + " already has mentor "
                + pairing.mentor() + " in pairing " + pairing.id(), true));
      }
    }
    for (int k = 0; k < p.circles().size(); k++) {
      int i = k;
      String path = "circles[" + i + "]";
      LearningCircle circle = p.circles().get(i);
      for (int m = 0; m < circle.members().size(); m++) {
        int j = m;
        out.add(Break.at("circle member", x -> x.withCircles(replace(x.circles(), i,
            circle.withMembers(replace(circle.members(), j,
                circle.members().get(j).withPerson(GHOST))))),
            path + ".members[" + j + "].person", NOT_A_PERSON, false));
      }
      out.add(Break.at("circle facilitator", x -> x.withCircles(replace(x.circles(), i,
          circle.withFacilitators(GHOST))), path + ".facilitators", NOT_A_PERSON, false));
      out.add(Break.at("invited expert", x -> x.withCircles(replace(x.circles(), i,
          circle.withInvitedExperts(GHOST))), path + ".invitedExperts", NOT_A_PERSON, false));
      out.add(Break.at("circle meeting venue", x -> x.withCircles(replace(x.circles(), i,
          circle.withMeetings(onSiteAtNoVenue(List.of(), circle.period())))),
          path + ".meetings[0].venue", NOT_A_VENUE, true));
    }
    for (int k = 0; k < p.exchangeVisits().size(); k++) {
      int i = k;
      String path = "exchangeVisits[" + i + "]";
      out.add(Break.at("visitor", x -> x.withExchangeVisits(replace(x.exchangeVisits(), i,
          x.exchangeVisits().get(i).withVisitors(GHOST))), path + ".visitors", NOT_A_PERSON,
          false));
      out.add(Break.at("visit host", x -> x.withExchangeVisits(replace(x.exchangeVisits(), i,
          x.exchangeVisits().get(i).withHost(NOWHERE))), path + ".host", NOT_AN_ORG, false));
    }
    for (int k = 0; k < p.outreachMeetings().size(); k++) {
      int i = k;
      String path = "outreachMeetings[" + i + "]";
      var meeting = p.outreachMeetings().get(i);
      out.add(Break.at("outreach leader", x -> x.withOutreachMeetings(replace(
          x.outreachMeetings(), i, meeting.withLeaders(GHOST))), path + ".leaders", NOT_A_PERSON,
          false));
      for (int f = 0; f < meeting.followUps().size(); f++) {
        int j = f;
        out.add(Break.at("follow-up partner", x -> x.withOutreachMeetings(replace(
            x.outreachMeetings(), i, meeting.withFollowUps(replace(meeting.followUps(), j,
                meeting.followUps().get(j).withPartner(NOWHERE))))),
            path + ".followUps[" + j + "].partner", NOT_AN_ORG, false));
      }
    }
    for (int k = 0; k < p.reflectionMeetings().size(); k++) {
      reflectionBreaks(p, k, out);
    }
    for (int k = 0; k < p.evaluations().size(); k++) {
      int i = k;
      String path = "evaluations[" + i + "]";
      Evaluation ev = p.evaluations().get(i);
      out.add(Break.at("respondent", x -> x.withEvaluations(replace(x.evaluations(), i,
          ev.withRespondent(GHOST))), path + ".respondent", NOT_A_PERSON, false));
      for (EvaluationSubject.Kind kind : EvaluationSubject.Kind.values()) {
        EvaluationSubject missing = EvaluationSubject.of(kind, "no-such-part");
        out.add(Break.at("subject " + kind, x -> x.withEvaluations(replace(x.evaluations(), i,
            ev.withSubject(missing))), path + ".subject",
            missing + " is not part of program " + p.id(), true));
      }
    }
    // a required attribute nobody has: reported once for each person the program refers to
    AttributeSchema badge = AttributeSchema.builder().addDefinitions(AttributeDefinition.builder()
        .key("badge").label("Badge").type(AttributeType.TEXT).required(true).build()).build();
    out.add(new Break("required attribute", x -> x.withAttributeSchema(badge),
        p.referencedPeople().stream().map(id -> "people[" + id.value() + "].attributes.badge")
            .collect(Collectors.toList()), "required attribute 'badge' (Badge) is missing",
        false));
    return out;
  }

  private static void editionBreaks(Program p, int e, List<Break> out) {
    Edition edition = p.editions().get(e);
    String path = "editions[" + e + "]";
    for (int m = 0; m < edition.modules().size(); m++) {
      int j = m;
      Module module = edition.modules().get(j);
      String mp = path + ".modules[" + j + "]";
      out.add(Break.at("module facilitator", withModule(e, j, x -> x.withFacilitators(GHOST)),
          mp + ".facilitators", NOT_A_PERSON, false));
      out.add(Break.at("module track", withModule(e, j,
          x -> x.withTracks(TrackId.of("no-such-track"))), mp + ".tracks",
          "track 'no-such-track' is not a track of edition " + edition.id(), true));
      if (j > 0) {
        Module previous = edition.modules().get(j - 1);
        // starts on the day the previous module ends, sessions dropped so that none falls out
        DateRange window = DateRange.of(previous.window().end(), previous.window().end()
            .plusDays(3));
        out.add(Break.at("module order", withModule(e, j,
            x -> x.withSessions(List.of()).withWindow(window)), mp + ".window",
            "module " + (j + 1) + " (" + window + ") must start after module " + j + " ("
                + previous.window() + ") ends", true));
      }
      for (int s = 0; s < module.sessions().size(); s++) {
        int k = s;
        Session session = module.sessions().get(k);
        String sp = mp + ".sessions[" + k + "]";
        out.add(Break.at("session facilitator", withSession(e, j, k,
            x -> x.withFacilitators(GHOST)), sp + ".facilitators", NOT_A_PERSON, false));
        out.add(Break.at("session speaker", withSession(e, j, k,
            x -> x.withSpeakers(GHOST)), sp + ".speakers", NOT_A_PERSON, false));
        out.add(Break.at("session host", withSession(e, j, k,
            x -> x.withHost(NOWHERE)), sp + ".host", NOT_AN_ORG, false));
        if (session.venue().isPresent()) {
          out.add(Break.at("session venue", withSession(e, j, k,
              x -> x.withVenue(NO_VENUE)), sp + ".venue", NOT_A_VENUE, true));
        }
        if (session.when().isPresent()) {
          DateRange w = module.window();
          TimeSpan early = TimeSpan.of(w.start().minusDays(1).atTime(23, 0),
              w.start().atTime(1, 0), session.when().get().zone());
          TimeSpan late = TimeSpan.of(w.end().atTime(23, 0),
              w.end().plusDays(1).atTime(1, 0), session.when().get().zone());
          out.add(Break.at("session starts early", withSession(e, j, k,
              x -> Session.builder().from(x).when(early).duration(Duration.ofHours(2)).build()), sp + ".when.start", "session starts on "
              + w.start().minusDays(1) + ", outside its module's window " + w, true));
          out.add(Break.at("session ends late", withSession(e, j, k,
              x -> Session.builder().from(x).when(late).duration(Duration.ofHours(2)).build()), sp + ".when.end", "session ends on "
              + w.end().plusDays(1) + ", outside its module's window " + w, true));
        }
      }
    }
    List<Integer> withTrack = new ArrayList<>();
    for (int i = 0; i < edition.enrollments().size(); i++) {
      int k = i;
      Enrollment en = edition.enrollments().get(k);
      String ep = path + ".enrollments[" + k + "]";
      out.add(Break.at("enrolled person", withEnrollment(e, k,
          x -> x.withPerson(GHOST)), ep + ".person", NOT_A_PERSON, false));
      out.add(Break.at("enrolment track", withEnrollment(e, k,
          x -> x.withTrack(TrackId.of("no-such-track"))), ep + ".track",
          "track 'no-such-track' is not a track of edition " + edition.id(), true));
      if (!edition.tracks().isEmpty()) {
        out.add(Break.at("enrolment without track", withEnrollment(e, k,
            x -> x.withTrack(Optional.empty())), ep + ".track", "edition " + edition.id()
            + " has tracks; the enrolment must name one", true));
      }
      if (en.track().isPresent()) {
        withTrack.add(k);
      }
    }
    if (!withTrack.isEmpty() && edition.tracks().size() == 1) {
      Track only = edition.tracks().get(0);
      Eligibility nobody = Eligibility.builder().addCountries("ZZ").build();
      out.add(new Break("eligibility", x -> x.withEditions(replace(x.editions(), e,
          x.editions().get(e).withTracks(only.withEligibility(nobody)))),
          withTrack.stream().map(k -> path + ".enrollments[" + k + "].track")
              .collect(Collectors.toList()), "is not one of [ZZ]", false));
    }
  }

  private static void reflectionBreaks(Program p, int k, List<Break> out) {
    ReflectionMeeting meeting = p.reflectionMeetings().get(k);
    String path = "reflectionMeetings[" + k + "]";
    out.add(Break.at("reflection venue", x -> x.withReflectionMeetings(replace(
        x.reflectionMeetings(), k, meeting.withVenue(NO_VENUE))), path + ".venue", NOT_A_VENUE,
        true));
    for (int i = 0; i < meeting.participants().size(); i++) {
      int j = i;
      Representation rep = meeting.participants().get(j);
      String rp = path + ".participants[" + j + "]";
      out.add(Break.at("represented organisation", withRepresentation(k, j,
          r -> r.withOrganization(NOWHERE)), rp + ".organization", NOT_AN_ORG, false));
      out.add(Break.at("representative", withRepresentation(k, j,
          r -> r.withPerson(GHOST)), rp + ".person", NOT_A_PERSON, false));
      Sector wrong = Sector.values()[(rep.sector().ordinal() + 1) % Sector.values().length];
      out.add(Break.at("represented sector", withRepresentation(k, j,
          r -> r.withSector(wrong)), rp + ".sector", "organisation " + rep.organization()
          + " is in sector " + rep.sector() + ", not " + wrong, false));
    }
  }

  private static UnaryOperator<Program> withModule(int e, int m, UnaryOperator<Module> f) {
    return x -> {
      Edition ed = x.editions().get(e);
      return x.withEditions(replace(x.editions(), e,
          ed.withModules(replace(ed.modules(), m, f.apply(ed.modules().get(m))))));
    };
  }

  private static UnaryOperator<Program> withSession(int e, int m, int s,
      UnaryOperator<Session> f) {
    return withModule(e, m, mod -> mod.withSessions(replace(mod.sessions(), s,
        f.apply(mod.sessions().get(s)))));
  }

  private static UnaryOperator<Program> withEnrollment(int e, int i,
      UnaryOperator<Enrollment> f) {
    return x -> {
      Edition ed = x.editions().get(e);
      return x.withEditions(replace(x.editions(), e, ed.withEnrollments(replace(
          ed.enrollments(), i, f.apply(ed.enrollments().get(i))))));
    };
  }

  private static UnaryOperator<Program> withRepresentation(int k, int i,
      UnaryOperator<Representation> f) {
    return x -> {
      ReflectionMeeting r = x.reflectionMeetings().get(k);
      return x.withReflectionMeetings(replace(x.reflectionMeetings(), k, r.withParticipants(
          replace(r.participants(), i, f.apply(r.participants().get(i))))));
    };
  }

  /** The meetings with the first (or a new one) held on site at an unknown venue. */
  private static List<Meeting> onSiteAtNoVenue(List<Meeting> meetings, DateRange period) {
    Meeting first = Meeting.builder().id(EventId.of("ghost-meeting"))
        .when(TimeSpan.on(period.start(), LocalTime.of(10, 0), LocalTime.of(11, 0),
            java.time.ZoneId.of("Europe/Stockholm")))
        .mode(DeliveryMode.ON_SITE).venue(NO_VENUE).build();
    List<Meeting> out = new ArrayList<>(meetings);
    if (out.isEmpty()) {
      out.add(first);
    } else {
      out.set(0, Meeting.builder().from(out.get(0)).mode(DeliveryMode.ON_SITE)
          .onlineLink(Optional.empty()).venue(NO_VENUE).build());
    }
    return out;
  }

  private static <T> List<T> replace(List<T> list, int i, T value) {
    List<T> out = new ArrayList<>(list);
    out.set(i, value);
    return out;
  }

  private static <T> List<T> append(List<T> list, T value) {
    List<T> out = new ArrayList<>(list);
    out.add(value);
    return out;
  }

  private static List<String> paths(ValidationReport report) {
    return report.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  @Property(tries = 40)
  void eachBreakIsReportedAloneAtItsPath(@ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, 3);
    assertTrue(ProgramValidator.validate(g.program(), g.directory()).isValid());
    for (Break b : breaks(g.program())) {
      Program broken = b.change().apply(g.program());
      ValidationReport report = ProgramValidator.validate(broken, g.directory());
      assertEquals(b.paths(), paths(report), () -> b.what() + ": " + report);
      for (Problem problem : report.problems()) {
        assertTrue(problem.message().contains(b.message()),
            () -> b.what() + ": '" + problem.message() + "' should say '" + b.message() + "'");
      }
      ValidationReport structure = ProgramValidator.validateStructure(broken);
      assertEquals(b.structural() ? b.paths() : List.of(), paths(structure),
          () -> b.what() + " without a directory: " + structure);
      assertEquals(report.isValid(), report.problems().isEmpty());
    }
  }

  @Property(tries = 40)
  void anEvaluationOfAnyExistingPartIsValid(@ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
    Program p = ProgramGenerator.generate(seed, 3).program();
    List<EvaluationSubject> parts = new ArrayList<>();
    parts.add(EvaluationSubject.of(EvaluationSubject.Kind.PROGRAM, p.id().value()));
    for (Edition e : p.editions()) {
      parts.add(EvaluationSubject.of(EvaluationSubject.Kind.EDITION, e.id().value()));
      for (Module m : e.modules()) {
        parts.add(EvaluationSubject.of(EvaluationSubject.Kind.MODULE, m.id().value()));
        m.sessions().forEach(s -> parts.add(EvaluationSubject.of(EvaluationSubject.Kind.SESSION,
            s.id().value())));
      }
    }
    p.pairings().forEach(x -> parts.add(EvaluationSubject.of(EvaluationSubject.Kind.PAIRING,
        x.id().value())));
    p.circles().forEach(x -> parts.add(EvaluationSubject.of(EvaluationSubject.Kind.CIRCLE,
        x.id().value())));
    p.exchangeVisits().forEach(x -> parts.add(EvaluationSubject.of(EvaluationSubject.Kind.VISIT,
        x.id().value())));
    List<Evaluation> evaluations = new ArrayList<>();
    List<String> wrongKind = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      EvaluationSubject s = parts.get(i);
      evaluations.add(Evaluation.builder().id(EvaluationId.of("ev-" + i)).subject(s)
          .submittedOn(p.period().end()).putRating("overall", 3).build());
      // the same id under the next kind names a part that does not exist
      EvaluationSubject.Kind other = EvaluationSubject.Kind.values()[
          (s.kind().ordinal() + 1) % EvaluationSubject.Kind.values().length];
      evaluations.add(Evaluation.builder().id(EvaluationId.of("ev-" + i + "-other"))
          .subject(EvaluationSubject.of(other, s.id())).submittedOn(p.period().end())
          .putRating("overall", 3).build());
      wrongKind.add("evaluations[" + (2 * i + 1) + "].subject");
    }
    ValidationReport report = ProgramValidator.validateStructure(p.withEvaluations(evaluations));
    assertEquals(wrongKind, paths(report), report::toString);
  }
}
