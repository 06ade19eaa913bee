package org.civiclab.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Sector;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.PersonQuery;
import org.civiclab.core.testing.DomainEdges;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Directory} does. Subclasses return a fresh, empty directory from
 * {@link #newDirectory()}.
 */
public abstract class DirectoryContract {
  /** The directory under test, fresh for each test. */
  protected Directory directory;
  private DirectorySnapshot sample;

  /** @return a fresh, empty directory */
  protected abstract Directory newDirectory();

  @BeforeEach
  void fresh() {
    directory = newDirectory();
    sample = ProgramGenerator.generate(99, 4).directory();
    directory.putOrganizations(sample.organizations().values());
    directory.putPeople(sample.people().values());
  }

  @Test
  void findsWhatWasPutExactly() {
    for (Person p : sample.people().values()) {
      assertEquals(Optional.of(p), directory.person(p.id()));
    }
    for (Organization o : sample.organizations().values()) {
      assertEquals(Optional.of(o), directory.organization(o.id()));
    }
    assertEquals(sample.people().size(), directory.countPeople());
    assertEquals(sample, directory.snapshot());
  }

  @Test
  void keepsEveryTextAndIdOfTheDomainExactly() {
    Person template = sample.people().values().iterator().next();
    Organization orgTemplate = sample.organizations().values().iterator().next();
    List<Person> people = new ArrayList<>();
    List<Organization> organizations = new ArrayList<>();
    for (int i = 0; i < DomainEdges.IDS.size(); i++) {
      String id = DomainEdges.IDS.get(i);
      String text = DomainEdges.TEXTS.get(i % DomainEdges.TEXTS.size());
      Organization o = orgTemplate
          .withId(OrganizationId.of(id)).withParent(Optional.empty())
          .withName(LocalizedText.of("ka", text).with("en", DomainEdges.longest()));
      organizations.add(o);
      people.add(template.withId(PersonId.of(id))
          .withFullName(text).withUnit(DomainEdges.longest()).withRegion(text)
          .withReportsTo(Optional.empty()).withOrganization(o.id())
          .withEmail("ნინო." + i + "@example.ge").withInterests(text, "𝔸 " + i));
    }
    directory.putOrganizations(organizations);
    directory.putPeople(people);
    for (Person p : people) {
      assertEquals(Optional.of(p), directory.person(p.id()), () -> "person " + p.id());
    }
    for (Organization o : organizations) {
      assertEquals(Optional.of(o), directory.organization(o.id()), () -> "organisation " + o.id());
    }
    assertEquals(sample.people().size() + people.size(), directory.countPeople());
  }

  @Test
  void replacesByIdAndRemoves() {
    Person first = sample.people().values().iterator().next();
    Person renamed = first.withFullName("ნინო „Nino“ O'Hara");
    directory.putPeople(List.of(renamed));
    assertEquals(Optional.of(renamed), directory.person(first.id()));
    assertEquals(sample.people().size(), directory.countPeople());
    directory.removePerson(first.id());
    assertEquals(Optional.empty(), directory.person(first.id()));
    directory.removePerson(first.id());
    assertEquals(sample.people().size() - 1, directory.countPeople());
  }

  @Test
  void visitsPeopleInIdOrder() {
    List<Person> seen = new ArrayList<>();
    directory.forEachPerson(seen::add);
    assertEquals(new ArrayList<>(sample.people().values()), seen);
    assertEquals(new ArrayList<>(sample.organizations().values()), directory.organizations());
  }

  @Test
  void findsPeopleByCountrySectorAndOrganization() {
    for (String country : new String[] {"SE", "GE", "BA", "ZZ"}) {
      for (Sector sector : new Sector[] {null, Sector.GOVERNMENT, Sector.CIVIL_SOCIETY}) {
        PersonQuery q = PersonQuery.builder().country(country)
            .sector(Optional.ofNullable(sector)).build();
        List<Person> expected = new ArrayList<>();
        sample.people().values().stream()
            .filter(p -> q.matches(p, id -> sample.organizations().get(id)))
            .forEach(expected::add);
        assertEquals(expected, directory.findPeople(q), "query " + q);
      }
    }
    Organization org = sample.organizations().values().iterator().next();
    List<Person> byOrg = directory.findPeople(PersonQuery.builder().organization(org.id()).build());
    assertTrue(byOrg.stream().allMatch(p -> p.organization().equals(Optional.of(org.id()))));
    assertEquals(directory.countPeople(), directory.findPeople(PersonQuery.all()).size());
  }
}
