package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * When a participant has completed an edition (or one module of it): present at a share of
 * the required sessions, and, when the rule names a survey, having answered it. Immutable.
 *
 * <p>The <em>required sessions</em> of a person are the sessions of the edition's modules that
 * serve the person's track (see {@link Module#serves(Enrollment)}), only those of
 * {@link #module()} when it is given. A person was present at a session when their latest
 * attendance record for it says they attended (present, late or leaving early). A rule with a
 * {@link #track()} applies to the enrolments in that track and takes precedence over a rule
 * without one; a rule with a {@link #module()} certifies that module only and never changes an
 * enrolment's status. The analysis that applies rules is
 * {@code org.civiclab.core.analysis.Completions}.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class CompletionRule implements WithCompletionRule {

  /** @return the rule's id, unique within its program */
  public abstract CompletionRuleId id();

  /** @return the track the rule applies to; empty for every enrolment */
  public abstract Optional<TrackId> track();

  /** @return the module the rule certifies; empty for the whole edition */
  public abstract Optional<ModuleId> module();

  /**
   * @return the share of required sessions a person must be present at, above 0 and at most 1
   *     (0.8 for 80%); a person with no required session meets it
   */
  public abstract double minAttendance();

  /** @return a survey the person must have answered (a named response), if any */
  public abstract Optional<SurveyId> survey();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code CompletionRule} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableCompletionRule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(minAttendance() > 0 && minAttendance() <= 1, "minAttendance",
        "minAttendance " + minAttendance() + " must be above 0 and at most 1");
  }

  /**
   * @param attended required sessions the person was present at
   * @param required the person's required sessions
   * @return whether the attendance part of the rule holds: attended at least
   *     {@code ceil(minAttendance * required)}, computed without rounding error for shares
   *     given with up to six decimals
   */
  public boolean attendanceMet(long attended, long required) {
    long share = Math.round(minAttendance() * 1_000_000);
    return attended * 1_000_000 >= share * required;
  }
}
