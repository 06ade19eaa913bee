package org.civiclab.json;

import static org.civiclab.json.ModelCodec.enumOf;
import static org.civiclab.json.ModelCodec.put;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.TreeSet;
import org.civiclab.core.time.DailyBreak;
import org.civiclab.core.time.DayShape;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a day (working days, day start and end, breaks) of a program, module or venue:
 * {@code {"workingDays": ["MONDAY"], "dayStart": "09:00", "dayEnd": "17:00",
 * "breaks": [{"name": "lunch", "start": "12:30", "end": "13:30"}]}}.
 */
final class DayShapeCodec {
  private DayShapeCodec() {}

  static @Nullable DayShape read(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = DayShape.builder();
    b.addAllWorkingDays(f.set("workingDays", enumOf(DayOfWeek.class)));
    put(f.req("dayStart", ModelCodec.TIME), b::dayStart);
    put(f.req("dayEnd", ModelCodec.TIME), b::dayEnd);
    b.addAllBreaks(f.list("breaks", DayShapeCodec::dailyBreak));
    return f.build(b::build);
  }

  static void write(JsonGenerator g, DayShape v) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("workingDays");
    for (DayOfWeek d : new TreeSet<>(v.workingDays())) {
      g.writeString(d.name());
    }
    g.writeEndArray();
    g.writeStringField("dayStart", v.dayStart().toString());
    g.writeStringField("dayEnd", v.dayEnd().toString());
    if (!v.breaks().isEmpty()) {
      g.writeArrayFieldStart("breaks");
      for (DailyBreak b : v.breaks()) {
        g.writeStartObject();
        g.writeStringField("name", b.name());
        g.writeStringField("start", b.start().toString());
        g.writeStringField("end", b.end().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static @Nullable DailyBreak dailyBreak(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    String name = f.req("name", ModelCodec.STRING);
    LocalTime start = f.req("start", ModelCodec.TIME);
    LocalTime end = f.req("end", ModelCodec.TIME);
    return f.build(() -> DailyBreak.of(Fields.given(name), Fields.given(start),
        Fields.given(end)));
  }
}
