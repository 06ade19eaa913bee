package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.ProgramGenerator.Generated;

/** Invariants of the analyses on generated programs, with brute-force oracles. */
class AnalysesPropertiesTest {

  @Property(tries = 60)
  void attendanceMatchesABruteForceOracleAndAddsUp(@ForAll("seeds") long seed,
      @ForAll("sizes") int size) {
    Generated g = ProgramGenerator.generate(seed, size);
    List<Attendance> records = withCorrections(ProgramGenerator.attendance(g, seed), seed);
    List<Program> programs = List.of(g.program());
    var tables = Analyses.attendanceRates(programs, records);
    Table sessions = tables.get(0);
    Table modules = tables.get(1);
    Table tracks = tables.get(2);
    long expectedTaken = 0;
    long attendedTaken = 0;
    int row = 0;
    for (Edition e : g.program().editions()) {
      for (Module m : e.modules()) {
        for (Session s : m.sessions()) {
          long[] oracle = oracle(e, m, s, records);
          assertEquals(s.id().value(), sessions.text(row, "session"));
          assertEquals(oracle[0], sessions.count(row, "expected"));
          assertEquals(oracle[1], sessions.count(row, "attended"));
          assertTrue(sessions.count(row, "attended") <= sessions.count(row, "recorded"));
          assertTrue(sessions.count(row, "recorded") <= sessions.count(row, "expected"));
          sessions.rate(row, "rate").ifPresent(r -> assertTrue(r >= 0 && r <= 1, "rate " + r));
          assertEquals(oracle[2] == 0 || oracle[0] == 0, sessions.text(row, "rate").isEmpty());
          if (oracle[2] > 0) {
            expectedTaken += oracle[0];
            attendedTaken += oracle[1];
          }
          row++;
        }
      }
    }
    assertEquals(row, sessions.size());
    assertEquals(expectedTaken, sum(modules, "expected"));
    assertEquals(attendedTaken, sum(modules, "attended"));
    assertEquals(expectedTaken, sum(tracks, "expected"));
    assertEquals(attendedTaken, sum(tracks, "attended"));
    for (Table t : tables) {
      for (int r = 0; r < t.size(); r++) {
        t.rate(r, "rate").ifPresent(x -> assertTrue(x >= 0 && x <= 1, "rate " + x));
      }
      assertEquals(t.size() + 1, TableTest.parse(t.toCsv()).size());
    }
  }

  /** Expected, attended and records seen for a session, computed the plain way. */
  private static long[] oracle(Edition e, Module m, Session s, List<Attendance> records) {
    long expected = 0;
    long attended = 0;
    long seen = 0;
    for (Attendance a : records) {
      seen += a.event().equals(s.id()) ? 1 : 0;
    }
    for (Enrollment en : e.enrollments()) {
      boolean served = m.tracks().isEmpty()
          || (en.track().isPresent() && m.tracks().contains(en.track().get()));
      if (!en.holdsPlace() || !served) {
        continue;
      }
      expected++;
      Attendance latest = null;
      for (Attendance a : records) {
        if (a.event().equals(s.id()) && a.person().equals(en.person())
            && (latest == null || !a.recordedAt().isBefore(latest.recordedAt()))) {
          latest = a;
        }
      }
      attended += latest != null && latest.attended() ? 1 : 0;
    }
    return new long[] {expected, attended, seen};
  }

  /** Appends corrections: some records again, some at the same instant, some older. */
  private static List<Attendance> withCorrections(List<Attendance> records, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5eed);
    List<Attendance> out = new ArrayList<>(records);
    for (Attendance a : records) {
      if (r.nextInt(4) == 0) {
        out.add(Attendance.builder().from(a)
            .status(AttendanceStatus.values()[r.nextInt(AttendanceStatus.values().length)])
            .recordedAt(a.recordedAt().plusSeconds(r.nextInt(3) - 1)).build());
      }
    }
    return out;
  }

  private static long sum(Table t, String column) {
    long s = 0;
    for (int r = 0; r < t.size(); r++) {
      s += t.count(r, column);
    }
    return s;
  }

  @Property(tries = 60)
  void completionParticipationAndAlumniAddUp(@ForAll("seeds") long seed,
      @ForAll("sizes") int size) {
    Generated g = ProgramGenerator.generate(seed, size);
    List<Program> programs = List.of(g.program());
    Table completion = Analyses.completionRates(programs);
    for (int r = 0; r < completion.size(); r++) {
      assertTrue(completion.count(r, "completed") <= completion.count(r, "holding place"));
      completion.rate(r, "rate").ifPresent(x -> assertTrue(x >= 0 && x <= 1));
    }
    for (Edition e : g.program().editions()) {
      int all = completion.find("edition", e.label(), "track", "(all)").orElseThrow();
      long places = 0;
      for (int r = all + 1; r < completion.size()
          && completion.text(r, "edition").equals(e.label())
          && !completion.text(r, "track").equals("(all)"); r++) {
        places += completion.count(r, "holding place");
      }
      assertEquals(completion.count(all, "holding place"), places);
      assertEquals(e.enrollments().stream().filter(Enrollment::holdsPlace).count(), places);
    }
    Set<PersonId> participants = new HashSet<>();
    g.program().editions().forEach(e -> e.enrollments().stream().filter(Enrollment::holdsPlace)
        .forEach(en -> participants.add(en.person())));
    for (Analyses.Dimension d : Analyses.Dimension.values()) {
      Table t = Analyses.participation(programs, g.directory(), d);
      assertEquals(participants.size(), sum(t, "people"), d.name());
      double share = 0;
      for (int r = 0; r < t.size(); r++) {
        share += t.rate(r, "share").getAsDouble();
      }
      assertEquals(participants.isEmpty() ? 0 : 1, share, 1e-9);
    }
    Table years = Analyses.alumniByYear(programs);
    long alumni = Analyses.alumni(programs).size();
    assertEquals(alumni, sum(years, "new alumni"));
    assertEquals(alumni, years.size() == 0 ? 0 : years.count(years.size() - 1, "cumulative"));
    Table follow = Analyses.followUpStatus(programs, LocalDate.of(2024, 6, 1));
    long actions = g.program().outreachMeetings().stream().mapToLong(o -> o.followUps().size())
        .sum();
    assertEquals(actions, follow.count(follow.size() - 1, "actions"));
    assertEquals(2 * actions, sum(follow, "actions"));
    Table cadence = Analyses.cadenceAdherence(programs, g.directory());
    Map<String, Long> held = new HashMap<>();
    for (int r = 0; r < cadence.size(); r++) {
      held.merge(cadence.text(r, "pairing"), cadence.count(r, "held"), Long::sum);
      cadence.rate(r, "adherence").ifPresent(x -> assertTrue(x >= 0 && x <= 1));
    }
    g.program().pairings().forEach(p -> assertEquals(p.meetings().stream()
            .filter(m -> m.status() == org.civiclab.core.model.MeetingStatus.HELD).count(),
        held.getOrDefault(p.id().value(), 0L), p.id().value()));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs().between(0, 1_000_000);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> sizes() {
    return net.jqwik.api.Arbitraries.integers().between(0, 6);
  }
}
