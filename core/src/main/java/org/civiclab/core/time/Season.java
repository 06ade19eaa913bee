package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.MonthDay;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The days of every year on which something can happen, such as the months a mountain
 * community can be reached by road: from a first day of the year to a last one, both included,
 * recurring each year.
 *
 * <p>A season may wrap over New Year: {@code 1 November to 31 March} holds the winter from
 * November of one year to March of the next. A season whose first and last days are the same
 * holds that one day a year; {@link #allYear()} holds every day. A season that starts or ends on
 * 29 February is read with the calendar: in a year without that day, a season starting on it
 * starts on 1 March and one ending on it ends on 28 February. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Season implements WithSeason {

  /** @return the season's first day of the year */
  @Value.Parameter(order = 0)
  public abstract MonthDay first();

  /** @return the season's last day of the year, included; before {@link #first()} to wrap */
  @Value.Parameter(order = 1)
  public abstract MonthDay last();

  /**
   * A season from one day of the year to another.
   *
   * @param first the first day of the year, such as {@code --06-01}
   * @param last the last day, included; earlier in the year than {@code first} for a season
   *     over New Year
   * @return the season
   */
  public static Season of(MonthDay first, MonthDay last) {
    return ImmutableSeason.of(first, last);
  }

  /** @return the season of every day of the year, 1 January to 31 December */
  public static Season allYear() {
    return of(MonthDay.of(1, 1), MonthDay.of(12, 31));
  }

  /** @return whether the season runs over New Year (its last day comes before its first) */
  public boolean wraps() {
    return last().isBefore(first());
  }

  /** @return whether the season holds every day of the year */
  public boolean isAllYear() {
    if (!wraps()) {
      return first().equals(MonthDay.of(1, 1)) && last().equals(MonthDay.of(12, 31));
    }
    // over New Year, every day when the last day is the one just before the first
    return MonthDay.from(first().atYear(2000).minusDays(1)).equals(last());
  }

  /**
   * Whether a day lies in the season.
   *
   * @param day a day
   * @return true when the day's month and day fall between the first and the last day of the
   *     season, over New Year when the season wraps
   */
  public boolean contains(LocalDate day) {
    MonthDay md = MonthDay.from(day);
    boolean afterFirst = !md.isBefore(first());
    boolean beforeLast = !md.isAfter(last());
    return wraps() ? afterFirst || beforeLast : afterFirst && beforeLast;
  }

  /** @return the season as a coordinator says it, such as {@code 1 June to 30 September} */
  @Override
  public String toString() {
    return words(first()) + " to " + words(last());
  }

  private static String words(MonthDay d) {
    String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
        java.util.Locale.ENGLISH);
    return d.getDayOfMonth() + " " + month;
  }
}
