package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Texts;
import org.immutables.value.Value;

/**
 * Everything a selection needs: the applicants, the panel size N, the quotas (given, or
 * proportional to population tables), the method and the seed.
 *
 * <p>{@code build()} rejects, with paths: a panel size below 1, one applicant twice, one
 * stratum in two quotas, minimums of one attribute that sum above N, and a population table
 * that does not cover a value an applicant has. Quotas that are well formed but cannot be met
 * by these applicants are no error: {@link Selections#select} explains them as
 * {@link Shortfall}s. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class SelectionRequest implements WithSelectionRequest {

  /** @return the applicants, each with a distinct id */
  public abstract ImmutableList<Applicant> applicants();

  /** @return how many people to select, at least 1 */
  public abstract int panelSize();

  /** @return the quotas, at most one per stratum */
  public abstract ImmutableList<Quota> quotas();

  /** @return population tables that add proportional quotas, at most one per attribute */
  public abstract ImmutableList<Population> populations();

  /** @return the method; {@link SelectionMethod#FAIR_LOTTERY} unless given */
  @Value.Default
  public SelectionMethod method() {
    return SelectionMethod.FAIR_LOTTERY;
  }

  /** @return the seed of every random draw; the same seed gives the same panel */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /**
   * The quotas the selection keeps: those given, then one per value of each population table,
   * between {@code floor(s·N)} and {@code ceil(s·N)} for a value with population share s.
   *
   * @return every quota
   */
  @Value.Derived
  public ImmutableList<Quota> allQuotas() {
    ImmutableList.Builder<Quota> all = ImmutableList.<Quota>builder().addAll(quotas());
    for (Population p : populations()) {
      long total = p.counts().values().stream().mapToLong(Long::longValue).sum();
      p.counts().forEach((value, n) -> {
        double share = (double) n * panelSize() / total;
        int lo = (int) Math.floor(share + 1e-9);
        int hi = (int) Math.ceil(share - 1e-9);
        all.add(Quota.between(p.attribute(), value, lo, Math.max(lo, hi)));
      });
    }
    return all.build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code SelectionRequest} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSelectionRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.require(panelSize() >= 1, "panelSize", "must be at least 1, got " + panelSize());
    Set<PersonId> ids = new HashSet<>();
    for (int i = 0; i < applicants().size(); i++) {
      c.require(ids.add(applicants().get(i).id()), "applicants[" + i + "]",
          "duplicate applicant " + applicants().get(i).id());
    }
    Map<Stratum, String> where = new HashMap<>();
    Map<String, Long> minimums = new HashMap<>();
    for (int i = 0; i < quotas().size(); i++) {
      Quota q = quotas().get(i);
      String at = "quotas[" + i + "]";
      String before = where.putIfAbsent(q.stratum(), at);
      c.require(before == null, at, "stratum " + q.stratum() + " already has a quota at "
          + before);
      minimums.merge(q.stratum().attribute(), (long) q.min(), Long::sum);
    }
    Set<String> tables = new HashSet<>();
    for (int i = 0; i < populations().size(); i++) {
      Population p = populations().get(i);
      String at = "populations[" + i + "]";
      c.require(tables.add(p.attribute()), at, "attribute " + Texts.quote(p.attribute())
          + " has two population tables");
      for (String value : p.counts().keySet()) {
        c.require(!where.containsKey(Stratum.of(p.attribute(), value)), at + ".counts."
            + Checks.key(value), "stratum " + Stratum.of(p.attribute(), value)
            + " already has a quota at " + where.get(Stratum.of(p.attribute(), value)));
      }
      List<String> uncovered = new ArrayList<>();
      for (Applicant a : applicants()) {
        String v = a.attributes().get(p.attribute());
        if (v != null && !p.counts().containsKey(v) && !uncovered.contains(v)) {
          uncovered.add(v);
        }
      }
      c.require(uncovered.isEmpty(), at + ".counts", "the table does not cover "
          + p.attribute() + " " + uncovered + ", which applicants have");
    }
    minimums.forEach((attribute, sum) -> c.require(sum <= panelSize(), "quotas",
        "the minimums of " + Texts.quote(attribute) + " sum to " + sum + ", above the panel size "
            + panelSize()));
    c.done();
  }
}
