package org.civiclab.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonAttributes;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;

/**
 * Breakdowns of people by any attribute, built-in ({@code gender}, {@code ageBand},
 * {@code region}, ...) or custom, read through {@link PersonAttributes#value}.
 *
 * <p>People without a value fall in {@code (none)}; enrolled people missing from the
 * directory in {@code (unknown person)}. Rows are ordered by people, most first, then by value.
 * Pass pseudonymised people ({@code Pseudonyms}) to analyse without names. Stateless.
 */
@API(status = STABLE, since = "0.1.0")
public final class Breakdowns {
  private static final String NONE = "(none)";
  private static final String UNKNOWN = "(unknown person)";

  private Breakdowns() {}

  /**
   * People by the value of one attribute.
   *
   * @param people the people, each counted once
   * @param attribute a built-in name or a custom key
   * @return columns {@code <attribute>}, {@code people}, {@code share}
   */
  public static Table people(Collection<Person> people, String attribute) {
    Map<String, Long> counts = new HashMap<>();
    for (Person p : people) {
      counts.merge(PersonAttributes.value(p, attribute).orElse(NONE), 1L, Long::sum);
    }
    Table.Builder t = Table.builder("people by " + attribute, attribute, "people", "share");
    counts.entrySet().stream().sorted(Breakdowns::order)
        .forEach(e -> t.row(e.getKey(), e.getValue(), Rates.of(e.getValue(), people.size())));
    return t.build();
  }

  /**
   * Participation by the value of one attribute: the distinct people holding a place in any
   * edition of the programs, the enrolments holding a place, and each value's share of the
   * people.
   *
   * @param programs the programs
   * @param directory the people
   * @param attribute a built-in name or a custom key
   * @return columns {@code <attribute>}, {@code people}, {@code enrolments}, {@code share}
   */
  public static Table participation(List<Program> programs, DirectoryView directory,
      String attribute) {
    Map<String, Set<PersonId>> people = new HashMap<>();
    Map<String, Long> enrolments = new HashMap<>();
    Set<PersonId> everyone = new HashSet<>();
    for (Program p : programs) {
      for (Edition e : p.editions()) {
        for (Enrollment en : e.enrollments()) {
          if (!en.holdsPlace()) {
            continue;
          }
          Optional<Person> person = directory.person(en.person());
          String key = person.isEmpty() ? UNKNOWN
              : PersonAttributes.value(person.get(), attribute).orElse(NONE);
          people.computeIfAbsent(key, k -> new HashSet<>()).add(en.person());
          enrolments.merge(key, 1L, Long::sum);
          everyone.add(en.person());
        }
      }
    }
    Table.Builder t = Table.builder("participation by " + attribute, attribute, "people",
        "enrolments", "share");
    Map<String, Long> sizes = new HashMap<>();
    people.forEach((k, v) -> sizes.put(k, (long) v.size()));
    sizes.entrySet().stream().sorted(Breakdowns::order)
        .forEach(e -> t.row(e.getKey(), e.getValue(), enrolments.getOrDefault(e.getKey(), 0L),
            Rates.of(e.getValue(), everyone.size())));
    return t.build();
  }

  private static int order(Map.Entry<String, Long> a, Map.Entry<String, Long> b) {
    int c = Long.compare(b.getValue(), a.getValue());
    return c != 0 ? c : a.getKey().compareTo(b.getKey());
  }
}
