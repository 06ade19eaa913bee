package org.civiclab.core.scheduling.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.Rules;

/** A built-in rule; made by {@link Rules#workingHours()}, {@link Rules#holidays()}, {@link Rules#agreedAvailability()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class Availability extends UnaryRule {
  private final boolean hours;
  private final boolean holidays;
  private final boolean agreedOnly;

  /** Hours or holidays for demands whose time is open; both for agreed ones only. */
  public Availability(boolean hours, boolean agreedOnly, Level level, long weight) {
    super(agreedOnly ? "agreed-availability" : hours ? "working-hours" : "holidays", level,
        weight);
    this.hours = hours || agreedOnly;
    this.holidays = !hours || agreedOnly;
    this.agreedOnly = agreedOnly;
  }

  @Override
  boolean filtersStarts() {
    return !agreedOnly;
  }

  @Override
  UnaryScorer scorer(ProblemIndex ix) {
    return new UnaryScorer() {
      @Override
      public long penalty(int d, int s, int l) {
        // a whole-day block (a visit) is not held to working hours or days off
        return ix.agreed[d] == agreedOnly && !ix.demand(d).wholeDays()
            ? ix.unavailable(d, s, hours, holidays) : 0;
      }

      @Override
      public String message(int d, int s, int l) {
        List<String> who = new ArrayList<>();
        int end = Math.min(s + ix.duration[d], ix.grainCount);
        for (int a : ix.required[d]) {
          for (int g = s; g < end; g++) {
            if ((hours && ix.offHours(d, a) != null && ix.offHours(d, a).get(g))
                || (holidays && ix.daysOff[a] != null && ix.daysOff[a].get(g))) {
              who.add(ix.participantName(a));
              break;
            }
          }
        }
        if (holidays && ix.commonDaysOff.get(s)) {
          who.add("everyone");
        }
        return ix.describe(d, s) + (agreedOnly ? " was agreed outside the working time of "
            : hours ? " is outside the working hours of " : " falls on a day off for ")
            + String.join(", ", who);
      }
    };
  }
}
