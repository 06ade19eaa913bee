package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * The outcome of {@link Selections#select}: the panel, the reserves, each applicant's
 * selection probability (fair lottery), the audit log, and why the quotas cannot be met when
 * they cannot.
 *
 * <p>When {@link #shortfalls()} is not empty no panel keeps the quotas and {@link #selected()}
 * is empty: the selection never returns a panel that breaks a quota. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Selection implements WithSelection {

  /** @return the method used */
  public abstract SelectionMethod method();

  /** @return the quotas kept, given and proportional ({@link SelectionRequest#allQuotas()}) */
  public abstract ImmutableList<Quota> quotas();

  /** @return the selected people, in the order they were drawn or ranked */
  public abstract ImmutableList<PersonId> selected();

  /** @return the applicants not selected, best reserve first */
  public abstract ImmutableList<PersonId> reserves();

  /** @return for each quota's stratum, its reserves in the order of {@link #reserves()} */
  public abstract ImmutableListMultimap<Stratum, PersonId> reservesByStratum();

  /**
   * Each applicant's probability of being selected by this method, computed exactly (to
   * about 1e-6) from the distribution over panels; they sum to the panel size. Only the fair
   * lottery computes them; empty for the other methods.
   *
   * @return the probabilities by applicant
   */
  public abstract ImmutableMap<PersonId, Double> probabilities();

  /** @return how many distinct panels the fair lottery's distribution holds; 0 otherwise */
  @Value.Default
  public int panels() {
    return 0;
  }

  /** @return the audit log: seed, algorithm, then every draw and why it was taken or not */
  public abstract ImmutableList<String> audit();

  /** @return why the quotas cannot be met; empty when a panel was selected */
  public abstract ImmutableList<Shortfall> shortfalls();

  /** @return true when a panel keeping every quota was selected */
  public boolean feasible() {
    return shortfalls().isEmpty();
  }

  /** @return the smallest selection probability, when probabilities were computed */
  public OptionalDouble minProbability() {
    return probabilities().values().stream().mapToDouble(Double::doubleValue).min();
  }

  /** @return the largest selection probability, when probabilities were computed */
  public OptionalDouble maxProbability() {
    return probabilities().values().stream().mapToDouble(Double::doubleValue).max();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Selection} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSelection.Builder {
    Builder() {}
  }

  /** @return a few lines: the panel or the shortfalls, then the audit log */
  public String explain() {
    StringBuilder s = new StringBuilder();
    if (feasible()) {
      s.append("selected ").append(selected().size()).append(" by ").append(method())
          .append(": ").append(selected()).append('\n');
      minProbability().ifPresent(p -> s.append(String.format(java.util.Locale.ROOT,
          "selection probability between %.4f and %.4f%n", p, maxProbability().orElse(p))));
    } else {
      shortfalls().forEach(f -> s.append(f.message()).append('\n'));
    }
    audit().forEach(a -> s.append("  ").append(a).append('\n'));
    return s.toString();
  }
}
