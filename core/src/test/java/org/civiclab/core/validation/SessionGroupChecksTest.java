package org.civiclab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.Problem;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionGroup;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.testing.ProgramGenerator;

/**
 * A session held as breakout groups: each group's facilitators and participants must be in the
 * directory and its venue one of the program's. The generator makes no groups and the pairwise
 * oracle does not check them, so a generated program's first session is split into two groups
 * broken in one place each, and exactly those problems are expected, at those paths. Also the
 * report's own summary line.
 */
class SessionGroupChecksTest {
  private static final PersonId GHOST = PersonId.of("ghost-person");

  /** The program with its first session of the first module that has one held as groups. */
  private static Program withGroups(Program p, List<SessionGroup> groups, String[] path) {
    for (int e = 0; e < p.editions().size(); e++) {
      Edition edition = p.editions().get(e);
      for (int m = 0; m < edition.modules().size(); m++) {
        Module module = edition.modules().get(m);
        if (!module.sessions().isEmpty()) {
          Session first = module.sessions().get(0);
          Session grouped = Session.builder().from(first).mode(DeliveryMode.HYBRID)
              .groups(groups).build();
          List<Session> sessions = new ArrayList<>(module.sessions());
          sessions.set(0, grouped);
          List<Module> modules = new ArrayList<>(edition.modules());
          modules.set(m, module.withSessions(sessions));
          List<Edition> editions = new ArrayList<>(p.editions());
          editions.set(e, edition.withModules(modules));
          path[0] = "editions[" + e + "].modules[" + m + "].sessions[0]";
          return p.withEditions(editions);
        }
      }
    }
    return null;
  }

  private static List<String> paths(ValidationReport r) {
    return r.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  @Property(tries = 30)
  void eachGroupIsCheckedForItsPeopleAndItsVenue(
      @ForAll @LongRange(min = 0, max = 1 << 20) long seed) {
    ProgramGenerator.Generated g = ProgramGenerator.generate(seed, 2);
    Program p = g.program();
    PersonId someone = g.directory().people().values().iterator().next().id();
    VenueId venue = p.venues().isEmpty() ? null : p.venues().get(0).id();
    SessionGroup.Builder fine = SessionGroup.builder().name("fine").addFacilitators(someone)
        .addParticipants(someone);
    if (venue != null) {
      fine.venue(venue);
    }
    String[] at = new String[1];
    Program clean = withGroups(p, List.of(fine.build(), SessionGroup.builder().name("also")
        .build()), at);
    if (clean == null) {
      return;
    }
    assertTrue(ProgramValidator.validate(clean, g.directory()).isValid(),
        () -> ProgramValidator.validate(clean, g.directory()).toString());

    Program broken = withGroups(p, List.of(
        SessionGroup.builder().name("a").addFacilitators(GHOST).addParticipants(someone)
            .venue(VenueId.of("ghost-venue")).build(),
        SessionGroup.builder().name("b").addParticipants(GHOST).build()), at);
    String gp = at[0] + ".groups";
    ValidationReport report = ProgramValidator.validate(broken, g.directory());
    assertEquals(List.of(gp + "[0].facilitators", gp + "[0].venue", gp + "[1].participants"),
        paths(report), report::toString);
    assertEquals("person 'ghost-person' is not in the directory",
        report.problems().get(0).message());
    assertEquals("venue 'ghost-venue' is not one of the program's venues",
        report.problems().get(1).message());
    // without a directory, only the venue is wrong
    assertEquals(List.of(gp + "[0].venue"), paths(ProgramValidator.validateStructure(broken)));
  }

  @Example
  void theReportSaysValidOrCountsItsProblems() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(1, 1);
    ValidationReport valid = ProgramValidator.validate(g.program(), g.directory());
    assertEquals("valid", valid.toString());
    Program broken = g.program().withOrganizer(org.civiclab.core.model.OrganizationId.of("nobody"));
    ValidationReport report = ProgramValidator.validate(broken, g.directory());
    assertEquals("1 problem(s): " + report.problems(), report.toString());
    assertEquals(1, report.problems().size());
  }
}
