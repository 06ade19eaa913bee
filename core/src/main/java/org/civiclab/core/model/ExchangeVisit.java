package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * Visitors spending time at a host organisation: a domestic internship at an experienced
 * organisation in the capital, or an international study visit. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class ExchangeVisit implements WithExchangeVisit {

  /** The most travel days a visit may have on each side. */
  public static final int MAX_TRAVEL_DAYS = 7;

  /** @return the visit's id */
  public abstract VisitId id();

  /** @return the kind of visit */
  public abstract ExchangeKind kind();

  /** @return who visits; at least one person */
  public abstract ImmutableSet<PersonId> visitors();

  /** @return the host organisation */
  public abstract OrganizationId host();

  /** @return the city visited */
  public abstract String city();

  /** @return the ISO country code of the place visited */
  public abstract String country();

  /** @return the days of the visit */
  public abstract DateRange period();

  /**
   * The days the planner may place the visit in: when present, {@link #period()} is only its
   * proposed days and its length, and the planner moves the block of whole days inside this
   * window (a season, a term); when absent, the period is agreed and stays.
   *
   * @return the window, if the visit's days are open
   */
  public abstract Optional<DateRange> window();

  /**
   * How many visitors the host takes at one time, over all the program's visits to it: visits
   * to one host may overlap as long as together they bring at most this many visitors on every
   * day (when visits to one host state different numbers, the smallest holds). Empty: the host
   * receives one visit at a time, of any size.
   *
   * @return the host's capacity per period, if stated
   */
  public abstract Optional<Integer> hostCapacity();

  /**
   * Whole days of travel on each side of the visit (an international study visit): on them the
   * visitors are away, so none of their other events may fall there (the same hard rule that
   * keeps the visit's own days clear of them), but the host receives them only on the {@link
   * #period()}'s days, so its capacity and availability count those days alone.
   *
   * <p>The days at the host stay inside the {@link #window()} (or are the agreed period); the
   * travel days may fall just outside the window, as long as they lie inside the program's
   * period (the planner reports a visit whose journey leaves the program's period).
   *
   * @return the travel days before and after the visit, 0 to 7; 0 by default
   */
  @Value.Default
  public int travelDays() {
    return 0;
  }

  /**
   * The days the host receives visitors (closed in August, open Monday to Friday), for all the
   * program's visits to it: when several visits to one host state availability, a day is open
   * only if every one of them admits it (the intersection, as the smallest capacity holds for
   * {@link #hostCapacity()}). The planner never places a day at the host on a day it is closed
   * (travel days are not held back). Empty: the host is open every day.
   *
   * @return the host's availability, if stated
   */
  public abstract Optional<HostAvailability> hostAvailability();

  /** @return the theme of the visit, if any */
  public abstract Optional<String> theme();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code ExchangeVisit} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableExchangeVisit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!visitors().isEmpty(), "visitors", "a visit needs at least one visitor");
    c.visibleText(city(), "city");
    theme().ifPresent(t -> c.text(t, "theme"));
    c.country(country(), "country");
    window().ifPresent(w -> c.require(w.lengthInDays() >= period().lengthInDays(), "window",
        "window " + w + " is shorter than the visit's " + period().lengthInDays() + " days"));
    hostCapacity().ifPresent(n -> c.require(n >= 1, "hostCapacity",
        "host capacity must be at least 1, got " + n));
    c.require(travelDays() >= 0 && travelDays() <= MAX_TRAVEL_DAYS, "travelDays",
        "travel days must be between 0 and " + MAX_TRAVEL_DAYS + ", got " + travelDays());
    c.done();
  }
}
