package org.civiclab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

class ProgramValidatorTest {
  private static final ZoneId SARAJEVO = ZoneId.of("Europe/Sarajevo");

  private static Module module(String id, LocalDate from, LocalDate to, Session... sessions) {
    return Module.builder().id(ModuleId.of(id)).title(LocalizedText.of("bs", "Modul " + id))
        .window(DateRange.of(from, to)).mode(DeliveryMode.ON_SITE).addSessions(sessions).build();
  }

  private static Session session(String id, LocalDate day, String venue, String facilitator) {
    return Session.builder().id(EventId.of(id)).title(LocalizedText.of("bs", "Uvod"))
        .format(SessionFormat.LECTURE).mode(DeliveryMode.ON_SITE)
        .when(TimeSpan.on(day, LocalTime.of(9, 0), LocalTime.of(12, 0), SARAJEVO))
        .venue(VenueId.of(venue)).addFacilitator(PersonId.of(facilitator)).build();
  }

  @Test
  void reportsEveryProblemWithItsPath() {
    LocalDate nov13 = LocalDate.of(2023, 11, 13);
    Edition edition = Edition.builder().id(EditionId.of("2023")).label("2023")
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
        .addModule(module("m1", nov13, nov13.plusDays(1),
            session("s1", nov13, "hall", "trainer")))
        .addModule(module("m2", nov13.plusDays(1), nov13.plusDays(3)))
        .addModule(module("m3", LocalDate.of(2023, 12, 4), LocalDate.of(2023, 12, 5),
            session("s3", LocalDate.of(2023, 12, 6), "nowhere", "ghost")))
        .build();
    MentorPairing first = MentorPairing.builder().id(PairingId.of("p1"))
        .mentor(PersonId.of("trainer")).mentee(PersonId.of("official"))
        .direction(PairingDirection.CONVENTIONAL).cadence(Cadence.perYear(4))
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30))).build();
    MentorPairing second = MentorPairing.builder().from(first).id(PairingId.of("p2"))
        .mentor(PersonId.of("other")).build();
    Program program = Program.builder().id(ProgramId.of("brcko-2023"))
        .title(LocalizedText.of("bs", "Obuka za saradnju sa dijasporom"))
        .organizer(OrganizationId.of("dept")).zone(SARAJEVO)
        .period(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
        .addVenue(org.civiclab.core.model.Venue.builder().id(VenueId.of("hall")).name("Sala")
            .city("Brčko").country("BA").zone(SARAJEVO).capacity(30).build())
        .addEdition(edition).addPairings(first, second).build();
    DirectorySnapshot directory = DirectorySnapshot.of(List.of(
        person("trainer"), person("official")), List.of(Organization.builder()
            .id(OrganizationId.of("dept")).name(LocalizedText.of("bs", "Odjeljenje"))
            .sector(Sector.GOVERNMENT).country("BA").build()));

    ValidationReport report = ProgramValidator.validate(program, directory);
    List<String> paths = report.problems().stream().map(Problem::path)
        .collect(Collectors.toList());
    assertEquals(List.of(
        "editions[0].modules[1].window",
        "editions[0].modules[2].sessions[0].facilitators",
        "editions[0].modules[2].sessions[0].venue",
        "editions[0].modules[2].sessions[0].when.start",
        "editions[0].modules[2].sessions[0].when.end",
        "pairings[1].mentor",
        "pairings[1].mentee"), paths, report.toString());
    assertTrue(report.problems().get(3).message().contains("2023-12-06"));
    InvalidInputException e = assertThrows(InvalidInputException.class, report::throwIfInvalid);
    assertEquals(7, e.problems().size());

    List<String> structural = ProgramValidator.validateStructure(program).problems().stream()
        .map(Problem::path).collect(Collectors.toList());
    assertEquals(List.of(
        "editions[0].modules[1].window",
        "editions[0].modules[2].sessions[0].venue",
        "editions[0].modules[2].sessions[0].when.start",
        "editions[0].modules[2].sessions[0].when.end",
        "pairings[1].mentee"), structural, "without a directory, people stay open");
  }

  private static Person person(String id) {
    return Person.builder().id(PersonId.of(id)).fullName("Person " + id).country("BA")
        .homeZone(SARAJEVO).build();
  }
}
