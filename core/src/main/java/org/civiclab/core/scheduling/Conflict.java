package org.civiclab.core.scheduling;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A small set of demands and rules that cannot all hold together, with a sentence that says
 * what to change. Immutable.
 */
@Value.Immutable
public abstract class Conflict {

  /** @return ids of the demands in conflict */
  public abstract ImmutableList<String> demands();

  /** @return ids of the rules that cannot all hold for them */
  public abstract ImmutableSet<String> rules();

  /**
   * @return the explanation, such as "pair 3, spring term: mentor and mentee share no free
   *     slot between 2025-01-15 and 2025-06-05"
   */
  public abstract String message();

  /** @return a fresh builder */
  public static ImmutableConflict.Builder builder() {
    return ImmutableConflict.builder();
  }

  @Override
  public String toString() {
    return message() + " " + rules();
  }
}
