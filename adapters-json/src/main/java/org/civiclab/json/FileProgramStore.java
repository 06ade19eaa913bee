package org.civiclab.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Programs as one program document per file, with the store revision inside the document. A
 * save compares the revision on disk with the expected one under a lock file, then replaces
 * the file atomically.
 *
 * <p>A program's file is named {@code programs/<prefix>~<hash>.json}: the prefix is a readable
 * clue (the id's first 40 characters, ASCII letters and digits lower-cased, everything but
 * {@code . - _} as {@code _}), the hash the first 128 bits of the SHA-256 of the id's UTF-8
 * bytes in lower-case hex. So every valid id fits in a file name (at most 78 characters),
 * ids that differ only in case get different names on case-insensitive file systems, and the
 * id itself is inside the file, checked on every read. Files named the way of earlier
 * snapshots ({@code <id with %XX escapes>.json}) are renamed when the store opens.
 */
final class FileProgramStore implements ProgramStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileProgramStore.class);
  private static final String SUFFIX = ".json";
  private static final int PREFIX = 40;
  private static final Pattern CURRENT = Pattern.compile("[a-z0-9._-]{0," + PREFIX
      + "}~[0-9a-f]{32}\\.json");

  private final Path dir;
  private final Path locks;
  private final CivicLabJson json;

  FileProgramStore(Path dir, CivicLabJson json) throws IOException {
    this.dir = Files.createDirectories(dir);
    // JsonFileStores passes root.resolve("programs"): the locks live beside it, under root
    this.locks = Files.createDirectories(requireNonNull(dir.getParent(),
        "a program directory has a parent").resolve(".locks"));
    this.json = json;
    migrateLegacyNames();
  }

  /**
   * The file name of a program: a readable prefix of the id, then a hash of the id.
   *
   * @param id the program's id
   * @return the file name, with the {@code .json} suffix
   */
  static String fileName(ProgramId id) {
    StringBuilder out = new StringBuilder(PREFIX + 38);
    String text = id.value();
    for (int i = 0; i < text.length() && out.length() < PREFIX; i = text.offsetByCodePoints(i,
        1)) {
      int c = text.codePointAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
        out.append(Character.toLowerCase((char) c));
      } else {
        out.append('_');
      }
    }
    out.append('~');
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(
          text.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 16; i++) {
        out.append(Character.forDigit((hash[i] >> 4) & 0xf, 16))
            .append(Character.forDigit(hash[i] & 0xf, 16));
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    return out.append(SUFFIX).toString();
  }

  private Path file(ProgramId id) {
    return dir.resolve(fileName(id));
  }

  private Path lock(Path file) {
    return locks.resolve(file.getFileName() + ".lock");
  }

  /**
   * Renames files named the way of earlier snapshots ({@code <escaped id>.json}) to the
   * current names, each under its program's lock. A file whose current name exists already is
   * left where it is, with a warning: nothing is deleted.
   */
  private void migrateLegacyNames() throws IOException {
    List<Path> legacy = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (!name.startsWith(".") && !CURRENT.matcher(name).matches()) {
          legacy.add(f);
        }
      }
    }
    for (Path f : legacy) {
      String name = f.getFileName().toString();
      ProgramId id;
      try {
        id = ProgramId.of(AtomicFiles.idOf(name.substring(0, name.length() - SUFFIX.length())));
      } catch (InvalidInputException | IllegalArgumentException e) {
        LOG.warn("programs: ignoring {}, which is not named after a program id", f);
        continue;
      }
      Path target = file(id);
      AtomicFiles.locked(lock(target), () -> {
        if (Files.exists(target)) {
          if (Files.exists(f)) {
            LOG.warn("programs: {} has an old-style name and {} exists too; keeping both,"
                + " reading {}", f, target.getFileName(), target.getFileName());
          }
        } else if (Files.exists(f)) {
          Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
          AtomicFiles.syncDirectory(dir);
          LOG.info("programs: renamed {} to {}", f.getFileName(), target.getFileName());
        }
      });
    }
  }

  private static String name(ProgramId id) {
    return "program " + id;
  }

  @Override
  public Optional<Versioned<Program>> find(ProgramId id) {
    Path file = file(id);
    Versioned<Program> read;
    try (InputStream in = Files.newInputStream(file)) {
      read = json.readStored(in, null);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException(name(id) + ": cannot read " + file + ": " + e.getMessage(), e);
    } catch (InvalidInputException e) {
      throw new StoreException(name(id) + ": " + file + " is not a valid program document: "
          + e.getMessage(), e);
    }
    if (!read.value().id().equals(id)) {
      throw new StoreException(name(id) + ": " + file + " holds program '"
          + read.value().id() + "' instead (a file copied or renamed by hand?)");
    }
    return Optional.of(read);
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
      return AtomicFiles.locked(lock(file), () -> {
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
      AtomicFiles.locked(lock(file), () -> {
        long current = revision(id);
        if (current != expectedVersion || current == 0) {
          throw new ConcurrentUpdateException(name(id), expectedVersion, current);
        }
        AtomicFiles.delete(file);
      });
    } catch (IOException e) {
      throw new StoreException(name(id) + ": cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The id of the program in a file, read from its beginning (the whole file when the id is
   * not first); null when the file was deleted meanwhile.
   *
   * @throws StoreException when the file is damaged or named after another id
   */
  private @Nullable ProgramId idIn(Path f) throws IOException {
    String text;
    try (InputStream in = Files.newInputStream(f)) {
      text = json.readProgramId(in);
    } catch (NoSuchFileException e) {
      return null;
    }
    ProgramId id = null;
    if (text != null) {
      try {
        id = ProgramId.of(text);
      } catch (InvalidInputException e) {
        id = null;
      }
    }
    if (id == null) {
      try (InputStream in = Files.newInputStream(f)) {
        id = json.readStored(in, null).value().id();
      } catch (NoSuchFileException e) {
        return null;
      } catch (InvalidInputException e) {
        throw new StoreException("programs: " + f + " is not a valid program document: "
            + e.getMessage(), e);
      }
    }
    if (!fileName(id).equals(f.getFileName().toString())) {
      throw new StoreException("programs: " + f + " holds program '" + id + "', whose file is "
          + fileName(id) + " (a file copied or renamed by hand?)");
    }
    return id;
  }

  @Override
  public ImmutableList<ProgramId> ids() {
    List<ProgramId> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path f : files) {
        if (CURRENT.matcher(f.getFileName().toString()).matches()) {
          ProgramId id = idIn(f);
          if (id != null) {
            out.add(id);
          }
        }
      }
    } catch (IOException e) {
      throw new StoreException("programs: cannot list " + dir + ": " + e.getMessage(), e);
    }
    out.sort(null);
    return ImmutableList.copyOf(out);
  }
}
