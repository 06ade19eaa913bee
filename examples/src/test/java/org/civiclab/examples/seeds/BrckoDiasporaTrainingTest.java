package org.civiclab.examples.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

class BrckoDiasporaTrainingTest {

  private final SeedProgram seed = BrckoDiasporaTraining.build();
  private final Program program = seed.program();
  private final Edition edition =
      program.edition(BrckoDiasporaTraining.EDITION_2023).orElseThrow();

  @Test
  void isValidAgainstItsDirectory() {
    assertEquals(List.of(), seed.validate().problems());
  }

  @Test
  void bosnianTitleForTheYear2023() {
    assertEquals("bs", program.title().original());
    assertTrue(program.title().text().contains("saradnju sa dijasporom"));
    assertTrue(program.title().text().contains("2023"));
    assertTrue(program.title().in("en").isPresent());
    assertEquals(ZoneId.of("Europe/Sarajevo"), program.zone());
  }

  @Test
  void organisedByTheDepartmentForEuropeanIntegration() {
    assertEquals("Odjeljenje za evropske integracije i međunarodnu saradnju", seed.directory()
        .organization(program.organizer()).orElseThrow().name().text());
  }

  @Test
  void threeModulesPlannedForTheYearTheFirstOn13And14November() {
    assertEquals(3, edition.modules().size());
    assertTrue(edition.modules().stream().allMatch(m -> m.window().start().getYear() == 2023
        && m.window().end().getYear() == 2023));
    Module first = edition.modules().get(0);
    assertEquals(DateRange.of(LocalDate.of(2023, 11, 13), LocalDate.of(2023, 11, 14)),
        first.window());
    Set<LocalDate> days = first.sessions().stream()
        .map(s -> s.when().orElseThrow().start().toLocalDate()).collect(Collectors.toSet());
    assertEquals(Set.of(LocalDate.of(2023, 11, 13), LocalDate.of(2023, 11, 14)), days);
    assertTrue(first.sessions().stream()
        .allMatch(s -> s.when().orElseThrow().zone().equals(ZoneId.of("Europe/Sarajevo"))));
  }

  @Test
  void moduleOneTopicsAsListed() {
    List<String> topics = edition.modules().get(0).topics();
    assertTrue(topics.contains("organizacija i predstavljanje dijaspore"));
    assertTrue(topics.stream().anyMatch(t -> t.startsWith("percepcija dijaspore")));
    assertTrue(topics.contains("uloga jedinica lokalne samouprave u profiliranju dijaspore"));
  }

  @Test
  void guestSpeakersOnTheFirstDay() {
    Session talk = edition.modules().get(0).sessions().stream()
        .filter(s -> s.format() == SessionFormat.GUEST_TALK).findFirst().orElseThrow();
    assertEquals(Set.of(BrckoDiasporaTraining.ISMA_STANIC, BrckoDiasporaTraining.ARMIN_ALIJAGIC),
        talk.speakers());
    assertEquals(LocalDate.of(2023, 11, 13), talk.when().orElseThrow().day());
    Person isma = seed.directory().person(BrckoDiasporaTraining.ISMA_STANIC).orElseThrow();
    Person armin = seed.directory().person(BrckoDiasporaTraining.ARMIN_ALIJAGIC).orElseThrow();
    assertEquals("Isma Stanić", isma.fullName());
    assertEquals("Armin Alijagić", armin.fullName());
    assertEquals("Ministarstvo za ljudska prava i izbjeglice BiH",
        orgName(isma.organization().orElseThrow()));
    assertTrue(orgName(armin.organization().orElseThrow()).contains("Naša perspektiva"));
    assertEquals(2, program.roles().stream().filter(r -> r.role() == Role.GUEST_SPEAKER)
        .count());
  }

  @Test
  void oneExpertTrainerLeadsTheModules() {
    List<RoleAssignment> trainers = program.roles().stream()
        .filter(r -> r.role() == Role.EXPERT_TRAINER).collect(Collectors.toList());
    assertEquals(1, trainers.size());
    assertTrue(edition.modules().stream()
        .allMatch(m -> m.facilitators().contains(trainers.get(0).person())));
  }

  @Test
  void participantsAreManagersAndCivilServantsOfSeveralDepartments() {
    Set<OrganizationId> departments = edition.enrollments().stream()
        .map(e -> seed.directory().person(e.person()).orElseThrow().organization().orElseThrow())
        .collect(Collectors.toSet());
    assertTrue(departments.size() >= 3, departments.toString());
    for (OrganizationId d : departments) {
      assertEquals(BrckoDiasporaTraining.GOVERNMENT,
          seed.directory().organization(d).orElseThrow().parent().orElseThrow());
    }
    Set<CareerStage> stages = edition.enrollments().stream()
        .map(e -> seed.directory().person(e.person()).orElseThrow().careerStage().orElseThrow())
        .collect(Collectors.toSet());
    assertEquals(Set.of(CareerStage.MANAGER, CareerStage.MID_CAREER), stages);
    assertTrue(edition.enrollments().stream().map(Enrollment::audience)
        .allMatch(a -> a == Audience.STAFF));
  }

  @Test
  void plannedSessionsKeepToTheWorkingDay() {
    for (Session s : edition.modules().get(0).sessions()) {
      LocalDateTime start = s.when().orElseThrow().start();
      assertTrue(!start.toLocalTime().isBefore(LocalTime.of(9, 0)), s.id().value());
    }
  }

  private String orgName(OrganizationId id) {
    return seed.directory().organization(id).orElseThrow().name().text();
  }
}
