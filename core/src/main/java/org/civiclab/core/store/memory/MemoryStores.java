package org.civiclab.core.store.memory;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.PersonQuery;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;

/**
 * Factory of in-memory stores. Each store is thread-safe (one lock per store) and keeps the
 * ports' contracts, including optimistic locking.
 */
@API(status = STABLE, since = "0.1.0")
public final class MemoryStores {
  private MemoryStores() {}

  /** @return an empty in-memory program store */
  public static ProgramStore programs() {
    return new Programs();
  }

  /** @return an empty in-memory directory */
  public static Directory directory() {
    return new People();
  }

  /** @return an empty in-memory attendance log */
  public static AttendanceLog attendance() {
    return new Log();
  }

  private static final class Programs implements ProgramStore {
    private final Map<ProgramId, Versioned<Program>> programs = new TreeMap<>();

    @Override
    public synchronized Optional<Versioned<Program>> find(ProgramId id) {
      return Optional.ofNullable(programs.get(id));
    }

    @Override
    public synchronized Versioned<Program> save(Program program, long expectedVersion) {
      Versioned<Program> current = programs.get(program.id());
      long actual = current == null ? Versioned.NEW : current.version();
      if (actual != expectedVersion) {
        throw new ConcurrentUpdateException("program " + program.id(), expectedVersion, actual);
      }
      Versioned<Program> next = Versioned.of(program, actual + 1);
      programs.put(program.id(), next);
      return next;
    }

    @Override
    public synchronized void delete(ProgramId id, long expectedVersion) {
      Versioned<Program> current = programs.get(id);
      long actual = current == null ? Versioned.NEW : current.version();
      if (current == null || actual != expectedVersion) {
        throw new ConcurrentUpdateException("program " + id, expectedVersion, actual);
      }
      programs.remove(id);
    }

    @Override
    public synchronized ImmutableList<ProgramId> ids() {
      return ImmutableList.copyOf(programs.keySet());
    }
  }

  private static final class People implements Directory {
    private final Map<PersonId, Person> people = new TreeMap<>();
    private final Map<OrganizationId, Organization> organizations = new TreeMap<>();

    @Override
    public synchronized Optional<Person> person(PersonId id) {
      return Optional.ofNullable(people.get(id));
    }

    @Override
    public synchronized Optional<Organization> organization(OrganizationId id) {
      return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public synchronized void putPeople(Collection<Person> batch) {
      batch.forEach(p -> people.put(p.id(), p));
    }

    @Override
    public synchronized void putOrganizations(Collection<Organization> batch) {
      batch.forEach(o -> organizations.put(o.id(), o));
    }

    @Override
    public synchronized void put(DirectorySnapshot snapshot) {
      organizations.putAll(snapshot.organizations());
      people.putAll(snapshot.people());
    }

    @Override
    public synchronized void removePerson(PersonId id) {
      people.remove(id);
    }

    @Override
    public synchronized void removeOrganization(OrganizationId id) {
      organizations.remove(id);
    }

    @Override
    public void forEachPerson(Consumer<Person> visitor) {
      List<Person> copy;
      synchronized (this) {
        copy = new ArrayList<>(people.values());
      }
      copy.forEach(visitor);
    }

    @Override
    public synchronized ImmutableList<Organization> organizations() {
      return ImmutableList.copyOf(organizations.values());
    }

    @Override
    public synchronized ImmutableList<Person> findPeople(PersonQuery query) {
      return people.values().stream().filter(p -> query.matches(p, organizations::get))
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public synchronized long countPeople() {
      return people.size();
    }
  }

  private static final class Log implements AttendanceLog {
    private final List<Attendance> records = new ArrayList<>();

    @Override
    public synchronized void appendAll(List<Attendance> batch) {
      records.addAll(List.copyOf(batch));
    }

    @Override
    public synchronized int appendNew(List<Attendance> batch) {
      Set<Attendance> held = new HashSet<>(records);
      List<Attendance> fresh = new ArrayList<>();
      for (Attendance a : batch) {
        if (held.add(a)) {
          fresh.add(a);
        }
      }
      records.addAll(fresh);
      return fresh.size();
    }

    @Override
    public synchronized ImmutableList<Attendance> forEvent(EventId event) {
      return records.stream().filter(a -> a.event().equals(event))
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public synchronized ImmutableList<Attendance> forPerson(PersonId person) {
      return records.stream().filter(a -> a.person().equals(person))
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public void forEach(Consumer<Attendance> visitor) {
      List<Attendance> copy;
      synchronized (this) {
        copy = new ArrayList<>(records);
      }
      copy.forEach(visitor);
    }

    @Override
    public synchronized long size() {
      return records.size();
    }
  }
}
