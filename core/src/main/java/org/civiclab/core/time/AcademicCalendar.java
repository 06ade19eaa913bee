package org.civiclab.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The terms of a school or university year, in order and without overlap.
 *
 * <p>Cadences such as "two meetings per term" are expanded over a calendar's terms. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class AcademicCalendar implements WithAcademicCalendar {

  /** @return the calendar's name, such as {@code Mid Sweden University 2024/25} */
  public abstract String name();

  /** @return the terms, in date order, not overlapping */
  public abstract ImmutableList<Term> terms();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code AcademicCalendar} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableAcademicCalendar.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(name(), "name");
    c.require(!terms().isEmpty(), "terms", "a calendar needs at least one term");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < terms().size(); i++) {
      Term t = terms().get(i);
      c.require(names.add(t.name()), "terms[" + i + "].name", "term name "
          + org.civiclab.core.model.Texts.quote(t.name()) + " is used twice");
      if (i > 0) {
        Term prev = terms().get(i - 1);
        c.require(t.dates().start().isAfter(prev.dates().end()), "terms[" + i + "].dates",
            "term " + t + " does not start after the previous term " + prev + " ends");
      }
    }
    c.done();
  }

  /**
   * @param day a day
   * @return the term the day falls in, if any
   */
  public Optional<Term> termOf(LocalDate day) {
    return terms().stream().filter(t -> t.dates().contains(day)).findFirst();
  }

  /**
   * @param range a period
   * @return the terms that share at least one day with the period, in order
   */
  public ImmutableList<Term> termsOverlapping(DateRange range) {
    return terms().stream().filter(t -> t.dates().overlaps(range))
        .collect(ImmutableList.toImmutableList());
  }
}
