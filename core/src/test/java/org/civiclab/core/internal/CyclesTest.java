package org.civiclab.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cycle a "comes after" relation goes round, exactly: the nodes from where the search
 * re-entered its path, first node repeated, visited in the given order; no cycle through
 * finished nodes or edges to unknown nodes.
 */
class CyclesTest {

  private static Optional<ImmutableList<String>> find(List<String> nodes,
      Map<String, List<String>> edges) {
    return Cycles.find(nodes, n -> edges.getOrDefault(n, List.of()));
  }

  @Test
  void aChainOrADiamondHasNoCycle() {
    assertEquals(Optional.empty(), find(List.of(), Map.of()));
    assertEquals(Optional.empty(), find(List.of("a", "b", "c"),
        Map.of("a", List.of("b"), "b", List.of("c"))));
    // d is reached twice, from b and from c, once finished: no cycle
    assertEquals(Optional.empty(), find(List.of("a", "b", "c", "d"),
        Map.of("a", List.of("b", "c"), "b", List.of("d"), "c", List.of("d"))));
    assertEquals(Optional.empty(), find(List.of("a"), Map.of("a", List.of("ghost"))));
  }

  @Test
  void theCycleStartsWhereThePathIsReentered() {
    assertEquals(Optional.of(List.of("a", "a")), find(List.of("a"), Map.of("a", List.of("a"))));
    // x leads into the loop b -> c -> d -> b; x itself is not part of it
    assertEquals(Optional.of(List.of("b", "c", "d", "b")), find(List.of("x", "b", "c", "d"),
        Map.of("x", List.of("b"), "b", List.of("c"), "c", List.of("d"), "d", List.of("b"))));
    // the search starts from the first node in the given order
    assertEquals(Optional.of(List.of("c", "d", "b", "c")), find(List.of("c", "b", "d"),
        Map.of("b", List.of("c"), "c", List.of("d"), "d", List.of("b"))));
  }

  @Test
  void aLaterRootFindsACycleAfterAnAcyclicPart() {
    assertEquals(Optional.of(List.of("q", "r", "q")), find(List.of("a", "b", "q", "r"),
        Map.of("a", List.of("b"), "b", List.of("ghost"), "q", List.of("r"), "r",
            List.of("a", "q"))));
  }
}
