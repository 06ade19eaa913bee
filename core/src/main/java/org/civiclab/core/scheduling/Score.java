package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Comparator;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A schedule's score in three levels, each zero or negative: the sum of its rules' penalties.
 *
 * <p>Scores compare hard first, then medium, then soft; greater is better and {@code 0/0/0} is
 * perfect. Printed as {@code 0hard/-293medium/-9285soft}. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Score implements Comparable<Score>, WithScore {
  private static final Comparator<Score> ORDER = Comparator.comparingLong(Score::hard)
      .thenComparingLong(Score::medium).thenComparingLong(Score::soft);

  /** @return the hard level, zero when every hard rule holds */
  @Value.Parameter(order = 0)
  public abstract long hard();

  /** @return the medium level */
  @Value.Parameter(order = 1)
  public abstract long medium();

  /** @return the soft level */
  @Value.Parameter(order = 2)
  public abstract long soft();

  /**
   * A score from its three levels.
   *
   * @param hard hard level
   * @param medium medium level
   * @param soft soft level
   * @return the score
   */
  public static Score of(long hard, long medium, long soft) {
    return ImmutableScore.of(hard, medium, soft);
  }

  /** @return the perfect score {@code 0/0/0} */
  public static Score zero() {
    return of(0, 0, 0);
  }

  /** @return whether no hard rule is broken */
  public boolean isFeasible() {
    return hard() >= 0;
  }

  /**
   * @param level a level
   * @return the value at that level
   */
  public long at(Level level) {
    switch (level) {
      case HARD:
        return hard();
      case MEDIUM:
        return medium();
      default:
        return soft();
    }
  }

  @Override
  public int compareTo(Score o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return hard() + "hard/" + medium() + "medium/" + soft() + "soft";
  }
}
