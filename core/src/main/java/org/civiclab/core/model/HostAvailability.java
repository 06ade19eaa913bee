package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * The days a host organisation receives visitors: open Monday to Friday, closed in August.
 * Immutable.
 *
 * <p>A day is open when it lies in one of the {@linkplain #open() open windows} (any day when
 * none is stated) and falls on one of the {@linkplain #weekdays() weekdays} (any weekday when
 * none is stated). The planner places no day a visit spends at its host on a day that is not
 * open; travel days to and from the host are not held back.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class HostAvailability implements WithHostAvailability {

  /**
   * @return the periods the host is open (say, September to July); empty means open on every
   *     date
   */
  public abstract ImmutableList<DateRange> open();

  /** @return the weekdays the host receives visitors; empty means every day of the week */
  public abstract ImmutableSet<DayOfWeek> weekdays();

  /**
   * Whether the host receives visitors on a day.
   *
   * @param day the day
   * @return true when the day is in an open window (or none is stated) and on an open weekday
   *     (or none is stated)
   */
  public boolean admits(LocalDate day) {
    boolean inWindow = open().isEmpty() || open().stream().anyMatch(w -> w.contains(day));
    return inWindow && (weekdays().isEmpty() || weekdays().contains(day.getDayOfWeek()));
  }

  /**
   * A host open on some weekdays, all year.
   *
   * @param days the weekdays it receives visitors
   * @return the availability
   */
  public static HostAvailability onWeekdays(Iterable<DayOfWeek> days) {
    return builder().weekdays(days).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code HostAvailability} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every violation.
   */
  public static class Builder extends ImmutableHostAvailability.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    for (int i = 0; i < open().size(); i++) {
      for (int j = 0; j < i; j++) {
        c.require(!open().get(i).overlaps(open().get(j)), "open[" + i + "]",
            "open window " + open().get(i) + " overlaps " + open().get(j));
      }
    }
    c.done();
  }
}
