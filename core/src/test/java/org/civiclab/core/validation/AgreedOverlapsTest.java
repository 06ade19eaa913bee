package org.civiclab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.Problem;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.TimeSpan;

/**
 * Overlapping agreed times. A generated program has none (it is valid), so these add meetings
 * at the times of its sessions and meetings, a little earlier or later, to pairings of the
 * people who run its sessions and to its circles, held on site at the same venues or online,
 * some cancelled; the validator then reports exactly the clashes the pairwise
 * {@link NaiveProgramValidator} finds, in its order and words. A fixed example spells out the
 * messages for a person and a venue.
 */
class AgreedOverlapsTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** The agreed times of a program's sessions and meetings, and the people who run sessions. */
  private static List<TimeSpan> times(Program p, List<PersonId> hosts, List<VenueId> venues) {
    List<TimeSpan> out = new ArrayList<>();
    for (Edition e : p.editions()) {
      for (Module m : e.modules()) {
        hosts.addAll(m.facilitators());
        for (Session s : m.sessions()) {
          s.when().ifPresent(out::add);
          hosts.addAll(s.facilitators());
          hosts.addAll(s.speakers());
          s.venue().ifPresent(venues::add);
        }
      }
    }
    p.pairings().forEach(x -> x.meetings().forEach(m -> out.add(m.when())));
    p.circles().forEach(x -> x.meetings().forEach(m -> out.add(m.when())));
    return out;
  }

  private static Meeting meeting(SplittableRandom r, String id, TimeSpan at,
      List<VenueId> venues) {
    // the same time, or shifted so that it touches, overlaps partly or not at all
    long[] shifts = {0, 0, -30, 30, -60, 60, 15};
    long shift = shifts[r.nextInt(shifts.length)];
    TimeSpan when = TimeSpan.of(at.start().plusMinutes(shift), at.end().plusMinutes(shift),
        at.zone());
    Meeting.Builder b = Meeting.builder().id(EventId.of(id)).when(when)
        .status(r.nextInt(4) == 0 ? MeetingStatus.CANCELLED : MeetingStatus.values()[
            r.nextInt(MeetingStatus.values().length)]);
    if (venues.isEmpty() || r.nextInt(3) == 0) {
      b.mode(DeliveryMode.ONLINE).onlineLink(URI.create("https://meet.example.org/" + id));
    } else {
      b.mode(DeliveryMode.ON_SITE).venue(venues.get(r.nextInt(venues.size())));
    }
    return b.build();
  }

  /** A generated program with clashing meetings added to new pairings and its circles. */
  static Program clash(ProgramGenerator.Generated g, long seed, int extra) {
    SplittableRandom r = new SplittableRandom(seed);
    Program p = g.program();
    List<PersonId> hosts = new ArrayList<>();
    List<VenueId> venues = new ArrayList<>();
    List<TimeSpan> times = times(p, hosts, venues);
    p.venues().forEach(v -> venues.add(v.id()));
    p.circles().forEach(c -> hosts.addAll(c.participants()));
    if (times.isEmpty()) {
      times.add(TimeSpan.on(p.period().start(), LocalTime.of(10, 0), LocalTime.of(11, 0), ZONE));
    }
    if (hosts.size() < 2) {
      hosts.add(PersonId.of("host-a"));
      hosts.add(PersonId.of("host-b"));
    }
    Program.Builder b = Program.builder().from(p);
    for (int i = 0; i < extra; i++) {
      PersonId mentor = hosts.get(r.nextInt(hosts.size()));
      PersonId mentee = hosts.get(r.nextInt(hosts.size()));
      if (mentee.equals(mentor)) {
        mentee = PersonId.of("mentee-" + i);
      }
      List<Meeting> meetings = new ArrayList<>();
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        meetings.add(meeting(r, "clash-" + i + "-" + k, times.get(r.nextInt(times.size())),
            venues));
      }
      b.addPairing(MentorPairing.builder().id(PairingId.of("clash-" + i)).mentor(mentor)
          .mentee(mentee).direction(PairingDirection.CONVENTIONAL).cadence(Cadence.perTerm(2))
          .period(p.period()).meetings(meetings).build());
    }
    List<LearningCircle> circles = new ArrayList<>();
    for (int c = 0; c < p.circles().size(); c++) {
      LearningCircle circle = p.circles().get(c);
      List<Meeting> meetings = new ArrayList<>(circle.meetings());
      for (int k = 0; k < r.nextInt(3); k++) {
        meetings.add(meeting(r, "circle-clash-" + c + "-" + k,
            times.get(r.nextInt(times.size())), venues));
      }
      circles.add(circle.withMeetings(meetings));
    }
    return b.circles(circles).build();
  }

  private static List<Problem> overlaps(List<Problem> problems) {
    return problems.stream().filter(x -> x.message().startsWith("agreed time "))
        .collect(Collectors.toList());
  }

  @Property(tries = 60)
  void everyClashIsReportedAsThePairwiseOracleReportsIt(
      @ForAll @LongRange(min = 0, max = 1 << 20) long seed,
      @ForAll @IntRange(min = 0, max = 3) int size, @ForAll @IntRange(min = 1, max = 6) int extra) {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, size);
    Program p = clash(g, seed, extra);
    List<Problem> naive = NaiveProgramValidator.validateStructure(p);
    assertEquals(naive, ProgramValidator.validateStructure(p).problems());
    assertEquals(NaiveProgramValidator.validate(p, g.directory()),
        ProgramValidator.validate(p, g.directory()).problems());
  }

  @Example
  void theAddedMeetingsDoClash() {
    int clashes = 0;
    for (long seed = 0; seed < 30; seed++) {
      ProgramGenerator.Generated g = ProgramGenerator.generate(seed, 2);
      clashes += overlaps(ProgramValidator.validateStructure(clash(g, seed, 4)).problems())
          .size();
    }
    assertTrue(clashes > 30, "only " + clashes + " clashes in 30 programs");
  }

  /** A program with one pairing whose meetings are given; nothing else is timed. */
  private static Program pairingWith(ProgramGenerator.Generated g, List<Meeting> meetings) {
    Program p = g.program();
    List<Edition> editions = new ArrayList<>();
    for (Edition e : p.editions()) {
      List<Module> modules = new ArrayList<>();
      for (Module m : e.modules()) {
        modules.add(m.withSessions(m.sessions().stream().map(s -> Session.builder().from(s)
            .when(java.util.Optional.empty()).build()).toList()));
      }
      editions.add(e.withModules(modules));
    }
    return Program.builder().from(p).editions(editions).pairings(List.of(MentorPairing.builder()
        .id(PairingId.of("p")).mentor(PersonId.of("ana")).mentee(PersonId.of("ben"))
        .direction(PairingDirection.CONVENTIONAL).cadence(Cadence.perTerm(2))
        .period(p.period()).meetings(meetings).build())).circles(List.of()).build();
  }

  @Example
  void aClashNamesBothTimesBothPathsAndWhoOrWhatIsShared() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(3, 1);
    LocalDate day = g.program().period().start();
    VenueId hall = VenueId.of("hall");
    TimeSpan first = TimeSpan.on(day, LocalTime.of(10, 0), LocalTime.of(12, 0), ZONE);
    TimeSpan second = TimeSpan.on(day, LocalTime.of(11, 0), LocalTime.of(13, 0), ZONE);
    TimeSpan after = TimeSpan.on(day, LocalTime.of(13, 0), LocalTime.of(14, 0), ZONE);
    Program p = pairingWith(g, List.of(
        Meeting.builder().id(EventId.of("m0")).when(first).mode(DeliveryMode.ON_SITE)
            .venue(hall).build(),
        Meeting.builder().id(EventId.of("m1")).when(second).mode(DeliveryMode.ON_SITE)
            .venue(hall).build(),
        // starts when the second ends: no clash
        Meeting.builder().id(EventId.of("m2")).when(after).mode(DeliveryMode.ON_SITE)
            .venue(hall).build(),
        // cancelled: not an agreed time any more
        Meeting.builder().id(EventId.of("m3")).when(first).mode(DeliveryMode.ON_SITE)
            .venue(hall).status(MeetingStatus.CANCELLED).build(),
        // online at the first's time: the people clash, no venue
        Meeting.builder().id(EventId.of("m4")).when(first).mode(DeliveryMode.ONLINE)
            .onlineLink(URI.create("https://meet.example.org/m4")).build()));
    List<Problem> found = overlaps(ProgramValidator.validateStructure(p).problems());
    String m0 = "pairings[0].meetings[0]";
    String m1 = "pairings[0].meetings[1]";
    String m4 = "pairings[0].meetings[4]";
    String clash1 = "agreed time " + second + " of " + m1 + " overlaps agreed time " + first
        + " of " + m0 + " for ";
    String clash4a = "agreed time " + first + " of " + m4 + " overlaps agreed time " + first
        + " of " + m0 + " for ";
    String clash4b = "agreed time " + first + " of " + m4 + " overlaps agreed time " + second
        + " of " + m1 + " for ";
    assertEquals(List.of(
        Problem.at(m1 + ".when", clash1 + "person 'ana'"),
        Problem.at(m1 + ".when", clash1 + "person 'ben'"),
        Problem.at(m1 + ".when", clash1 + "venue 'hall'"),
        Problem.at(m4 + ".when", clash4a + "person 'ana'"),
        Problem.at(m4 + ".when", clash4a + "person 'ben'"),
        Problem.at(m4 + ".when", clash4b + "person 'ana'"),
        Problem.at(m4 + ".when", clash4b + "person 'ben'")), found);
  }
}
