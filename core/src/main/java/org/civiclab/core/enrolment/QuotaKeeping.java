package org.civiclab.core.enrolment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.selection.Quota;

/**
 * {@link WaitingListOrder#keepingQuotas}: maxima are never exceeded, places are held for
 * minima still short, and those minima are served first.
 */
final class QuotaKeeping implements WaitingListOrder {
  private final ImmutableList<Quota> quotas;
  private final ImmutableMap<PersonId, ImmutableMap<String, String>> attributes;
  private final WaitingListOrder within;

  QuotaKeeping(ImmutableList<Quota> quotas,
      Map<PersonId, ? extends Map<String, String>> attributes, WaitingListOrder within) {
    this.quotas = quotas;
    ImmutableMap.Builder<PersonId, ImmutableMap<String, String>> copy = ImmutableMap.builder();
    attributes.forEach((person, values) -> copy.put(person, ImmutableMap.copyOf(values)));
    this.attributes = copy.build();
    this.within = within;
  }

  @Override
  public Comparator<Enrollment> ranking() {
    return within.ranking();
  }

  @Override
  public Optional<Enrollment> next(List<Enrollment> ranked, Roster roster) {
    int[] held = new int[quotas.size()];
    for (Enrollment e : roster.enrollments()) {
      if (e.holdsPlace()) {
        for (int q = 0; q < quotas.size(); q++) {
          if (in(e, quotas.get(q))) {
            held[q]++;
          }
        }
      }
    }
    int free = roster.policy().capacity() - roster.placesHeld();
    List<Enrollment> allowed = ranked.stream()
        .filter(e -> keepsMaxima(e, held) && leavesRoomForMinima(e, held, free))
        .collect(ImmutableList.toImmutableList());
    if (allowed.isEmpty()) {
      return Optional.empty();
    }
    for (Enrollment e : allowed) {
      for (int q = 0; q < quotas.size(); q++) {
        if (held[q] < quotas.get(q).min() && in(e, quotas.get(q))) {
          return Optional.of(e);
        }
      }
    }
    return within.next(allowed, roster);
  }

  private boolean keepsMaxima(Enrollment e, int[] held) {
    for (int q = 0; q < quotas.size(); q++) {
      if (in(e, quotas.get(q)) && held[q] + 1 > quotas.get(q).max()) {
        return false;
      }
    }
    return true;
  }

  /** After e takes a place, the places still free cover every minimum still short. */
  private boolean leavesRoomForMinima(Enrollment e, int[] held, int free) {
    int missing = 0;
    for (int q = 0; q < quotas.size(); q++) {
      int after = held[q] + (in(e, quotas.get(q)) ? 1 : 0);
      missing += Math.max(0, quotas.get(q).min() - after);
    }
    return free - 1 >= missing;
  }

  private boolean in(Enrollment e, Quota q) {
    ImmutableMap<String, String> values = attributes.getOrDefault(e.person(), ImmutableMap.of());
    return q.stratum().value().equals(values.get(q.stratum().attribute()));
  }

  @Override
  public String describe() {
    return "keeping " + quotas.size() + " quota(s), then " + within.describe();
  }
}
