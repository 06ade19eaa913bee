package org.civiclab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

  // each kind reads as a coordinator says it, with "every week" for one week
  @Test
  void readsAsSaid() {
    assertEquals("2 per term", Cadence.perTerm(2).toString());
    assertEquals("4 per year", Cadence.perYear(4).toString());
    assertEquals("every week", Cadence.everyWeeks(1).toString());
    assertEquals("every 3 weeks", Cadence.everyWeeks(3).toString());
    assertEquals("yearly", Cadence.yearly().toString());
    assertEquals(Cadence.Kind.YEARLY, Cadence.yearly().kind());
    assertEquals(1, Cadence.yearly().count());
    assertEquals(Cadence.perYear(5), Cadence.of(Cadence.Kind.PER_YEAR, 5));
  }

  // the count lies between 1 and 366, both included
  @Test
  void countLimits() {
    assertEquals(1, Cadence.perTerm(1).count());
    assertEquals(366, Cadence.perYear(366).count());
    assertEquals(List.of("count: count 0 must be between 1 and 366"),
        Problems.of(() -> Cadence.perTerm(0)));
    assertEquals(List.of("count: count 367 must be between 1 and 366"),
        Problems.of(() -> Cadence.everyWeeks(367)));
  }

  // a yearly cadence has count 1 and no other
  @Test
  void yearlyHasCountOne() {
    assertEquals(List.of("count: a yearly cadence has count 1, got 2"),
        Problems.of(() -> Cadence.of(Cadence.Kind.YEARLY, 2)));
  }
}
