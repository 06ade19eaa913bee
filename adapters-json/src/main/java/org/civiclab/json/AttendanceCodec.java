package org.civiclab.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.DeliveryMode;
import org.jspecify.annotations.Nullable;

/**
 * Attendance records straight from and to the streaming API, without a tree, so that logs of
 * millions of records are read and written in constant memory. The fields' values go through
 * the same leaf readers as every other type, so the messages are the same.
 */
final class AttendanceCodec {
  private static final String[] FIELDS = {"program", "event", "person", "status", "recordedAt",
      "mode", "minutes"};
  /** The first fields are required; mode and minutes (added later) are optional. */
  private static final int REQUIRED = 5;
  private static final Fields.Read<DeliveryMode> MODE = ModelCodec.enumOf(DeliveryMode.class);
  private static final Fields.Read<AttendanceStatus> STATUS =
      ModelCodec.enumOf(AttendanceStatus.class);

  private AttendanceCodec() {}

  static void write(JsonGenerator g, Attendance a) throws IOException {
    g.writeStartObject();
    g.writeStringField("program", a.program().value());
    g.writeStringField("event", a.event().value());
    g.writeStringField("person", a.person().value());
    g.writeStringField("status", a.status().name());
    g.writeStringField("recordedAt", a.recordedAt().toString());
    if (a.mode().isPresent()) {
      g.writeStringField("mode", a.mode().get().name());
    }
    if (a.minutes().isPresent()) {
      g.writeNumberField("minutes", a.minutes().get());
    }
    g.writeEndObject();
  }

  /**
   * Reads one record at the parser's current token, leaving the parser on its last token.
   *
   * @return the record, or null when it has problems (all recorded)
   */
  static @Nullable Attendance read(JsonParser p, Reading r, String path) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Node n = TreeReader.read(p, r, path);
      r.add(path, n, "expected an object, got " + n.kind.article);
      return null;
    }
    JsonLocation start = p.currentTokenLocation();
    int mark = r.mark();
    var b = Attendance.builder();
    boolean[] seen = new boolean[FIELDS.length];
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      String sub = path + "." + name;
      int field = indexOf(name);
      Node n;
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        n = TreeReader.string(p, r, sub);
      } else {
        n = TreeReader.read(p, r, sub);
      }
      if (field < 0) {
        r.add(sub, n, "unknown field '" + name + "'; expected " + String.join(", ", FIELDS));
        continue;
      }
      if (seen[field]) {
        r.add(sub, n, "field '" + name + "' appears twice");
        continue;
      }
      seen[field] = true;
      switch (field) {
        case 0:
          ModelCodec.put(ModelCodec.PROGRAM_ID.read(r, n, sub), b::program);
          break;
        case 1:
          ModelCodec.put(ModelCodec.EVENT_ID.read(r, n, sub), b::event);
          break;
        case 2:
          ModelCodec.put(ModelCodec.PERSON_ID.read(r, n, sub), b::person);
          break;
        case 3:
          ModelCodec.put(STATUS.read(r, n, sub), b::status);
          break;
        case 4:
          ModelCodec.put(ModelCodec.INSTANT.read(r, n, sub), b::recordedAt);
          break;
        case 5:
          ModelCodec.put(MODE.read(r, n, sub), b::mode);
          break;
        default:
          ModelCodec.put(ModelCodec.integer(r, n, sub), b::minutes);
      }
    }
    for (int i = 0; i < REQUIRED; i++) {
      if (!seen[i]) {
        r.add(path + "." + FIELDS[i], start.getLineNr(), start.getColumnNr(),
            "required field '" + FIELDS[i] + "' is missing");
      }
    }
    if (!r.cleanSince(mark)) {
      return null;
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      for (Problem problem : e.problems()) {
        r.add(problem.under(path).path(), start.getLineNr(), start.getColumnNr(),
            problem.message());
      }
      return null;
    }
  }

  private static int indexOf(String name) {
    for (int i = 0; i < FIELDS.length; i++) {
      if (FIELDS[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
