package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * How often something recurs: "2 per term", "4 per year", "every 3 weeks", "yearly".
 *
 * <p>A cadence is a rule, not a list of dates: the scheduler expands it over a period (and,
 * for {@link Kind#PER_TERM}, an {@link AcademicCalendar}) into meeting demands, each with a
 * window. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Cadence implements WithCadence {

  /** The kinds of recurrence. */
  public enum Kind {
    /** {@code count} meetings in every term of an academic calendar. */
    PER_TERM,
    /** {@code count} meetings in every year of the period. */
    PER_YEAR,
    /** One meeting every {@code count} weeks. */
    EVERY_WEEKS,
    /** One meeting a year ({@code count} is 1). */
    YEARLY
  }

  /** @return the kind of recurrence */
  @Value.Parameter(order = 0)
  public abstract Kind kind();

  /** @return meetings per term or year, or the number of weeks between meetings */
  @Value.Parameter(order = 1)
  public abstract int count();

  /**
   * @param n meetings per term, at least 1
   * @return "n per term"
   */
  public static Cadence perTerm(int n) {
    return ImmutableCadence.of(Kind.PER_TERM, n);
  }

  /**
   * @param n meetings per year, at least 1
   * @return "n per year"
   */
  public static Cadence perYear(int n) {
    return ImmutableCadence.of(Kind.PER_YEAR, n);
  }

  /**
   * @param k weeks between meetings, at least 1
   * @return "every k weeks"
   */
  public static Cadence everyWeeks(int k) {
    return ImmutableCadence.of(Kind.EVERY_WEEKS, k);
  }

  /** @return "yearly" */
  public static Cadence yearly() {
    return ImmutableCadence.of(Kind.YEARLY, 1);
  }

  /**
   * A cadence of a given kind and count.
   *
   * @param kind the kind
   * @param count the count
   * @return the cadence
   */
  public static Cadence of(Kind kind, int count) {
    return ImmutableCadence.of(kind, count);
  }

  @Value.Check
  void check() {
    Checks.check(count() >= 1 && count() <= 366, "count",
        "count " + count() + " must be between 1 and 366");
    Checks.check(kind() != Kind.YEARLY || count() == 1, "count",
        "a yearly cadence has count 1, got " + count());
  }

  /** @return the cadence as a coordinator says it, such as {@code 2 per term} */
  @Override
  public String toString() {
    switch (kind()) {
      case PER_TERM:
        return count() + " per term";
      case PER_YEAR:
        return count() + " per year";
      case EVERY_WEEKS:
        return count() == 1 ? "every week" : "every " + count() + " weeks";
      default:
        return "yearly";
    }
  }
}
