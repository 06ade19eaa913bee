package org.civiclab.bench.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One meeting-scheduling instance as read from its JSON document, with every {@code "@id"}
 * reference resolved (an object may be written inline once and referred to by its id elsewhere).
 */
public final class MeetingInstance {
  /** A meeting: its document id, topic, length and attendees by person id. */
  public record Meeting(String ref, String topic, int duration, List<String> required,
      List<String> preferred) {}

  /** A time grain: its index, its day's id and day of year, and its starting minute. */
  public record Grain(String ref, int index, String dayRef, int dayOfYear, int minuteOfDay) {}

  /** A room. */
  public record Room(String ref, String name, int capacity) {}

  /** An assignment: the meeting it places and any placement already fixed. */
  public record Assignment(String ref, String meetingRef, boolean pinned,
      @Nullable String grainRef, @Nullable String roomRef, ObjectNode node) {}

  final JsonNode document;
  public final List<Meeting> meetings = new ArrayList<>();
  public final List<Grain> grains = new ArrayList<>();
  public final List<Room> rooms = new ArrayList<>();
  public final List<String> persons = new ArrayList<>();
  public final List<Assignment> assignments = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();

  private MeetingInstance(JsonNode document) {
    this.document = document;
    collect(document);
    for (JsonNode d : list("personList")) {
      persons.add(id(d));
    }
    for (JsonNode r : list("roomList")) {
      rooms.add(new Room(id(r), r.path("name").asText(id(r)), r.path("capacity").asInt()));
    }
    for (JsonNode g : list("timeGrainList")) {
      JsonNode day = ref(g.get("day"));
      grains.add(new Grain(id(g), g.path("grainIndex").asInt(), id(day),
          day.path("dayOfYear").asInt(), g.path("startingMinuteOfDay").asInt()));
    }
    grains.sort((a, b) -> Integer.compare(a.index(), b.index()));
    for (int i = 0; i < grains.size(); i++) {
      if (grains.get(i).index() != i) {
        throw new IllegalArgumentException("time grains must have grainIndex 0.." + (grains.size()
            - 1) + " without gaps; grain " + grains.get(i).ref() + " has " + grains.get(i).index());
      }
    }
    for (JsonNode m : list("meetingList")) {
      meetings.add(new Meeting(id(m), m.path("topic").asText(""), m.path("durationInGrains")
          .asInt(), people(m.get("requiredAttendanceList")),
          people(m.get("preferredAttendanceList"))));
    }
    for (JsonNode a : list("meetingAssignmentList")) {
      assignments.add(new Assignment(id(a), id(ref(a.get("meeting"))),
          a.path("pinned").asBoolean(false), optRef(a.get("startingTimeGrain")),
          optRef(a.get("room")), (ObjectNode) a));
    }
  }

  private MeetingInstance(MeetingInstance base, int k) {
    this.document = JsonNodeFactory.instance.objectNode();
    int firstDay = Integer.MAX_VALUE;
    int lastDay = Integer.MIN_VALUE;
    for (Grain g : base.grains) {
      firstDay = Math.min(firstDay, g.dayOfYear());
      lastDay = Math.max(lastDay, g.dayOfYear());
    }
    int span = base.grains.isEmpty() ? 0 : lastDay - firstDay + 1;
    int size = base.grains.size();
    persons.addAll(base.persons);
    rooms.addAll(base.rooms);
    for (int c = 0; c < k; c++) {
      String tag = c == 0 ? "" : "~" + c;
      for (Grain g : base.grains) {
        grains.add(new Grain(g.ref() + tag, c * size + g.index(), g.dayRef() + tag,
            g.dayOfYear() + c * span, g.minuteOfDay()));
      }
      for (Meeting m : base.meetings) {
        meetings.add(new Meeting(m.ref() + tag, m.topic(), m.duration(), m.required(),
            m.preferred()));
      }
      for (Assignment a : base.assignments) {
        assignments.add(new Assignment(a.ref() + tag, a.meetingRef() + tag, a.pinned(),
            a.grainRef() == null ? null : a.grainRef() + tag, a.roomRef(), a.node()));
      }
    }
  }

  /**
   * A K-times larger instance of the same shape and density: the days, with their grains, and
   * the meetings repeated K times one after the other, for the same people and rooms. Each copy
   * of a meeting has the attendees of the original, so each person has K times as many meetings
   * over K times as many days, just as from the 50- to the 200-meeting instance. Such an
   * instance cannot be written back as a solution document.
   *
   * @param k how many copies, at least 1
   * @return the larger instance
   */
  MeetingInstance scaled(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("--scale must be at least 1, got " + k);
    }
    return k == 1 ? this : new MeetingInstance(this, k);
  }

  /**
   * Reads an instance.
   *
   * @param file the JSON file
   * @return the instance
   * @throws IOException when the file cannot be read or parsed
   */
  static MeetingInstance read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such instance file: " + file);
    }
    return new MeetingInstance(new ObjectMapper().readTree(file.toFile()));
  }

  private void collect(JsonNode n) {
    if (n.isObject()) {
      if (n.has("@id")) {
        byId.put(n.get("@id").asText(), n);
      }
      n.forEach(this::collect);
    } else if (n.isArray()) {
      n.forEach(this::collect);
    }
  }

  private List<JsonNode> list(String field) {
    JsonNode arr = document.get(field);
    if (arr == null || !arr.isArray()) {
      throw new IllegalArgumentException("instance has no '" + field + "' list");
    }
    List<JsonNode> out = new ArrayList<>();
    arr.forEach(x -> out.add(ref(x)));
    return out;
  }

  private JsonNode ref(JsonNode n) {
    if (n != null && n.isTextual()) {
      JsonNode target = byId.get(n.asText());
      if (target == null) {
        throw new IllegalArgumentException("reference '" + n.asText() + "' names no object");
      }
      return target;
    }
    if (n == null || n.isNull()) {
      throw new IllegalArgumentException("missing reference");
    }
    return n;
  }

  private @Nullable String optRef(@Nullable JsonNode n) {
    return n == null || n.isNull() ? null : id(ref(n));
  }

  private static String id(JsonNode n) {
    JsonNode id = n.get("@id");
    if (id == null) {
      throw new IllegalArgumentException("object without @id: " + n);
    }
    return id.asText();
  }

  private List<String> people(JsonNode attendances) {
    List<String> out = new ArrayList<>();
    if (attendances != null && attendances.isArray()) {
      for (JsonNode a : attendances) {
        out.add(id(ref(ref(a).get("person"))));
      }
    }
    return out;
  }

  /**
   * Writes a solution: the same document with every assignment's grain and room set.
   *
   * @param file where to write
   * @param grainOf the start grain's index per assignment, in assignment order
   * @param roomOf the room's index per assignment, in assignment order
   * @param score the score text to record
   * @throws IOException when writing fails
   */
  void write(Path file, int[] grainOf, int[] roomOf, String score) throws IOException {
    for (int i = 0; i < assignments.size(); i++) {
      ObjectNode node = assignments.get(i).node();
      node.put("startingTimeGrain", grains.get(grainOf[i]).ref());
      node.put("room", rooms.get(roomOf[i]).ref());
    }
    if (document.isObject()) {
      ((ObjectNode) document).set("score", JsonNodeFactory.instance.textNode(score));
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    new ObjectMapper().writeValue(file.toFile(), document);
  }
}
