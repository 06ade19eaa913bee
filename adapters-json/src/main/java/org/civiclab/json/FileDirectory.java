package org.civiclab.json;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.PersonQuery;

/**
 * The directory as one directory document, {@code directory.json}, written with the streaming
 * writer and replaced atomically on every change. Reads are served from a copy in memory that
 * is reloaded when the file changes (another store or process wrote it).
 */
final class FileDirectory implements Directory {
  private final Path file;
  private final Path lock;
  private final CivicLabJson json;
  private Object loadedKey = "never";
  private Map<PersonId, Person> people = new TreeMap<>();
  private Map<OrganizationId, Organization> organizations = new TreeMap<>();

  FileDirectory(Path file, Path lock, CivicLabJson json) {
    this.file = file;
    this.lock = lock;
    this.json = json;
  }

  private Object key() throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size());
    } catch (NoSuchFileException e) {
      return "absent";
    }
  }

  private synchronized void refresh() {
    try {
      Object key = key();
      if (key.equals(loadedKey)) {
        return;
      }
      Map<PersonId, Person> p = new TreeMap<>();
      Map<OrganizationId, Organization> o = new TreeMap<>();
      if (!key.equals("absent")) {
        try (InputStream in = Files.newInputStream(file)) {
          DirectorySnapshot d = json.readStoredDirectory(in);
          p.putAll(d.people());
          o.putAll(d.organizations());
        }
      }
      people = p;
      organizations = o;
      loadedKey = key;
    } catch (NoSuchFileException e) {
      people = new TreeMap<>();
      organizations = new TreeMap<>();
      loadedKey = "absent";
    } catch (IOException e) {
      throw new StoreException("directory: cannot read " + file + ": " + e.getMessage(), e);
    } catch (InvalidInputException e) {
      throw new StoreException("directory: " + file + " is not a valid directory document: "
          + e.getMessage(), e);
    }
  }

  /** A change to a copy of the directory. */
  private interface Change {
    void apply(Map<PersonId, Person> people, Map<OrganizationId, Organization> organizations);
  }

  private void change(String what, Change change) {
    try {
      AtomicFiles.locked(lock, () -> {
        synchronized (this) {
          AtomicFiles.removeLeftovers(file);
          refresh();
          Map<PersonId, Person> p = new TreeMap<>(people);
          Map<OrganizationId, Organization> o = new TreeMap<>(organizations);
          change.apply(p, o);
          AtomicFiles.replace(file, out -> {
            try (StreamingWriter<Person> w = json.directoryWriter(out, o.values())) {
              for (Person person : p.values()) {
                w.write(person);
              }
            }
          });
          people = p;
          organizations = o;
          loadedKey = key();
        }
      });
    } catch (IOException e) {
      throw new StoreException("directory: cannot " + what + " in " + file + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Person> person(PersonId id) {
    refresh();
    synchronized (this) {
      return Optional.ofNullable(people.get(id));
    }
  }

  @Override
  public Optional<Organization> organization(OrganizationId id) {
    refresh();
    synchronized (this) {
      return Optional.ofNullable(organizations.get(id));
    }
  }

  @Override
  public void putPeople(Collection<Person> batch) {
    List<Person> copy = List.copyOf(batch);
    change("put people", (p, o) -> copy.forEach(x -> p.put(x.id(), x)));
  }

  @Override
  public void putOrganizations(Collection<Organization> batch) {
    List<Organization> copy = List.copyOf(batch);
    change("put organisations", (p, o) -> copy.forEach(x -> o.put(x.id(), x)));
  }

  @Override
  public void put(DirectorySnapshot snapshot) {
    if (snapshot.people().isEmpty() && snapshot.organizations().isEmpty()) {
      return;
    }
    // one change is one atomic replacement of the file: both parts or neither
    change("put a directory", (p, o) -> {
      o.putAll(snapshot.organizations());
      p.putAll(snapshot.people());
    });
  }

  @Override
  public void removePerson(PersonId id) {
    if (person(id).isPresent()) {
      change("remove a person", (p, o) -> p.remove(id));
    }
  }

  @Override
  public void removeOrganization(OrganizationId id) {
    if (organization(id).isPresent()) {
      change("remove an organisation", (p, o) -> o.remove(id));
    }
  }

  @Override
  public void forEachPerson(Consumer<Person> visitor) {
    refresh();
    List<Person> copy;
    synchronized (this) {
      copy = new ArrayList<>(people.values());
    }
    copy.forEach(visitor);
  }

  @Override
  public ImmutableList<Organization> organizations() {
    refresh();
    synchronized (this) {
      return ImmutableList.copyOf(organizations.values());
    }
  }

  @Override
  public ImmutableList<Person> findPeople(PersonQuery query) {
    refresh();
    synchronized (this) {
      Map<OrganizationId, Organization> o = organizations;
      return people.values().stream().filter(p -> query.matches(p, o::get))
          .collect(ImmutableList.toImmutableList());
    }
  }

  @Override
  public long countPeople() {
    refresh();
    synchronized (this) {
      return people.size();
    }
  }
}
