package org.civiclab.examples.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.ExchangeKind;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.ExperienceLevel;
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Sector;
import org.junit.jupiter.api.Test;

class CivilSocietyProgramTest {

  private final SeedProgram seed = Planned.of(CivilSocietyProgram.build());
  private final Program program = seed.program();

  @Test
  void isValidAgainstItsDirectory() {
    assertEquals(List.of(), seed.validate().problems());
  }

  @Test
  void georgianTitleInTbilisiTime() {
    assertEquals("ka", program.title().original());
    assertTrue(isGeorgian(program.title().text()), program.title().text());
    assertTrue(program.title().in("en").isPresent());
    assertEquals(ZoneId.of("Asia/Tbilisi"), program.zone());
  }

  @Test
  void remoteCommunitiesVisitedSeveralTimesAYearWithFollowUp() {
    List<OutreachMeeting> meetings = program.outreachMeetings();
    assertTrue(meetings.size() >= 3, "several times a year");
    assertTrue(meetings.stream().map(OutreachMeeting::community).distinct().count() >= 3);
    for (OutreachMeeting m : meetings) {
      // a visit the planner added for a series is still to come: nothing heard yet
      assertTrue(!m.findings().isEmpty() || m.series().isPresent(), m.community());
      for (Finding f : m.findings()) {
        assertTrue(m.followUps().stream().anyMatch(a -> a.finding().equals(f.id())),
            m.community() + " " + f.id());
      }
      for (var leader : m.leaders()) {
        Organization org = seed.directory().organization(seed.directory().person(leader)
            .orElseThrow().organization().orElseThrow()).orElseThrow();
        assertEquals(Sector.CIVIL_SOCIETY, org.sector(), "led by civil-society leaders");
      }
    }
  }

  @Test
  void omaloIsVisitedTwiceInTheSeasonTheRoadIsOpen() {
    List<OutreachMeeting> omalo = program.outreachMeetings().stream()
        .filter(m -> m.series().equals(java.util.Optional.of(CivilSocietyProgram.OMALO)))
        .toList();
    assertEquals(List.of(1, 2), omalo.stream().map(m -> m.occurrence().orElseThrow()).toList());
    for (OutreachMeeting m : omalo) {
      int month = m.when().day().getMonthValue();
      assertTrue(month >= 6 && month <= 9, "June to September: " + m.when());
      assertTrue(m.window().orElseThrow().contains(m.when().day()), m::toString);
    }
    assertFalse(omalo.get(0).findings().isEmpty(), "the first visit was held");
    assertTrue(omalo.get(1).when().day().getMonthValue() >= 8, "the second in Aug or Sep");
  }

  @Test
  void learningCirclesMixNovicesAndExperiencedWithInvitedExperts() {
    assertFalse(program.circles().isEmpty());
    for (LearningCircle c : program.circles()) {
      Set<ExperienceLevel> levels = c.members().stream().map(CircleMember::level)
          .collect(Collectors.toSet());
      assertTrue(levels.containsAll(EnumSet.of(ExperienceLevel.NOVICE,
          ExperienceLevel.EXPERIENCED)), c.name());
      assertFalse(c.invitedExperts().isEmpty(), c.name());
      assertTrue(c.meetings().size() > 1, "meets periodically");
      assertTrue(c.members().size() <= 8, "small group");
    }
  }

  @Test
  void internshipsAtExperiencedOrganisationsInTbilisi() {
    List<ExchangeVisit> internships = visits(ExchangeKind.DOMESTIC_INTERNSHIP);
    assertFalse(internships.isEmpty());
    for (ExchangeVisit v : internships) {
      Organization host = seed.directory().organization(v.host()).orElseThrow();
      assertEquals(CivilSocietyProgram.TBILISI, v.city());
      assertEquals("GE", v.country());
      assertEquals(Sector.CIVIL_SOCIETY, host.sector());
      for (var visitor : v.visitors()) {
        assertEquals(ExperienceLevel.NOVICE,
            seed.directory().person(visitor).orElseThrow().experience());
      }
    }
  }

  @Test
  void studyVisitsWithEasternEuropeanColleagues() {
    List<ExchangeVisit> abroad = visits(ExchangeKind.INTERNATIONAL_STUDY_VISIT);
    assertFalse(abroad.isEmpty());
    for (ExchangeVisit v : abroad) {
      assertNotEquals("GE", v.country());
      assertNotEquals("GE", seed.directory().organization(v.host()).orElseThrow().country());
    }
  }

  @Test
  void yearlyReflectionMeetingOfAllFiveSectors() {
    assertEquals(1, program.reflectionMeetings().size(), "one per year of the program");
    ReflectionMeeting meeting = program.reflectionMeetings().get(0);
    assertEquals(EnumSet.allOf(Sector.class), meeting.sectors());
    assertFalse(meeting.themes().isEmpty());
  }

  @Test
  void georgianPeopleHaveNamesInGeorgianScript() {
    for (Person p : seed.directory().people().values()) {
      if (p.country().equals("GE")) {
        assertTrue(isGeorgian(p.fullName()), p.fullName());
      }
    }
  }

  private List<ExchangeVisit> visits(ExchangeKind kind) {
    return program.exchangeVisits().stream().filter(v -> v.kind() == kind)
        .collect(Collectors.toList());
  }

  private static boolean isGeorgian(String text) {
    return text.codePoints().filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GEORGIAN);
  }
}
