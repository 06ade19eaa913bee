package org.civiclab.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Sector;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/**
 * The store's small values on their own: a version below 1 refused with its message, a
 * snapshot's duplicate ids named, its equality, text and merge (the later snapshot wins), and
 * a person query's three filters, including a sector asked of a person whose organisation is
 * unknown.
 */
class StoreValuesTest {
  private static final DirectorySnapshot SAMPLE = ProgramGenerator.generate(7, 4).directory();

  private static Person anyPerson() {
    return SAMPLE.people().values().iterator().next();
  }

  private static Organization anyOrganization() {
    return SAMPLE.organizations().values().iterator().next();
  }

  @Test
  void aVersionStartsAtOne() {
    assertEquals(1, Versioned.of("x", 1).version());
    assertEquals(0, Versioned.NEW);
    assertEquals("version: version 0 must be at least 1",
        assertThrows(InvalidInputException.class, () -> Versioned.of("x", 0)).getMessage());
    assertEquals("version: version -3 must be at least 1",
        assertThrows(InvalidInputException.class, () -> Versioned.of("x", -3)).getMessage());
  }

  @Test
  void aSnapshotNamesADuplicateId() {
    Person p = anyPerson();
    Organization o = anyOrganization();
    assertEquals("people: person id '" + p.id() + "' is used twice",
        assertThrows(InvalidInputException.class,
            () -> DirectorySnapshot.builder().addPerson(p).addPerson(p)).getMessage());
    assertEquals("organizations: organization id '" + o.id() + "' is used twice",
        assertThrows(InvalidInputException.class,
            () -> DirectorySnapshot.builder().addOrganization(o).addOrganization(o))
            .getMessage());
  }

  @Test
  void snapshotsCompareByContentAndTheLaterOneWinsAMerge() {
    DirectorySnapshot copy = DirectorySnapshot.of(new ArrayList<>(SAMPLE.people().values()),
        new ArrayList<>(SAMPLE.organizations().values()));
    assertEquals(SAMPLE, copy);
    assertEquals(SAMPLE.hashCode(), copy.hashCode());
    assertEquals("DirectorySnapshot{" + SAMPLE.people().size() + " people, "
        + SAMPLE.organizations().size() + " organizations}", SAMPLE.toString());
    DirectorySnapshot peopleOnly = DirectorySnapshot.of(SAMPLE.people().values(), List.of());
    DirectorySnapshot orgsOnly = DirectorySnapshot.of(List.of(), SAMPLE.organizations().values());
    assertNotEquals(SAMPLE, peopleOnly);
    assertNotEquals(SAMPLE, orgsOnly);
    assertNotEquals(peopleOnly.hashCode(), orgsOnly.hashCode());
    assertFalse(SAMPLE.equals(SAMPLE.toString()));
    assertEquals(SAMPLE, peopleOnly.merge(orgsOnly));

    Person p = anyPerson();
    Person renamed = p.withFullName(p.fullName() + " Jr");
    DirectorySnapshot newer = DirectorySnapshot.of(List.of(renamed), List.of());
    DirectorySnapshot merged = SAMPLE.merge(newer);
    assertEquals(Optional.of(renamed), merged.person(p.id()));
    assertEquals(SAMPLE.people().size(), merged.people().size());
    assertEquals(Optional.of(p), newer.merge(SAMPLE).person(p.id()));
    assertEquals(Optional.empty(), newer.organization(anyOrganization().id()));
    assertEquals(Optional.of(anyOrganization()), merged.organization(anyOrganization().id()));
  }

  @Test
  void aQueryFiltersByCountryOrganisationAndSector() {
    Person p = anyPerson();
    Organization o = anyOrganization();
    Person atO = p.withOrganization(o.id());
    Map<OrganizationId, Organization> orgs = Map.of(o.id(), o);
    assertTrue(PersonQuery.all().matches(atO, orgs::get));
    assertTrue(PersonQuery.builder().country(atO.country()).build().matches(atO, orgs::get));
    assertFalse(PersonQuery.builder().country(atO.country().equals("SE") ? "GE" : "SE").build()
        .matches(atO, orgs::get));
    assertTrue(PersonQuery.builder().organization(o.id()).build().matches(atO, orgs::get));
    assertFalse(PersonQuery.builder().organization(OrganizationId.of("elsewhere")).build()
        .matches(atO, orgs::get));
    assertTrue(PersonQuery.builder().sector(o.sector()).build().matches(atO, orgs::get));
    Sector other = o.sector() == Sector.MEDIA ? Sector.GOVERNMENT : Sector.MEDIA;
    assertFalse(PersonQuery.builder().sector(other).build().matches(atO, orgs::get));
    // an organisation the directory does not hold has no sector
    assertFalse(PersonQuery.builder().sector(o.sector()).build().matches(atO, id -> null));
    Person nowhere = p.withOrganization(Optional.empty());
    assertFalse(PersonQuery.builder().sector(o.sector()).build().matches(nowhere, orgs::get));
    assertFalse(PersonQuery.builder().organization(o.id()).build().matches(nowhere, orgs::get));
    assertTrue(PersonQuery.builder().country(atO.country()).organization(o.id())
        .sector(o.sector()).build().matches(atO, orgs::get));
  }
}
