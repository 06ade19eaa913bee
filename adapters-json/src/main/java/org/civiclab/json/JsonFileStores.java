package org.civiclab.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.civiclab.core.StoreException;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.ProgramStore;

/**
 * CivicLab's storage ports backed by JSON files under one root directory:
 * <pre>
 * root/programs/&lt;name&gt;.json one program document per program, with its id and
 *                             store revision
 * root/directory.json         the people and organisations, one directory document
 * root/attendance.jsonl       the attendance log, append-only JSON Lines
 * root/.locks/                lock files; never delete them while stores are open
 * </pre>
 *
 * <p>Every write is atomic and durable: a program or the directory is written to a temporary
 * file in the same directory, forced to disk, and renamed over the old file (the directory
 * entry is forced too), so that a crash at any point leaves the previous version intact; an
 * attendance batch is appended whole or not at all. Writers in this JVM and in other
 * processes exclude each other through lock files, and a program save that expects another
 * version than the one on disk fails with {@link org.civiclab.core.ConcurrentUpdateException}
 * instead of overwriting it. A program's file name is a readable prefix of its id and a
 * SHA-256 hash of the id ({@code seg-2024~1f0c...json}), so that every valid id fits the file
 * system's name length and ids that differ only in case stay apart on case-insensitive file
 * systems; the id inside the file is checked on every read. Files named the way of earlier
 * snapshots ({@code seg%3A2024.json}) are renamed when the stores open; processes of such a
 * snapshot must not write to the root at the same time. The stores are thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class JsonFileStores {
  private final Path root;
  private final ProgramStore programs;
  private final Directory directory;
  private final AttendanceLog attendance;

  private JsonFileStores(Path root, CivicLabJson json) throws IOException {
    this.root = Files.createDirectories(root);
    Path locks = Files.createDirectories(root.resolve(".locks"));
    this.programs = new FileProgramStore(root.resolve("programs"), json);
    this.directory = new FileDirectory(root.resolve("directory.json"),
        locks.resolve("directory.lock"), json);
    this.attendance = new FileAttendanceLog(root.resolve("attendance.jsonl"),
        locks.resolve("attendance.lock"), json);
  }

  /**
   * Opens (creating if needed) the stores under a directory, with the default limits.
   *
   * @param root the directory
   * @return the stores
   * @throws StoreException when the directory cannot be created
   */
  public static JsonFileStores open(Path root) {
    return open(root, CivicLabJson.create());
  }

  /**
   * Opens (creating if needed) the stores under a directory.
   *
   * @param root the directory
   * @param json the reader and writer, with its limits
   * @return the stores
   * @throws StoreException when the directory cannot be created
   */
  public static JsonFileStores open(Path root, CivicLabJson json) {
    try {
      return new JsonFileStores(root, json);
    } catch (IOException e) {
      throw new StoreException("file stores: cannot open " + root + ": " + e.getMessage(), e);
    }
  }

  /** @return the root directory */
  public Path root() {
    return root;
  }

  /** @return the programs, one file each */
  public ProgramStore programs() {
    return programs;
  }

  /** @return the people and organisations */
  public Directory directory() {
    return directory;
  }

  /** @return the attendance log */
  public AttendanceLog attendance() {
    return attendance;
  }
}
