package org.civiclab.core.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Pins the parts of {@link Groupings#form} that the broader oracles rarely reach: who
 * facilitates under {@code ROTATING} and {@code FIXED}, that absent people add
 * nothing to the counting bound, the group count a role minimum of two allows, the "no number of
 * groups fits" message when the roles suffice exactly, and that the search keeps two
 * organisations apart when it can.
 */
class GroupingRulesTest {
  private static MatchCandidate person(int i, ExperienceLevel level, boolean facilitator) {
    return MatchCandidate.builder().id(PersonId.of("p" + i)).experience(level)
        .facilitator(facilitator).build();
  }

  private static List<Optional<PersonId>> facilitators(Grouping g) {
    List<Optional<PersonId>> out = new ArrayList<>();
    g.rounds().forEach(r -> r.groups().forEach(x -> out.add(x.facilitator())));
    return out;
  }

  private static Grouping pairOfFacilitators(FacilitatorMode mode) {
    List<MatchCandidate> two = List.of(person(0, ExperienceLevel.NOVICE, true),
        person(1, ExperienceLevel.NOVICE, true));
    return Groupings.form(GroupingRequest.builder().people(two).minSize(2).maxSize(2).rounds(3)
        .facilitatorMode(mode).build());
  }

  @Test
  void rotatingHandsTheRoleToWhoeverLedLeastFirstByIdOnATie() {
    Optional<PersonId> p0 = Optional.of(PersonId.of("p0"));
    Optional<PersonId> p1 = Optional.of(PersonId.of("p1"));
    assertEquals(List.of(p0, p1, p0), facilitators(pairOfFacilitators(FacilitatorMode.ROTATING)));
  }

  @Test
  void fixedKeepsTheFirstFacilitatorByIdInEveryRound() {
    Optional<PersonId> p0 = Optional.of(PersonId.of("p0"));
    assertEquals(List.of(p0, p0, p0), facilitators(pairOfFacilitators(FacilitatorMode.FIXED)));
  }

  @Test
  void absentPeopleAddNothingToTheCountingBound() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      people.add(person(i, ExperienceLevel.NOVICE, false));
    }
    GroupingRequest.Builder b = GroupingRequest.builder().people(people).minSize(2).maxSize(3)
        .rounds(3);
    for (int round = 1; round <= 3; round++) {
      b.putAbsent(round, PersonId.of("p3"));
    }
    Grouping g = Groupings.form(b.build());
    // three present meet twice beyond the two others each round after the first:
    // excess 3 * (6 - 3) = 9, half rounded up 5; meetings 9 - 6 pairs = 3
    assertEquals(5, g.lowerBound(), g.explain());
    assertEquals(6, g.repeatedPairs(), g.explain());
  }

  @Test
  void aMinimumOfTwoFacilitatorsAllowsOneGroupPerTwoOfThem() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(person(i, ExperienceLevel.NOVICE, i < 3));
    }
    Grouping g = Groupings.form(GroupingRequest.builder().people(people).minSize(2).maxSize(6)
        .rounds(1).minFacilitators(2).build());
    assertEquals(1, g.rounds().get(0).groups().size(), g.explain());
    assertEquals(List.of(), g.brokenRules());
  }

  @Test
  void rolesThatSufficeExactlyAreNotBlamed() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(person(i, ExperienceLevel.NOVICE, i < 2));
    }
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Groupings.form(
        GroupingRequest.builder().people(people).minSize(3).maxSize(3).rounds(1)
            .minFacilitators(1).build()));
    assertEquals(1, e.problems().size());
    assertEquals("rounds[0]", e.problems().get(0).path());
    assertEquals("the 5 people present in round 1 cannot form groups of 3 to 3: no number of"
        + " groups fits", e.problems().get(0).message());
  }

  @Test
  void theSearchMixesTwoOrganisationsWhenItCan() {
    List<MatchCandidate> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(MatchCandidate.builder().id(PersonId.of("p" + i))
          .organization(OrganizationId.of(i < 3 ? "a" : "b")).build());
    }
    for (long seed = 0; seed < 8; seed++) {
      Grouping g = Groupings.form(GroupingRequest.builder().people(people).minSize(3)
          .maxSize(3).rounds(1).stepsPerRound(2000).seed(seed).build());
      for (Group x : g.rounds().get(0).groups()) {
        long fromA = x.members().stream().filter(p -> p.value().compareTo("p3") < 0).count();
        assertTrue(fromA == 1 || fromA == 2, "seed " + seed + ": " + g.explain());
      }
    }
  }
}
