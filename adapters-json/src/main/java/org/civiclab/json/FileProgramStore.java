package org.civiclab.json;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Programs as one program document per file, {@code programs/<id>.json}, with the store
 * revision inside the document. A save compares the revision on disk with the expected one
 * under a lock file, then replaces the file atomically.
 */
final class FileProgramStore implements ProgramStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileProgramStore.class);
  private static final String SUFFIX = ".json";

  private final Path dir;
  private final Path locks;
  private final CivicLabJson json;

  FileProgramStore(Path dir, CivicLabJson json) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.locks = Files.createDirectories(dir.getParent().resolve(".locks"));
    this.json = json;
  }

  private Path file(ProgramId id) {
    return dir.resolve(AtomicFiles.fileName(id.value()) + SUFFIX);
  }

  private static String name(ProgramId id) {
    return "program " + id;
  }

  @Override
  public Optional<Versioned<Program>> find(ProgramId id) {
    Path file = file(id);
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(json.readStored(in, null));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException(name(id) + ": cannot read " + file + ": " + e.getMessage(), e);
    } catch (InvalidInputException e) {
      throw new StoreException(name(id) + ": " + file + " is not a valid program document: "
          + e.getMessage(), e);
    }
  }

  /** The revision on disk, 0 when the program does not exist. */
  private long revision(ProgramId id) throws IOException {
    Path file = file(id);
    try (InputStream in = Files.newInputStream(file)) {
      long fast = json.readRevision(in);
      if (fast > 0) {
        return fast;
      }
    } catch (NoSuchFileException e) {
      return 0;
    }
    return find(id).map(Versioned::version).orElse(0L);
  }

  @Override
  public Versioned<Program> save(Program program, long expectedVersion) {
    ProgramId id = program.id();
    Path file = file(id);
    try {
      return AtomicFiles.locked(locks.resolve(file.getFileName() + ".lock"), () -> {
        AtomicFiles.removeLeftovers(file);
        long current = revision(id);
        if (current != expectedVersion) {
          throw new ConcurrentUpdateException(name(id), expectedVersion, current);
        }
        long next = expectedVersion + 1;
        AtomicFiles.replace(file, out -> json.writeProgram(program, next, out));
        LOG.debug("saved {} version {}", name(id), next);
        return Versioned.of(program, next);
      });
    } catch (IOException e) {
      throw new StoreException(name(id) + ": cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(ProgramId id, long expectedVersion) {
    Path file = file(id);
    try {
      AtomicFiles.locked(locks.resolve(file.getFileName() + ".lock"), () -> {
        long current = revision(id);
        if (current != expectedVersion || current == 0) {
          throw new ConcurrentUpdateException(name(id), expectedVersion, current);
        }
        AtomicFiles.delete(file);
        return null;
      });
    } catch (IOException e) {
      throw new StoreException(name(id) + ": cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ImmutableList<ProgramId> ids() {
    List<ProgramId> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (!name.startsWith(".")) {
          out.add(ProgramId.of(AtomicFiles.idOf(name.substring(0,
              name.length() - SUFFIX.length()))));
        }
      }
    } catch (IOException e) {
      throw new StoreException("programs: cannot list " + dir + ": " + e.getMessage(), e);
    }
    out.sort(null);
    return ImmutableList.copyOf(out);
  }
}
