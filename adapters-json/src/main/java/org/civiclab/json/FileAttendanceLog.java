package org.civiclab.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.io.ByteStreams;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.store.AttendanceLog;

/**
 * The attendance log as an append-only JSON Lines file, {@code attendance.jsonl}: a header
 * line ({@code format}, {@code version}, {@code kind: "attendance-log"}), then one line per
 * appended batch, a JSON array of records.
 *
 * <p>A batch is committed when its line's newline is on disk. A crash mid-append leaves a
 * line without newline; readers stop before it and the next append cuts it off, so a batch is
 * appended whole or not at all. Reads stream the file in constant memory.
 */
final class FileAttendanceLog implements AttendanceLog {
  static final String KIND = "attendance-log";

  private final Path file;
  private final Path lock;
  private final CivicLabJson json;

  FileAttendanceLog(Path file, Path lock, CivicLabJson json) {
    this.file = file;
    this.lock = lock;
    this.json = json;
  }

  /** The length of the file up to and including its last newline. */
  private static long committed(FileChannel ch) throws IOException {
    long end = ch.size();
    ByteBuffer buf = ByteBuffer.allocate(8192);
    while (end > 0) {
      long start = Math.max(0, end - buf.capacity());
      buf.clear().limit((int) (end - start));
      ch.read(buf, start);
      for (int i = (int) (end - start) - 1; i >= 0; i--) {
        if (buf.get(i) == '\n') {
          return start + i + 1;
        }
      }
      end = start;
    }
    return 0;
  }

  @Override
  public void appendAll(List<Attendance> records) {
    if (records.isEmpty()) {
      return;
    }
    try {
      AtomicFiles.locked(lock, () -> {
        write(records);
      });
    } catch (IOException e) {
      throw new StoreException("attendance log: cannot append to " + file + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Appends the records not held yet while holding the log's lock, which every append of
   * this log (in any process) takes: the records held are read and the new ones written under
   * the same lock, so no other append can come between.
   */
  @Override
  public int appendNew(List<Attendance> records) {
    if (records.isEmpty()) {
      return 0;
    }
    try {
      return AtomicFiles.locked(lock, () -> {
        Set<EventId> events = new HashSet<>();
        records.forEach(a -> events.add(a.event()));
        Set<Attendance> held = new HashSet<>();
        scan(a -> {
          if (events.contains(a.event())) {
            held.add(a);
          }
        });
        List<Attendance> fresh = new ArrayList<>();
        for (Attendance a : records) {
          if (held.add(a)) {
            fresh.add(a);
          }
        }
        if (!fresh.isEmpty()) {
          write(fresh);
        }
        return fresh.size();
      });
    } catch (IOException e) {
      throw new StoreException("attendance log: cannot append to " + file + ": "
          + e.getMessage(), e);
    }
  }

  /** Appends one batch line; the caller holds the lock. */
  private void write(List<Attendance> records) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long end = committed(ch);
      if (end < ch.size()) {
        ch.truncate(end); // the torn line of an append that crashed
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JsonGenerator g = json.streamedFactory().createGenerator(bytes,
          JsonEncoding.UTF8)) {
        if (end == 0) {
          g.writeStartObject();
          g.writeStringField("format", CivicLabJson.FORMAT);
          g.writeNumberField("version", CivicLabJson.VERSION);
          g.writeStringField("kind", KIND);
          g.writeEndObject();
          g.writeRaw('\n');
        }
        g.writeStartArray();
        for (Attendance a : records) {
          AttendanceCodec.write(g, a);
        }
        g.writeEndArray();
        g.writeRaw('\n');
      }
      ByteBuffer buf = ByteBuffer.wrap(bytes.toByteArray());
      long at = end;
      while (buf.hasRemaining()) {
        at += ch.write(buf, at);
      }
      ch.force(false);
      if (end == 0) {
        // a new log's name, for power loss; JsonFileStores passes root.resolve(...): a parent
        AtomicFiles.syncDirectory(requireNonNull(file.getParent(), "a log file has a parent"));
      }
    }
  }

  /** Visits every committed record in order. */
  private void scan(Consumer<Attendance> visitor) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long length = committed(ch);
      InputStream in = new BufferedInputStream(ByteStreams.limit(Channels.newInputStream(ch),
          length), 1 << 16);
      Reading r = new Reading(json.limits().maxProblems());
      try (JsonParser p = json.streamedParser(in)) {
        if (p.nextToken() != null) {
          Node header = TreeReader.read(p, r, "");
          Node kind = header.locate("kind");
          if (header.kind != Node.Kind.OBJECT || !KIND.equals(kind.text)
              || !String.valueOf(CivicLabJson.VERSION).equals(header.locate("version").text)) {
            r.add("", header, "the first line is not a version " + CivicLabJson.VERSION
                + " " + KIND + " header");
          }
          r.throwIfAny();
          long batch = 0;
          for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t != JsonToken.START_ARRAY) {
              r.add("[" + batch + "]", p.currentTokenLocation().getLineNr(),
                  p.currentTokenLocation().getColumnNr(), "expected a batch of records");
              r.throwIfAny();
            }
            long i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              Attendance a = AttendanceCodec.read(p, r, "[" + batch + "][" + i++ + "]");
              r.throwIfAny();
              visitor.accept(a);
            }
            batch++;
          }
        }
      } catch (JsonProcessingException e) {
        throw r.abort("", null, e);
      }
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new StoreException("attendance log: cannot read " + file + ": " + e.getMessage(), e);
    } catch (InvalidInputException e) {
      throw new StoreException("attendance log: " + file + " is damaged: " + e.getMessage(), e);
    }
  }

  private ImmutableList<Attendance> where(Predicate<Attendance> wanted) {
    ImmutableList.Builder<Attendance> out = ImmutableList.builder();
    scan(a -> {
      if (wanted.test(a)) {
        out.add(a);
      }
    });
    return out.build();
  }

  @Override
  public ImmutableList<Attendance> forEvent(EventId event) {
    return where(a -> a.event().equals(event));
  }

  @Override
  public ImmutableList<Attendance> forPerson(PersonId person) {
    return where(a -> a.person().equals(person));
  }

  @Override
  public void forEach(Consumer<Attendance> visitor) {
    scan(visitor);
  }

  @Override
  public long size() {
    long[] n = {0};
    scan(a -> n[0]++);
    return n[0];
  }
}
