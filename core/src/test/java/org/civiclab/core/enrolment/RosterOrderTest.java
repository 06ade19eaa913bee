package org.civiclab.core.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.selection.Quota;
import org.junit.jupiter.api.Test;

/**
 * Waiting-list orders other than registration: by score, and keeping quotas (maxima never
 * exceeded, places held for short minima, short minima first), against a naive model that re-derives every promotion from
 * the rules as the javadoc states them.
 */
class RosterOrderTest {
  private static final int PEOPLE = 10;

  private static PersonId p(int i) {
    return PersonId.of("p" + i);
  }

  /** The rules, naively: statuses by person, promotion recomputed from scratch. */
  private static final class Model {
    int capacity;
    final double[] score;
    final String[] gender;
    final int womenMin;
    final int womenMax;
    final int menMax;
    final Map<Integer, EnrollmentStatus> status = new HashMap<>();
    final Map<Integer, Integer> sequence = new HashMap<>();
    int next;

    Model(int capacity, double[] score, String[] gender, int womenMin, int womenMax, int menMax) {
      this.capacity = capacity;
      this.score = score;
      this.gender = gender;
      this.womenMin = womenMin;
      this.womenMax = womenMax;
      this.menMax = menMax;
    }

    int holding(String g) {
      return (int) status.entrySet().stream().filter(e -> e.getValue()
          == EnrollmentStatus.REGISTERED && (g.isEmpty() || gender[e.getKey()].equals(g))).count();
    }

    List<Integer> waiting() {
      return status.keySet().stream().filter(i -> status.get(i) == EnrollmentStatus.WAITLISTED)
          .sorted(Comparator.comparingDouble((Integer i) -> -score[i])
              .thenComparingInt(sequence::get))
          .collect(Collectors.toList());
    }

    void promote() {
      while (holding("") < capacity) {
        Optional<Integer> pick = Optional.empty();
        for (int i : waiting()) {
          boolean woman = gender[i].equals("woman");
          boolean fits = woman ? holding("woman") < womenMax : holding("man") < menMax;
          int stillShort = Math.max(0, womenMin - holding("woman") - (woman ? 1 : 0));
          fits = fits && capacity - holding("") - 1 >= stillShort;
          if (fits && woman && holding("woman") < womenMin) {
            pick = Optional.of(i);
            break;
          }
          if (fits && pick.isEmpty()) {
            pick = Optional.of(i);
          }
        }
        if (pick.isEmpty()) {
          return;
        }
        status.put(pick.get(), EnrollmentStatus.REGISTERED);
      }
    }

    void register(int i) {
      status.put(i, EnrollmentStatus.WAITLISTED);
      sequence.put(i, next++);
      promote();
    }

    void cancel(int i) {
      status.put(i, EnrollmentStatus.CANCELLED);
      promote();
    }
  }

