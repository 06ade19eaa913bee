package org.civiclab.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Finds a cycle in a "comes after" relation, so that a value can name the ids that go round
 * instead of saying only that an order is impossible. Not API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Cycles {
  private Cycles() {}

  /**
   * Depth-first search over the nodes in their given order; edges to unknown nodes are ignored
   * (the caller reports those itself).
   *
   * @param nodes the nodes, in the order a report should prefer
   * @param next the nodes each node points to
   * @param <T> the node type
   * @return one cycle, first node repeated at the end ({@code a, b, a}), or empty when there is
   *     none
   */
  public static <T> Optional<ImmutableList<T>> find(Collection<T> nodes,
      Function<T, ? extends Collection<T>> next) {
    Map<T, Integer> state = new HashMap<>();
    for (T n : nodes) {
      state.put(n, 0);
    }
    for (T root : nodes) {
      if (state.getOrDefault(root, 0) != 0) {
        continue;
      }
      // iterative DFS: 0 unseen, 1 on the current path, 2 done
      Deque<T> path = new ArrayDeque<>();
      Deque<Iterator<T>> its = new ArrayDeque<>();
      path.push(root);
      its.push(next.apply(root).iterator());
      state.put(root, 1);
      while (!path.isEmpty()) {
        Iterator<T> it = its.peek();
        if (!it.hasNext()) {
          state.put(path.pop(), 2);
          its.pop();
          continue;
        }
        T m = it.next();
        Integer s = state.get(m);
        if (s == null || s == 2) {
          continue;
        }
        if (s == 1) {
          List<T> cycle = new ArrayList<>();
          for (Iterator<T> back = path.descendingIterator(); back.hasNext(); ) {
            T x = back.next();
            if (!cycle.isEmpty() || x.equals(m)) {
              cycle.add(x);
            }
          }
          cycle.add(m);
          return Optional.of(ImmutableList.copyOf(cycle));
        }
        state.put(m, 1);
        path.push(m);
        its.push(next.apply(m).iterator());
      }
    }
    return Optional.empty();
  }
}
