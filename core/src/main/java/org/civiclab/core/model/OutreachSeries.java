package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.Season;
import org.immutables.value.Value;

/**
 * Outreach visits to one community that recur, such as "two visits a year to Omalo while the
 * road is open": a {@link Cadence} over a period, held only on the days of the year the
 * community can be reached (its {@link #season()}).
 *
 * <p>The planner expands a series into occurrences, each with a window of days, the way it
 * expands a mentoring pair's cadence: "n per year" splits the reachable days of each year of
 * the period into n windows, "n per term" those of each term, "every k weeks" gives one window
 * per k weeks of each stretch of reachable days, "yearly" one per year. Each occurrence is
 * planned as an outreach visit of the series' leaders inside its window, on a reachable day,
 * and written into the program as an {@link OutreachMeeting} that names the series and its
 * occurrence number; an outreach meeting that already names them stands for that occurrence.
 * An occurrence whose window has no reachable day is reported, not planned. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class OutreachSeries implements WithOutreachSeries {

  /** @return the series' id, unique among the program's series */
  public abstract SeriesId id();

  /** @return the community visited */
  public abstract String community();

  /** @return the region, if known */
  public abstract Optional<String> region();

  /** @return the ISO country code */
  public abstract String country();

  /** @return how often the community is visited, such as {@code 2 per year} */
  public abstract Cadence cadence();

  /**
   * @return the days the series runs; empty for the program's whole period (a period beyond
   *     the program's is cut to it)
   */
  public abstract Optional<DateRange> period();

  /**
   * The days of every year the community can be reached, such as June to September for a
   * mountain village whose pass is closed by snow the rest of the year; it may wrap over New
   * Year (1 November to 31 March). No visit of the series falls outside it.
   *
   * @return the season, if the community cannot be reached all year
   */
  public abstract Optional<Season> season();

  /** @return how long each visit lasts at the community, positive and shorter than a day */
  public abstract Duration length();

  /**
   * The time of day the leaders would like a visit to start, in the program's zone, such as
   * 11:00 after a morning's drive; the planner prefers it (a soft rule) and may choose another.
   *
   * @return the preferred start, if any
   */
  public abstract Optional<LocalTime> preferredStart();

  /** @return the civil-society leaders who go on every visit, at least one */
  public abstract ImmutableSet<PersonId> leaders();

  /**
   * The one-way journey from the organisation's base to the community, held for every visit as
   * {@link OutreachMeeting#travelFromBase()}.
   *
   * @return the journey's length, if the community is not reached in no time
   */
  public abstract Optional<Duration> travelFromBase();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code OutreachSeries} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableOutreachSeries.Builder {
    Builder() {}
  }

  /**
   * Whether the community can be reached on a day.
   *
   * @param day a day
   * @return true when the series has no season or the day lies in it
   */
  public boolean reachable(LocalDate day) {
    return season().map(s -> s.contains(day)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(community(), "community");
    region().ifPresent(r -> c.text(r, "region"));
    c.country(country(), "country");
    c.require(!leaders().isEmpty(), "leaders", "somebody must lead the visits");
    c.withinADay(length(), "length", "visit length");
    travelFromBase().ifPresent(t -> c.withinADay(t, "travelFromBase", "journey"));
    preferredStart().ifPresent(s -> c.require(
        s.toSecondOfDay() + length().getSeconds() <= 24L * 3600, "preferredStart",
        "a visit of " + length() + " starting at " + s + " ends after midnight"));
    c.done();
  }
}
