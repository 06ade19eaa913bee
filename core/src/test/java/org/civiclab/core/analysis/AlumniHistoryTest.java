package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Program;
import org.junit.jupiter.api.Test;

/**
 * "Over 200 alumni since 2017": a generated history of two programs, editions 2017 to 2024,
 * with 25 to 35 new completions a year, repeat completions and people who did not complete.
 * The generator keeps its own account of who completed first when, and the analysis must
 * agree with it.
 */
class AlumniHistoryTest {

  /** A multi-year history together with the generator's own account of it. */
  static final class History {
    final List<Program> programs = new ArrayList<>();
    final Set<String> alumni = new LinkedHashSet<>();
    final TreeMap<Integer, Integer> newPerYear = new TreeMap<>();
    int completions;
  }

  static History history(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    History h = new History();
    Program.Builder course = Fixtures.program("segrid", LocalDate.of(2017, 1, 1),
        LocalDate.of(2024, 12, 31));
    Program.Builder mentoring = Fixtures.program("mentoring",
        LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31));
    int next = 0;
    for (int year = 2017; year <= 2024; year++) {
      int fresh = 25 + r.nextInt(11);
      Edition.Builder e = Fixtures.edition("segrid-" + year, year);
      long seq = 0;
      List<String> people = new ArrayList<>();
      for (int i = 0; i < fresh; i++) {
        people.add("p" + next++);
      }
      // a few earlier alumni complete again: they must not count twice
      List<String> earlier = new ArrayList<>(h.alumni);
      for (int i = 0; i < Math.min(3, earlier.size()); i++) {
        String again = earlier.get(r.nextInt(earlier.size()));
        if (!people.contains(again)) {
          people.add(again);
        }
      }
      for (String p : people) {
        e.addEnrollment(Fixtures.enrol(p, EnrollmentStatus.COMPLETED, seq++, Optional.empty()));
        complete(h, p, year);
      }
      // people who held a place or left without completing
      for (int i = 0; i < 4; i++) {
        e.addEnrollment(Fixtures.enrol("p" + next++, i % 2 == 0 ? EnrollmentStatus.CONFIRMED
            : EnrollmentStatus.CANCELLED, seq++, Optional.empty()));
      }
      course.addEdition(e.build());
      if (year >= 2019) {
        // the mentoring program: some course alumni, some newcomers
        Edition.Builder m = Fixtures.edition("mentoring-" + year, year);
        String alum = "p" + r.nextInt(next);
        String newcomer = "p" + next++;
        m.addEnrollment(Fixtures.enrol(alum, EnrollmentStatus.COMPLETED, 0, Optional.empty()));
        m.addEnrollment(Fixtures.enrol(newcomer, EnrollmentStatus.COMPLETED, 1,
            Optional.empty()));
        complete(h, alum, year);
        complete(h, newcomer, year);
        mentoring.addEdition(m.build());
      }
    }
    h.programs.add(course.build());
    h.programs.add(mentoring.build());
    return h;
  }

  private static void complete(History h, String person, int year) {
    h.completions++;
    if (h.alumni.add(person)) {
      h.newPerYear.merge(year, 1, Integer::sum);
    }
  }

  @Test
  void moreThanTwoHundredAlumniSince2017() {
    History h = history(2017);
    Table years = Analyses.alumniByYear(h.programs);
    assertEquals(8, years.size());
    assertEquals("2017", years.text(0, "year"));
    long cumulative = 0;
    long completions = 0;
    for (int r = 0; r < years.size(); r++) {
      int year = 2017 + r;
      assertEquals(String.valueOf(year), years.text(r, "year"));
      long fresh = years.count(r, "new alumni");
      assertEquals(h.newPerYear.getOrDefault(year, 0).longValue(), fresh, "year " + year);
      assertTrue(fresh >= 25, "at least 25 new alumni in " + year);
      cumulative += fresh;
      completions += years.count(r, "completions");
      assertEquals(cumulative, years.count(r, "cumulative"));
    }
    assertEquals(h.alumni.size(), cumulative);
    assertEquals(h.completions, completions);
    assertTrue(completions > cumulative, "repeat completions exist and count once");
    assertTrue(cumulative > 200, "cumulative alumni " + cumulative);
    assertEquals(h.alumni.size(), Analyses.alumni(h.programs).size());
    Table programs = Analyses.alumniByProgram(h.programs);
    assertEquals(8, programs.count(0, "editions"));
    assertEquals("2017", programs.text(0, "first year"));
    assertEquals(12, programs.count(1, "completions"), "two per mentoring edition, 2019-2024");
    assertTrue(programs.count(1, "alumni") <= 12);
  }
}
