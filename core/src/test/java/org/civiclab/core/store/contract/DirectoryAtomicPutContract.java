package org.civiclab.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Directory} does with {@link Directory#put(DirectorySnapshot)}: a whole
 * directory, organisations and people, written all or nothing. Subclasses return a fresh,
 * empty directory from {@link #newDirectory()} and, where the store can be made to fail part
 * way, arm that failure in {@link #failWritesAt(int)}.
 */
public abstract class DirectoryAtomicPutContract {
  /** The most write steps a put is expected to take before it gets through. */
  private static final int MOST_STEPS = 50;

  /** The directory under test, fresh for each test. */
  protected Directory directory;
  private DirectorySnapshot first;
  private DirectorySnapshot second;

  /** @return a fresh, empty directory */
  protected abstract Directory newDirectory();

  /**
   * Makes the directory last returned by {@link #newDirectory()} fail the {@code n}-th low-level
   * write step from now on (for a database: the n-th statement executed), as a store that
   * breaks part way through a write would.
   *
   * @param n the 1-based step that fails
   * @return whether the failure is armed; {@code false} when the store has no part way to fail
   *     at (the tests that need it are then skipped, not passed)
   */
  protected abstract boolean failWritesAt(int n);

  /** Undoes {@link #failWritesAt(int)}: the store works normally again. */
  protected abstract void stopFailing();

  @BeforeEach
  void fresh() {
    directory = newDirectory();
    first = ProgramGenerator.generate(41, 4).directory();
    second = changed(first, ProgramGenerator.generate(42, 4).directory());
  }

  /**
   * A snapshot that replaces one organisation and one person of {@code base} and adds other
   * organisations and people under new ids, so that a half-done put shows.
   */
  private static DirectorySnapshot changed(DirectorySnapshot base, DirectorySnapshot other) {
    List<Organization> organizations = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    Organization o = base.organizations().values().iterator().next();
    organizations.add(o.withCountry("GE"));
    Person p = base.people().values().iterator().next();
    people.add(p.withFullName("ნინო „Nino“ O'Hara"));
    for (Organization x : other.organizations().values()) {
      organizations.add(x
          .withId(OrganizationId.of("new-" + x.id().value()))
          .withParent(x.parent().map(id -> OrganizationId.of("new-" + id.value()))));
    }
    for (Person x : other.people().values()) {
      people.add(x.withId(PersonId.of("new-" + x.id().value()))
          .withOrganization(x.organization().map(id -> OrganizationId.of("new-" + id.value())))
          .withReportsTo(x.reportsTo().map(id -> PersonId.of("new-" + id.value()))));
    }
    return DirectorySnapshot.of(people, organizations);
  }

  @Test
  void putStoresOrganisationsAndPeopleTogether() {
    directory.put(first);
    assertEquals(first, directory.snapshot());
    assertEquals(first.people().size(), directory.countPeople());
  }

  @Test
  void putReplacesByIdAndKeepsTheRest() {
    directory.put(first);
    directory.put(second);
    assertEquals(first.merge(second), directory.snapshot());
  }

  @Test
  void putOfAnEmptySnapshotChangesNothing() {
    directory.put(first);
    directory.put(DirectorySnapshot.builder().build());
    assertEquals(first, directory.snapshot());
  }

  @Test
  void aPutFailingAtAnyStepLeavesTheDirectoryAsItWas() {
    directory.put(first);
    assumeTrue(failWritesAt(1), "this store cannot be made to fail part way through a write");
    int failures = 0;
    for (int n = 1; ; n++) {
      assertTrue(failWritesAt(n));
      try {
        directory.put(second);
        stopFailing();
        break;
      } catch (StoreException e) {
        stopFailing();
        failures++;
        assertEquals(first, directory.snapshot(), "after a failure at step " + n + ": " + e);
      }
      assertTrue(n < MOST_STEPS, "the put never got through");
    }
    assertTrue(failures > 0, "no armed failure happened");
    assertEquals(first.merge(second), directory.snapshot());
  }
}