  @Property(tries = 200)
  void quotaKeepingOrderMatchesTheModel(@ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] score = new double[PEOPLE];
    String[] gender = new String[PEOPLE];
    Map<PersonId, Double> scores = new HashMap<>();
    Map<PersonId, Map<String, String>> attributes = new HashMap<>();
    for (int i = 0; i < PEOPLE; i++) {
      score[i] = r.nextInt(5);
      gender[i] = r.nextBoolean() ? "woman" : "man";
      scores.put(p(i), score[i]);
      attributes.put(p(i), Map.of("gender", gender[i]));
    }
    int capacity = 2 + r.nextInt(5);
    int womenMin = r.nextInt(3);
    int womenMax = womenMin + r.nextInt(3);
    int menMax = r.nextInt(capacity + 1);
    Model model = new Model(capacity, score, gender, womenMin, womenMax, menMax);
    WaitingListOrder order = WaitingListOrder.keepingQuotas(
        List.of(Quota.between("gender", "woman", womenMin, womenMax),
            Quota.atMost("gender", "man", menMax)),
        attributes, WaitingListOrder.byScore(scores));
    Roster roster = Roster.empty(EnrollmentPolicy.ofCapacity(capacity)).withOrder(order);
    for (int step = 0; step < 30; step++) {
      int i = r.nextInt(PEOPLE);
      EnrollmentStatus s = model.status.get(i);
      int op = r.nextInt(5);
      if (op == 0) {
        model.capacity++;
        roster = roster.withCapacity(model.capacity);
        model.promote();
      } else if (s == null || s == EnrollmentStatus.CANCELLED) {
        roster = roster.register(p(i), Audience.EXTERNAL, Optional.empty());
        model.register(i);
      } else {
        roster = roster.cancel(p(i));
        model.cancel(i);
      }
      for (int k = 0; k < PEOPLE; k++) {
        Optional<EnrollmentStatus> actual = roster.find(p(k)).map(Enrollment::status);
        assertEquals(Optional.ofNullable(model.status.get(k)), actual, "p" + k + " at step "
            + step);
      }
      assertEquals(model.waiting().stream().map(RosterOrderTest::p).collect(Collectors.toList()),
          roster.waitingList().stream().map(Enrollment::person).collect(Collectors.toList()));
      assertTrue(model.holding("woman") <= womenMax && model.holding("man") <= menMax);
    }
  }

  @Test
  void scoresDecideWhoGetsAFreedPlace() {
    Map<PersonId, Double> scores = Map.of(p(0), 1.0, p(1), 5.0, p(2), 3.0, p(3), 9.0);
    Roster roster = Roster.empty(EnrollmentPolicy.ofCapacity(2))
        .withOrder(WaitingListOrder.byScore(scores));
    for (int i = 0; i < 5; i++) {
      roster = roster.register(p(i), Audience.STAFF, Optional.empty());
    }
    // p4 has no score: last
    assertEquals(List.of(p(3), p(2), p(4)), roster.waitingList().stream()
        .map(Enrollment::person).collect(Collectors.toList()));
    roster = roster.cancel(p(0));
    assertEquals(EnrollmentStatus.REGISTERED, roster.find(p(3)).orElseThrow().status());
    assertEquals(EnrollmentStatus.WAITLISTED, roster.find(p(2)).orElseThrow().status());
  }

  @Test
  void aShortMinimumGoesFirstAndAFullMaximumWaits() {
    Map<PersonId, Map<String, String>> attributes = Map.of(
        p(0), Map.of("gender", "man"), p(1), Map.of("gender", "man"),
        p(2), Map.of("gender", "man"), p(3), Map.of("gender", "woman"));
    WaitingListOrder order = WaitingListOrder.keepingQuotas(
        List.of(Quota.atLeast("gender", "woman", 1), Quota.atMost("gender", "man", 2)),
        attributes, WaitingListOrder.registration());
    Roster roster = Roster.empty(EnrollmentPolicy.ofCapacity(3)).withOrder(order);
    for (int i = 0; i < 3; i++) {
      roster = roster.register(p(i), Audience.EXTERNAL, Optional.empty());
    }
    // a third man would break the maximum: he waits although a place is free
    assertEquals(2, roster.placesHeld());
    assertEquals(List.of(p(2)), roster.waitingList().stream().map(Enrollment::person)
        .collect(Collectors.toList()));
    roster = roster.register(p(3), Audience.EXTERNAL, Optional.empty());
    assertEquals(EnrollmentStatus.REGISTERED, roster.find(p(3)).orElseThrow().status());
    roster = roster.withCapacity(4).cancel(p(0));
    // a man left: the waiting man takes the freed place
    assertEquals(EnrollmentStatus.REGISTERED, roster.find(p(2)).orElseThrow().status());
    assertTrue(order.describe().contains("2 quota(s)"), order.describe());
  }

  @Test
  void aScoreThatIsNotANumberIsRefusedWithItsPath() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WaitingListOrder.byScore(Map.of(p(7), Double.NaN)));
    assertTrue(e.getMessage().contains("scores[p7]"), e.getMessage());
  }
  /** The README's example, with 30 applicants registering for 20 places. */
  @Test
  void readmeExampleKeepsItsQuotas() {
    Map<PersonId, Map<String, String>> attributes = new HashMap<>();
    Map<PersonId, Double> reviewScores = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      attributes.put(p(i), Map.of("gender", i % 3 == 0 ? "woman" : "man",
          "country", i % 5 == 0 ? "SE" : "LV"));
      reviewScores.put(p(i), (double) (i * 7 % 11));
    }
    Roster roster = Roster.empty(EnrollmentPolicy.ofCapacity(20))
        .withOrder(WaitingListOrder.keepingQuotas(
            List.of(Quota.between("gender", "woman", 10, 12), Quota.atMost("country", "SE", 5)),
            attributes,
            WaitingListOrder.byScore(reviewScores)));
    for (int i = 0; i < 30; i++) {
      roster = roster.register(p(i), Audience.EXTERNAL, Optional.empty());
    }
    Roster done = roster;
    long women = done.enrollments().stream().filter(e -> e.holdsPlace()
        && attributes.get(e.person()).get("gender").equals("woman")).count();
    long swedes = done.enrollments().stream().filter(e -> e.holdsPlace()
        && attributes.get(e.person()).get("country").equals("SE")).count();
    // 10 women apply: all get places, the other 10 are held for them while men register; so the
    // first 10 men get in (p1 to p14) and the Swedish men p20 and p25 wait: 4 Swedes, not 5
    assertEquals(10, women);
    assertEquals(4, swedes);
    assertEquals(Set.of(p(16), p(17), p(19), p(20), p(22), p(23), p(25), p(26), p(28),
        p(29)), done.waitingList().stream().map(Enrollment::person).collect(Collectors.toSet()));
    assertEquals(20, done.placesHeld());
  }
}
