package org.civiclab.core.grouping;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * Groups over rounds formed by {@link Groupings#form}: the rounds, how many pair meetings
 * repeat, the counting lower bound on that number, the method used and any hard rule the
 * search could not keep.
 *
 * <p>A repeated pair meeting is each time beyond the first that two people share a group: a
 * pair that meets three times counts 2. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Grouping implements WithGrouping {

  /** @return the rounds, numbered from 1 */
  public abstract ImmutableList<Round> rounds();

  /** @return the pair meetings beyond each pair's first */
  public abstract int repeatedPairs();

  /**
   * No grouping with these round sizes can have fewer repeats: the larger of the pair meetings
   * beyond the number of pairs, and half the sum over people of the meetings beyond the
   * number of others.
   *
   * @return the counting lower bound on {@link #repeatedPairs()}
   */
  public abstract int lowerBound();

  /** @return how the groups were found, such as {@code affine plane over GF(7)} */
  public abstract String method();

  /** @return the hard mix rules the search could not keep, one sentence each; usually none */
  public abstract ImmutableList<String> brokenRules();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Grouping} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableGrouping.Builder {
    Builder() {}
  }

  /**
   * Whom a person met over all rounds and how often.
   *
   * @param person the person
   * @return the others in id order, each with the number of rounds shared
   */
  public ImmutableSortedMap<PersonId, Integer> met(PersonId person) {
    Map<PersonId, Integer> out = new HashMap<>();
    for (Round r : rounds()) {
      for (Group g : r.groups()) {
        if (g.members().contains(person)) {
          g.members().stream().filter(m -> !m.equals(person))
              .forEach(m -> out.merge(m, 1, Integer::sum));
        }
      }
    }
    return ImmutableSortedMap.copyOf(out);
  }

  /**
   * One line per person: whom they met and how often, repeats first.
   *
   * @param person the person
   * @return a sentence such as {@code p1 met 12 people; twice: p7}
   */
  public String explain(PersonId person) {
    ImmutableSortedMap<PersonId, Integer> met = met(person);
    TreeMap<Integer, String> byTimes = new TreeMap<>(java.util.Comparator.reverseOrder());
    met.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
        Collectors.mapping(e -> e.getKey().value(), Collectors.joining(", "))))
        .forEach(byTimes::put);
    StringBuilder sb = new StringBuilder(person.value()).append(" met ").append(met.size())
        .append(" people");
    byTimes.forEach((times, who) -> sb.append("; ").append(times == 1 ? "once" : times == 2
        ? "twice" : times + " times").append(": ").append(who));
    return sb.toString();
  }

  /** @return a summary line, then one line per group */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(rounds().size()).append(" rounds by ").append(method()).append("; repeated pairs ")
        .append(repeatedPairs()).append(" (lower bound ").append(lowerBound()).append(")\n");
    for (String b : brokenRules()) {
      sb.append("  broken: ").append(b).append('\n');
    }
    for (Round r : rounds()) {
      for (Group g : r.groups()) {
        sb.append("  round ").append(r.number()).append(' ').append(g).append('\n');
      }
    }
    return sb.toString();
  }
}
