package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

class CircleBalanceTest {

  @Test
  void twelvePeopleInTwoCirclesGiveSixAndSix() {
    for (long seed = 0; seed < 20; seed++) {
      List<MatchCandidate> people = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        people.add(MatchCandidate.builder().id(PersonId.of("p" + i))
            .organization(OrganizationId.of("o" + (i % 5))).region("r" + (i % 3))
            .experience(i % 3 == 0 ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE)
            .build());
      }
      CircleResult r = Circles.form(CircleRequest.builder().people(people)
          .addFacilitators(lead("f1"), lead("f2"))
          .composition(CircleComposition.ofSize(5, 8)).circleCount(2).seed(seed).build());
      assertEquals(2, r.circles().size(), r.explain());
      assertEquals(6, r.circles().get(0).members().size(), r.explain());
      assertEquals(6, r.circles().get(1).members().size(), r.explain());
      assertEquals(1, r.circles().get(0).facilitators().size(), r.explain());
      assertEquals(1, r.circles().get(1).facilitators().size(), r.explain());
    }
  }

  private static MatchCandidate lead(String id) {
    return MatchCandidate.builder().id(PersonId.of(id))
        .experience(ExperienceLevel.EXPERIENCED).build();
  }
}
