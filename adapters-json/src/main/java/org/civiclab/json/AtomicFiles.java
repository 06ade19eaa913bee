package org.civiclab.json;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Crash-safe file operations: whole-file replacement through a temporary file that is forced
 * to disk and renamed atomically over the target, and locks that exclude writers in this JVM
 * and in other processes.
 */
final class AtomicFiles {
  /** One lock per lock file in this JVM: {@code FileChannel.lock} excludes only processes. */
  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS =
      new ConcurrentHashMap<>();
  /** Directories whose entry in their parent this JVM has forced to disk. */
  private static final Set<Path> ENTRY_SYNCED = ConcurrentHashMap.newKeySet();

  private AtomicFiles() {}

  /** Writes a body to a stream. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** An action under a lock. */
  interface Action<T> {
    T run() throws IOException;
  }

  /** An action under a lock that returns nothing (no {@code Void} and null). */
  interface Step {
    void run() throws IOException;
  }

  /**
   * Replaces a file atomically: readers see the old or the new content, never a mixture, and
   * a crash at any point leaves the old content (plus, at worst, a temporary file that readers
   * ignore and the next writer of the same file removes).
   */
  static void replace(Path target, Body body) throws IOException {
    Path dir = requireNonNull(target.getParent());
    Path tmp = dir.resolve(tempPrefix(target) + Long.toHexString(
        ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
        body.write(out);
        out.flush();
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    syncDirectory(dir);
  }

  /** Deletes a file and makes the deletion durable. */
  static boolean delete(Path target) throws IOException {
    boolean deleted = Files.deleteIfExists(target);
    syncDirectory(requireNonNull(target.getParent()));
    return deleted;
  }

  /**
   * Forces a directory's entries to disk, where the platform allows it; the first time in this
   * JVM, also the directory's own entry in its parent, so that a directory created just before
   * (such as {@code programs/}) survives a power loss with the files in it.
   */
  static void syncDirectory(Path dir) {
    force(dir);
    Path parent = dir.toAbsolutePath().normalize().getParent();
    if (parent != null && ENTRY_SYNCED.add(dir.toAbsolutePath().normalize())) {
      force(parent);
    }
  }

  private static void force(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // some platforms (Windows) cannot open a directory; the rename is still atomic there
    }
  }

  static String tempPrefix(Path target) {
    return "." + target.getFileName() + ".";
  }

  static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(".tmp");
  }

  /** Removes temporary files a crashed writer of this target left; call under its lock. */
  static void removeLeftovers(Path target) throws IOException {
    String prefix = tempPrefix(target);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(target.getParent(),
        f -> f.getFileName().toString().startsWith(prefix) && isTemporary(f))) {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    }
  }

  /**
   * Runs an action while holding a lock file, excluding other threads of this JVM and other
   * processes that use the same lock file.
   */
  static <T> T locked(Path lockFile, Action<T> action) throws IOException {
    Path key = lockFile.toAbsolutePath().normalize();
    ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
    jvm.lock();
    try (FileChannel ch = FileChannel.open(key, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
      return action.run();
    } finally {
      jvm.unlock();
    }
  }

  /**
   * Runs an action that returns nothing while holding a lock file, excluding other threads of
   * this JVM and other processes that use the same lock file.
   */
  static void locked(Path lockFile, Step step) throws IOException {
    locked(lockFile, () -> {
      step.run();
      return Boolean.TRUE;
    });
  }

  /**
   * A file name for an id: letters, digits, dot, dash and underscore stay, every other byte
   * of its UTF-8 form becomes {@code %XX}, so that {@code person:17} is {@code person%3A17}.
   */
  static String fileName(String id) {
    StringBuilder out = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** The id a {@link #fileName(String)} came from. */
  static String idOf(String fileName) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      if (c == '%' && i + 2 < fileName.length()) {
        bytes.write(Integer.parseInt(fileName.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
