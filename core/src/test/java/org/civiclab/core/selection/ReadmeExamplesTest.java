package org.civiclab.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civiclab.core.grouping.Grouping;
import org.civiclab.core.grouping.GroupingRequest;
import org.civiclab.core.grouping.Groupings;
import org.civiclab.core.matching.CircleRequest;
import org.civiclab.core.matching.CircleResult;
import org.civiclab.core.matching.Circles;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.model.CircleComposition;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.Gender;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;

/** The README's selection, circles and multi-round grouping, line for line, so they compile. */
class ReadmeExamplesTest {

  static List<Person> people(int n) {
    List<Person> out = new ArrayList<>();
    String[] countries = {"GE", "AM", "AZ"};
    for (int i = 0; i < n; i++) {
      out.add(Person.builder().id(PersonId.of("p" + i)).fullName("Person " + i)
          .country(countries[i % 3]).gender(Gender.of(i % 2 == 0 ? Gender.Kind.WOMAN : Gender.Kind.MAN))
          .homeZone(ZoneId.of("Asia/Tbilisi")).build());
    }
    return out;
  }

  @Test
  void selection() {
    List<Person> people = people(90);
    // README: selection
    List<Applicant> applicants = people.stream()
        .map(p -> Applicant.from(p, List.of("gender", "country")).build()).toList();
    SelectionRequest request = SelectionRequest.builder().applicants(applicants).panelSize(20)
        .addQuotas(Quota.between("gender", "woman", 9, 11), Quota.between("gender", "man", 9, 11))
        .addPopulations(Population.table("country", Map.of("GE", 37L, "AM", 30L, "AZ", 10L)))
        .method(SelectionMethod.FAIR_LOTTERY).seed(2024).build();
    Selection s = Selections.select(request);
    System.out.println(s.selected() + " " + s.minProbability() + " " + s.audit().get(0));
    Selection after = Selections.replace(request, s, s.selected().get(0));
    // end README
    assertTrue(s.feasible(), s.explain());
    assertEquals(20, after.selected().size(), after.explain());
  }

  @Test
  void groupsOverRounds() {
    List<Person> participants = people(49);
    // README: rounds
    Grouping week = Groupings.form(GroupingRequest.builder()
        .people(participants.stream().map(MatchCandidate::of).toList())
        .minSize(7).maxSize(7).rounds(5)
        .build());
    System.out.println(week.repeatedPairs() + " " + week.lowerBound() + " "
        + week.explain(PersonId.of("p0")));
    // end README
    assertEquals(0, week.repeatedPairs());
  }

  @Test
  void circlesWithFacilitatorsApart() {
    List<MatchCandidate> members = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      members.add(MatchCandidate.builder().id(PersonId.of("m" + i)).experience(i % 4 == 0
          ? ExperienceLevel.EXPERIENCED : ExperienceLevel.NOVICE).build());
    }
    List<MatchCandidate> trainers = List.of(MatchCandidate.builder().id(PersonId.of("t1")).build(),
        MatchCandidate.builder().id(PersonId.of("t2")).build());
    // README: circles
    CircleResult r = Circles.form(CircleRequest.builder()
        .people(members).facilitators(trainers)               // trainers lead, apart from members
        .composition(CircleComposition.builder().minSize(5).maxSize(8).minNovices(2).build())
        .build());
    r.circles().get(0).facilitators();                        // the trainer(s) of circle 1
    assertEquals(2, r.circles().size(), r::explain);
    for (var c : r.circles()) {
      assertEquals(6, c.members().size());
      assertEquals(1, c.facilitators().size());
      assertTrue(c.facilitators().get(0).value().startsWith("t"));
    }
  }
}
