package org.civiclab.core.enrolment;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.selection.Quota;

/**
 * Who on a {@link Roster}'s waiting list gets a place that frees up: registration order
 * (the default), highest score first, or an order that keeps quotas over people's attributes.
 *
 * <p>The roster asks {@link #next} each time a place is free, with the waiting people whose
 * audience still has a place, ranked by {@link #ranking()}; it promotes the one returned and
 * asks again until the answer is empty or no place is left. An order may therefore pass over
 * people (a quota that would be exceeded) without removing them from the list.
 *
 * {@snippet :
 * Roster roster = Roster.empty(EnrollmentPolicy.ofCapacity(20))
 *     .withOrder(WaitingListOrder.keepingQuotas(
 *         List.of(Quota.between("gender", "woman", 10, 12)), attributes,
 *         WaitingListOrder.byScore(reviewScores)));
 * }
 *
 * <p>Implementations must be immutable; the roster stays thread-safe only if its order is.
 */
@API(status = STABLE, since = "0.1.0")
public interface WaitingListOrder {

  /** @return the order of the waiting list: who is served first when every audience has room */
  Comparator<Enrollment> ranking();

  /**
   * Chooses whom to promote into a free place.
   *
   * @param ranked waiting people whose audience has a free place, in {@link #ranking()} order;
   *     never empty
   * @param roster the roster as it stands
   * @return the one to promote, one of {@code ranked}; empty to leave the place free
   */
  default Optional<Enrollment> next(List<Enrollment> ranked, Roster roster) {
    return Optional.of(ranked.get(0));
  }

  /** @return how the order works, in a coordinator's words */
  String describe();

  /** @return the earliest registration first; the default */
  static WaitingListOrder registration() {
    return ByRegistration.INSTANCE;
  }

  /**
   * The highest score first (an application review, a motivation rating), ties in registration
   * order; people without a score come last, in registration order.
   *
   * @param scores a score per person
   * @return the order
   * @throws InvalidInputException when a score is not a finite number
   */
  static WaitingListOrder byScore(Map<PersonId, Double> scores) {
    scores.forEach((person, score) -> {
      if (!Double.isFinite(score)) {
        throw InvalidInputException.of("scores[" + person + "]", "score " + score
            + " is not a finite number");
      }
    });
    ImmutableMap<PersonId, Double> copy = ImmutableMap.copyOf(scores);
    Comparator<Enrollment> ranking = Comparator
        .comparing((Enrollment e) -> !copy.containsKey(e.person()))
        .thenComparing(e -> -copy.getOrDefault(e.person(), 0.0))
        .thenComparingLong(Enrollment::sequence);
    return new WaitingListOrder() {
      @Override
      public Comparator<Enrollment> ranking() {
        return ranking;
      }

      @Override
      public String describe() {
        return "by score, highest first (" + copy.size() + " scores), then registration order";
      }
    };
  }

  /**
   * An order that keeps quotas among the people holding places: nobody is promoted whose place
   * would take a stratum above its maximum, nor whose place would leave fewer free places than
   * the minima still short need (places are held for a minimum until people of that stratum
   * register; counted per quota, so a person who would fill two minima is not counted twice in
   * their favour). Passed-over people wait, keeping their position. Among those allowed, the
   * first who belongs to a stratum below its minimum goes first; otherwise {@code within}
   * decides. To release places held for a minimum nobody fills, change the order
   * ({@link Roster#withOrder}).
   *
   * @param quotas minimum and maximum places per stratum ({@code Quota.between("gender",
   *     "woman", 10, 12)})
   * @param attributes each person's attribute values; a person without the attribute belongs
   *     to none of its strata
   * @param within the order among those the quotas allow, such as {@link #registration()}
   * @return the order
   */
  static WaitingListOrder keepingQuotas(List<Quota> quotas,
      Map<PersonId, ? extends Map<String, String>> attributes, WaitingListOrder within) {
    return new QuotaKeeping(ImmutableList.copyOf(quotas), attributes, within);
  }
}
