package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalTime;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A break in every day of a {@link DayShape}, such as {@code lunch 12:30-13:30}: no session
 * runs across it. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class DailyBreak implements WithDailyBreak {

  /** @return what the break is called, such as {@code lunch} or {@code coffee} */
  @Value.Parameter(order = 0)
  public abstract String name();

  /** @return the local time the break starts */
  @Value.Parameter(order = 1)
  public abstract LocalTime start();

  /** @return the local time the break ends, after its start */
  @Value.Parameter(order = 2)
  public abstract LocalTime end();

  /**
   * A break.
   *
   * @param name what it is called
   * @param start when it starts
   * @param end when it ends, after {@code start}
   * @return the break
   * @throws org.civiclab.core.InvalidInputException when the name is blank or it ends first
   */
  public static DailyBreak of(String name, LocalTime start, LocalTime end) {
    return ImmutableDailyBreak.of(name, start, end);
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(!name().isBlank(), "name", "must not be blank");
    c.require(end().isAfter(start()), "end", "break ends at " + end() + ", not after its start "
        + start());
    c.done();
  }

  /**
   * @param from the start of an event, local time of day
   * @param to its end, after {@code from}, on the same day
   * @return whether the event and the break share some time
   */
  public boolean overlaps(LocalTime from, LocalTime to) {
    return from.isBefore(end()) && to.isAfter(start());
  }

  @Override
  public String toString() {
    return name() + " " + start() + "–" + end();
  }
}
