package org.civiclab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exceptions every caller sees, by their exact messages: one problem or several, the same
 * problems under an enclosing path, an empty list refused, the store's failures with and without
 * a cause, and a lost optimistic-lock race with both version fields and "none" for an absent
 * aggregate.
 */
class CoreExceptionsTest {

  @Test
  void oneProblemIsTheMessageAndSeveralAreListed() {
    InvalidInputException one = InvalidInputException.of("title", "must not be blank");
    assertEquals("title: must not be blank", one.getMessage());
    assertEquals(List.of(Problem.at("title", "must not be blank")), one.problems());
    assertNull(one.getCause());
    InvalidInputException two = new InvalidInputException(List.of(Problem.at("a", "x"),
        Problem.at("b", "y", 3, 4)));
    assertEquals("2 problems:\n  - a: x\n  - b (line 3, column 4): y", two.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> new InvalidInputException(List.of()));
    assertEquals("an InvalidInputException needs at least one problem", empty.getMessage());
  }

  @Test
  void underPrefixesEveryPathAndKeepsTheOriginalAsCause() {
    InvalidInputException inner = new InvalidInputException(List.of(Problem.at("end", "early"),
        Problem.at("[0]", "odd"), Problem.at("", "whole")));
    InvalidInputException outer = inner.under("sessions[1]");
    assertEquals(List.of("sessions[1].end", "sessions[1][0]", "sessions[1]"),
        outer.problems().stream().map(Problem::path).toList());
    assertSame(inner, outer.getCause());
    assertEquals("3 problems:\n  - sessions[1].end: early\n  - sessions[1][0]: odd\n"
        + "  - sessions[1]: whole", outer.getMessage());
    IOException io = new IOException("disk");
    assertSame(io, new InvalidInputException(List.of(Problem.at("a", "b")), io).getCause());
  }

  @Test
  void storeFailuresCarryTheirMessageAndCause() {
    StoreException plain = new StoreException("program p1: disk full");
    assertEquals("program p1: disk full", plain.getMessage());
    assertNull(plain.getCause());
    IOException io = new IOException("disk");
    StoreException caused = new StoreException("program p1: unreadable", io);
    assertSame(io, caused.getCause());
    assertTrue(caused instanceof CivicLabException);
  }

  @Test
  void aLostRaceNamesTheAggregateAndBothVersions() {
    ConcurrentUpdateException stale = new ConcurrentUpdateException("program p1", 2, 3);
    assertEquals("program p1 was changed by someone else: expected version 2 but the store has"
        + " version 3; reload it and apply the change again", stale.getMessage());
    assertEquals("program p1", stale.aggregate());
    assertEquals(2, stale.expectedVersion());
    assertEquals(3, stale.actualVersion());
    ConcurrentUpdateException gone = new ConcurrentUpdateException("program p2", 1, 0);
    assertEquals("program p2 was changed by someone else: expected version 1 but the store has"
        + " none; reload it and apply the change again", gone.getMessage());
    assertEquals(0, gone.actualVersion());
    assertNull(gone.getCause());
  }
}
