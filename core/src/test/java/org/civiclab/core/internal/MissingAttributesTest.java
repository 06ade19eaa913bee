package org.civiclab.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.matching.Host;
import org.civiclab.core.matching.MatchCandidate;
import org.junit.jupiter.api.Test;

/**
 * A generated builder missing required attributes: the value type is named in the message and
 * in each problem, one problem per attribute, one line or a list.
 */
class MissingAttributesTest {

  @Test
  void oneMissingAttributeIsOneLineNamingTheType() {
    MissingAttributesException e = assertThrows(MissingAttributesException.class,
        () -> MatchCandidate.builder().build());
    assertEquals("MatchCandidate", e.type());
    assertEquals("MatchCandidate.id: required, not set", e.getMessage());
    assertEquals(List.of(Problem.at("id", "required, not set on MatchCandidate")),
        e.problems());
  }

  @Test
  void severalMissingAttributesAreListed() {
    MissingAttributesException e = assertThrows(MissingAttributesException.class,
        () -> Host.builder().build());
    assertEquals("Host", e.type());
    assertEquals("2 problems:\n  - Host.organization: required, not set\n"
        + "  - Host.capacity: required, not set", e.getMessage());
    InvalidInputException under = e.under("hosts[0]");
    assertEquals(List.of("hosts[0].organization", "hosts[0].capacity"),
        under.problems().stream().map(Problem::path).toList());
  }

  @Test
  void thrownFromElsewhereItNamesTheThrowingClassOrValue() {
    assertEquals("MissingAttributesTest", new MissingAttributesException("x").type());
    assertEquals("MissingAttributesTest.x: required, not set",
        new MissingAttributesException("x").getMessage());
  }
}
