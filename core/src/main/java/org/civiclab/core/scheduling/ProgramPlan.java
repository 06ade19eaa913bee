package org.civiclab.core.scheduling;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.civiclab.core.model.Program;
import org.immutables.value.Value;

/**
 * A program's plan: its events in time order and the solver's result with score, violations
 * and, when the hard rules cannot all hold, the conflicts. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class ProgramPlan implements WithProgramPlan {

  /** @return the planned events, in time order */
  public abstract ImmutableList<PlannedEvent> events();

  /** @return the solver's result behind the plan */
  public abstract SchedulingResult result();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code ProgramPlan} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableProgramPlan.Builder {
    Builder() {}
  }

  /**
   * @return whether every hard rule holds and every event the program asks for could be
   *     planned (an outreach series' occurrence with no day its community can be reached
   *     cannot, and is one of the result's conflicts)
   */
  public boolean isFeasible() {
    return result().isFeasible() && result().infeasibility().isEmpty();
  }

  /**
   * The program with this plan written into it, so that the program itself holds the schedule
   * and can be stored, exported and validated; see {@link PlanApplier} for what is written.
   *
   * @param program the program this plan was made for
   * @return the program holding the schedule; the same program when the plan adds nothing
   */
  public Program applyTo(Program program) {
    return PlanApplier.apply(program, this);
  }

  /** @return every violation, hard first */
  public ImmutableList<Violation> violations() {
    return result().schedule().violations();
  }
}
