package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;

/**
 * {@link EnrollmentPolicy#problemsWith} and {@link EnrollmentPolicy#limitFor} against a naive
 * recount on random lists of enrolments (people and sequence numbers drawn from small pools, so
 * duplicates are frequent), and the policy's own bounds at their edges.
 */
class EnrollmentPolicyOracleTest {

  static EnrollmentPolicy randomPolicy(SplittableRandom r) {
    int capacity = 1 + r.nextInt(4);
    EnrollmentPolicy.Builder b = EnrollmentPolicy.builder().capacity(capacity);
    int pick = r.nextInt(3);
    if (pick == 1) {
      b.audiences(EnumSet.of(Audience.STAFF));
    } else if (pick == 2) {
      b.audiences(EnumSet.of(Audience.EXTERNAL));
    }
    if (r.nextBoolean()) {
      b.staffPlaces(r.nextInt(capacity + 1));
    }
    if (r.nextBoolean()) {
      b.externalPlaces(r.nextInt(capacity + 1));
    }
    return b.build();
  }

  static List<Enrollment> randomEnrollments(SplittableRandom r) {
    List<Enrollment> out = new ArrayList<>();
    int n = r.nextInt(8);
    EnrollmentStatus[] statuses = EnrollmentStatus.values();
    for (int i = 0; i < n; i++) {
      out.add(Enrollment.builder().person(PersonId.of("p" + r.nextInt(6)))
          .status(statuses[r.nextInt(statuses.length)])
          .audience(r.nextBoolean() ? Audience.STAFF : Audience.EXTERNAL)
          .sequence(r.nextInt(6)).build());
    }
    return out;
  }

  static int naiveLimit(EnrollmentPolicy p, Audience a) {
    if (!p.audiences().contains(a)) {
      return 0;
    }
    Optional<Integer> cap = a == Audience.STAFF ? p.staffPlaces() : p.externalPlaces();
    return cap.isPresent() && cap.get() < p.capacity() ? cap.get() : p.capacity();
  }

  static boolean holds(EnrollmentStatus s) {
    return s == EnrollmentStatus.REGISTERED || s == EnrollmentStatus.CONFIRMED
        || s == EnrollmentStatus.COMPLETED;
  }

  /** The problems as the documentation lists them, found by looking back over the list. */
  static List<Problem> naive(EnrollmentPolicy p, List<Enrollment> es) {
    List<Problem> out = new ArrayList<>();
    int held = 0;
    int staff = 0;
    int external = 0;
    for (int i = 0; i < es.size(); i++) {
      Enrollment e = es.get(i);
      boolean personBefore = false;
      boolean sequenceBefore = false;
      for (int j = 0; j < i; j++) {
        personBefore |= es.get(j).person().equals(e.person());
        sequenceBefore |= es.get(j).sequence() == e.sequence();
      }
      if (personBefore) {
        out.add(Problem.at("[" + i + "].person", e.person() + " is enrolled twice"));
      }
      if (sequenceBefore) {
        out.add(Problem.at("[" + i + "].sequence", "sequence " + e.sequence()
            + " is used twice"));
      }
      if (!p.audiences().contains(e.audience())) {
        out.add(Problem.at("[" + i + "].audience", e.audience()
            + " participants are not admitted (admitted: " + p.audiences() + ")"));
      }
      if (holds(e.status())) {
        held += 1;
        staff += e.audience() == Audience.STAFF ? 1 : 0;
        external += e.audience() == Audience.EXTERNAL ? 1 : 0;
      }
    }
    if (held > p.capacity()) {
      out.add(Problem.at("", held + " people hold places but the capacity is "
          + p.capacity()));
    }
    int staffLimit = naiveLimit(p, Audience.STAFF);
    if (p.audiences().contains(Audience.STAFF) && staff > staffLimit) {
      out.add(Problem.at("", staff + " staff hold places but only " + staffLimit
          + " are for staff"));
    }
    int externalLimit = naiveLimit(p, Audience.EXTERNAL);
    if (p.audiences().contains(Audience.EXTERNAL) && external > externalLimit) {
      out.add(Problem.at("", external + " external participants hold places but only "
          + externalLimit + " are for them"));
    }
    return out;
  }

  @Property(tries = 300)
  void problemsAreExactlyTheNaiveRecount(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    EnrollmentPolicy p = randomPolicy(r);
    List<Enrollment> es = randomEnrollments(r);
    assertEquals(naive(p, es), p.problemsWith(es), () -> p + " " + es);
    for (Audience a : Audience.values()) {
      assertEquals(naiveLimit(p, a), p.limitFor(a), () -> p + " " + a);
    }
  }

  @Example
  void boundsAreCheckedAtTheirEdges() {
    assertEquals(1, EnrollmentPolicy.ofCapacity(1).capacity());
    EnrollmentPolicy none = EnrollmentPolicy.builder().capacity(3).staffPlaces(0)
        .externalPlaces(3).build();
    assertEquals(0, none.limitFor(Audience.STAFF));
    assertEquals(3, none.limitFor(Audience.EXTERNAL));
    EnrollmentPolicy all = EnrollmentPolicy.builder().capacity(3).staffPlaces(3)
        .externalPlaces(0).build();
    assertEquals(3, all.limitFor(Audience.STAFF));
    assertEquals(0, all.limitFor(Audience.EXTERNAL));
    assertPaths(Set.of("capacity"), () -> EnrollmentPolicy.ofCapacity(0));
    assertPaths(Set.of("audiences"),
        () -> EnrollmentPolicy.builder().capacity(2).audiences(Set.of()).build());
    assertPaths(Set.of("staffPlaces"),
        () -> EnrollmentPolicy.builder().capacity(3).staffPlaces(4).build());
    assertPaths(Set.of("staffPlaces"),
        () -> EnrollmentPolicy.builder().capacity(3).staffPlaces(-1).build());
    assertPaths(Set.of("externalPlaces"),
        () -> EnrollmentPolicy.builder().capacity(3).externalPlaces(4).build());
    assertPaths(Set.of("externalPlaces"),
        () -> EnrollmentPolicy.builder().capacity(3).externalPlaces(-1).build());
  }

  private static void assertPaths(Set<String> paths, Supplier<EnrollmentPolicy> build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build::get);
    assertEquals(paths, Set.copyOf(e.problems().stream().map(Problem::path).toList()),
        e::getMessage);
  }
}
