package org.civiclab.core.matching.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** For one person left out: which partners were excluded and why, and which were eligible. */
@API(status = INTERNAL, since = "0.1.0")
public final class Tally {
  private final Map<String, Integer> excluded = new TreeMap<>();
  private final List<String> eligible = new ArrayList<>();

  private Tally() {}

  /**
   * @param partners the possible partners, in id order
   * @param why the reason a partner is excluded, if it is
   * @param name a partner's name for the message
   * @return the tally
   */
  public static <T> Tally of(List<T> partners, Function<T, Optional<String>> why,
      Function<T, String> name) {
    Tally t = new Tally();
    for (T partner : partners) {
      Optional<String> reason = why.apply(partner);
      if (reason.isPresent()) {
        t.excluded.merge(reason.get(), 1, Integer::sum);
      } else {
        t.eligible.add(name.apply(partner));
      }
    }
    return t;
  }

  public boolean noneEligible() {
    return eligible.isEmpty();
  }

  /** @return for example {@code ana, ben} */
  public String eligible() {
    return String.join(", ", eligible);
  }

  /**
   * @param one the partner noun, such as {@code mentor}
   * @return for example {@code no common language (2 mentors), same unit (1 mentor)}
   */
  public String excluded(String one) {
    return excluded.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue() + " " + one + (e.getValue() == 1 ? ")" : "s)"))
        .collect(Collectors.joining(", "));
  }
}
