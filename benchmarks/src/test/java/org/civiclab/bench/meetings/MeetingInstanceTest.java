package org.civiclab.bench.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civiclab.core.scheduling.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading any instance of the format, and the score definition on a hand-checked case. */
class MeetingInstanceTest {
  // objects appear inline once (even deep inside an attendance) and as "@id" strings elsewhere
  static final String DOC = """
      {"id": 0,
       "meetingAssignmentList": [
         {"@id": "A#0", "meeting": {"@id": "M#1", "id": 1, "topic": "kick-off",
            "durationInGrains": 2,
            "requiredAttendanceList": [{"@id": "R#0", "person": {"@id": "P#0"}, "meeting": "M#1"}],
            "preferredAttendanceList": [{"@id": "F#1", "person": {"@id": "P#1"}, "meeting": "M#1"}]},
          "startingTimeGrain": "G#1", "room": "Room#1"},
         {"@id": "A#1", "meeting": "M#2", "startingTimeGrain": "G#1", "room": "Room#1"}],
       "meetingList": ["M#1", {"@id": "M#2", "id": 2, "topic": "review", "durationInGrains": 1,
          "requiredAttendanceList": [{"@id": "R#2", "person": "P#0", "meeting": "M#2"}],
          "preferredAttendanceList": []}],
       "dayList": [{"@id": "D#0", "dayOfYear": 1}, {"@id": "D#1", "dayOfYear": 2}],
       "timeGrainList": [
         {"@id": "G#2", "grainIndex": 2, "day": "D#1", "startingMinuteOfDay": 480},
         {"@id": "G#0", "grainIndex": 0, "day": "D#0", "startingMinuteOfDay": 480},
         {"@id": "G#1", "grainIndex": 1, "day": "D#0", "startingMinuteOfDay": 495},
         {"@id": "G#3", "grainIndex": 3, "day": "D#1", "startingMinuteOfDay": 495}],
       "roomList": [{"@id": "Room#0", "capacity": 3}, {"@id": "Room#1", "capacity": 2}],
       "personList": ["P#0", "P#1"],
       "attendanceList": ["R#0", "F#1", "R#2"],
       "score": null}
      """;

  @Test
  void readsInlineObjectsAndReferencesAnywhereAndScoresByTheReadmeDefinition(
      @TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.json");
    Files.writeString(file, DOC);
    MeetingInstance in = MeetingInstance.read(file);
    assertEquals(List.of("P#0"), in.meetings.get(0).required());
    assertEquals(List.of("P#1"), in.meetings.get(0).preferred());
    assertEquals(4, in.grains.size());
    int[] grains = {1, 1};
    int[] rooms = {1, 1};
    // hard: same room 1 grain, P#0 required at both 1 grain, kick-off ends on the next day;
    // soft: last grains 2 + 1, overlap 10 x 1, each in the room one seat smaller than Room#0
    assertEquals(Score.of(-3, 0, -15), MeetingModel.score(MeetingModel.problem(in), in, grains,
        rooms));
    Path out = dir.resolve("solution.json");
    in.write(out, new int[] {0, 2}, new int[] {0, 1}, "0hard/0medium/0soft");
    MeetingInstance back = MeetingInstance.read(out);
    assertEquals("G#0", back.assignments.get(0).grainRef());
    assertEquals("G#2", back.assignments.get(1).grainRef());
    assertEquals("Room#1", back.assignments.get(1).roomRef());
  }

  @Test
  void aDanglingReferenceSaysWhichOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, DOC.replace("\"meeting\": \"M#2\", \"startingTimeGrain\"",
        "\"meeting\": \"M#9\", \"startingTimeGrain\""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeetingInstance.read(file));
    assertEquals("reference 'M#9' names no object", e.getMessage());
  }
}
