package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Named days off, such as public holidays of a country or the closing days of a university.
 *
 * <p>Data, never constants in code: a calendar is built for the years and places at hand.
 * Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class HolidayCalendar implements WithHolidayCalendar {

  /** @return the calendar's name, such as {@code Sweden 2024} */
  public abstract String name();

  /** @return each day off with its name, in date order */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LocalDate, String> holidays();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code HolidayCalendar} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableHolidayCalendar.Builder {
    Builder() {}
  }

  /**
   * A calendar without any holiday.
   *
   * @param name the calendar's name
   * @return the calendar
   */
  public static HolidayCalendar none(String name) {
    return builder().name(name).build();
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(name(), "name");
    holidays().forEach((day, name) -> c.text(name, "holidays." + day));
    c.done();
  }

  /**
   * @param day a day
   * @return whether the day is a holiday in this calendar
   */
  public boolean isHoliday(LocalDate day) {
    return holidays().containsKey(day);
  }

  /**
   * @param day a day
   * @return the holiday's name when the day is one
   */
  public Optional<String> holidayName(LocalDate day) {
    return Optional.ofNullable(holidays().get(day));
  }

  /**
   * Both calendars' days off together.
   *
   * @param other another calendar
   * @return a calendar holding the days of both
   */
  public HolidayCalendar union(HolidayCalendar other) {
    ImmutableSortedMap.Builder<LocalDate, String> all = ImmutableSortedMap.naturalOrder();
    all.putAll(holidays());
    other.holidays().forEach((d, n) -> {
      if (!holidays().containsKey(d)) {
        all.put(d, n);
      }
    });
    return builder().name(name() + " + " + other.name()).holidays(all.build()).build();
  }
}
