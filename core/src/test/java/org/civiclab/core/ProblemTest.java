package org.civiclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A problem's path, position, text and equality, each stated once. */
class ProblemTest {

  @Test
  void aModelProblemHasAPathAndNoPosition() {
    Problem p = Problem.at("editions[0].period", "must not be empty");
    assertEquals("editions[0].period", p.path());
    assertEquals("must not be empty", p.message());
    assertEquals(OptionalInt.empty(), p.line());
    assertEquals(OptionalInt.empty(), p.column());
    assertEquals(Optional.empty(), p.position());
    assertEquals("editions[0].period: must not be empty", p.toString());
    assertEquals("(input): empty document", Problem.at("", "empty document").toString());
  }

  @Test
  void aDocumentProblemHasItsOneBasedPosition() {
    Problem p = Problem.at("venues[1].zone", "unknown zone", 1, 1);
    assertEquals(OptionalInt.of(1), p.line());
    assertEquals(OptionalInt.of(1), p.column());
    assertEquals(Optional.of("1:1"), p.position());
    assertEquals("venues[1].zone (line 1, column 1): unknown zone", p.toString());
    Problem q = Problem.at("venues[1].zone", "unknown zone", 12, 7);
    assertEquals(Optional.of("12:7"), q.position());
    assertEquals("venues[1].zone (line 12, column 7): unknown zone", q.toString());
    assertThrows(IllegalArgumentException.class, () -> Problem.at("x", "y", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Problem.at("x", "y", 1, 0));
  }

  @Test
  void underPrefixesThePathTheWayTheModelNamesIt() {
    Problem end = Problem.at("end", "before the start", 3, 4);
    assertEquals("sessions[0].end", end.under("sessions[0]").path());
    assertEquals(Optional.of("3:4"), end.under("sessions[0]").position());
    assertEquals("before the start", end.under("sessions[0]").message());
    assertEquals("sessions[2]", Problem.at("[2]", "m").under("sessions").path());
    assertEquals("sessions", Problem.at("", "m").under("sessions").path());
    assertSame(end, end.under(""));
  }

  @Test
  void equalityCoversEveryPart() {
    Problem p = Problem.at("a", "m", 2, 3);
    assertEquals(p, Problem.at("a", "m", 2, 3));
    assertEquals(p.hashCode(), Problem.at("a", "m", 2, 3).hashCode());
    // not a contract, but these two differ, and a constant hash would make every map slow
    assertNotEquals(Problem.at("b", "m", 2, 3).hashCode(), p.hashCode());
    assertEquals(p, p);
    assertNotEquals(p, Problem.at("b", "m", 2, 3));
    assertNotEquals(p, Problem.at("a", "n", 2, 3));
    assertNotEquals(p, Problem.at("a", "m", 4, 3));
    assertNotEquals(p, Problem.at("a", "m", 2, 4));
    assertNotEquals(p, Problem.at("a", "m"));
    assertNotEquals(p, (Object) "a: m");
  }
}
