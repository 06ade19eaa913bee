package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.SurveyGenerator;
import org.junit.jupiter.api.Test;

/** Surveys, completion rules and attendance with mode and minutes in the JSON format. */
class SurveyDocumentsTest {
  private final CivicLabJson json = CivicLabJson.create();

  @Test
  void surveysAndRulesRoundTripExactly() {
    for (long seed = 0; seed < 10; seed++) {
      Program p = SurveyGenerator.withSurveys(
          ProgramGenerator.generate(seed * 17, (int) (seed % 5)).program(), seed);
      assertEquals(p, json.readProgram(json.toJson(p)), "seed " + seed);
    }
  }

  @Test
  void aResponseToAnUnknownQuestionIsRejectedWithItsPath() {
    Program p = SurveyGenerator.withSurveys(ProgramGenerator.generate(3, 3).program(), 3);
    String text = json.toJson(p).replaceFirst("\"likert\" *: *\\{", "\"q7\":{");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> json.readProgram(text));
    assertTrue(e.problems().stream().anyMatch(x -> x.path().matches(
        "program\\.surveys\\[0\\]\\.responses\\[\\d+\\]\\.answers\\.q7")), e.getMessage());
  }

  @Test
  void attendanceKeepsModeAndMinutesAndReadsOldRecords() throws Exception {
    List<Attendance> records = new ArrayList<>();
    Instant t = Instant.parse("2024-05-01T10:00:00Z");
    records.add(Attendance.builder().program(ProgramId.of("p")).event(EventId.of("m1"))
        .person(PersonId.of("a")).status(AttendanceStatus.LEFT_EARLY).recordedAt(t)
        .mode(DeliveryMode.ONLINE).minutes(35).build());
    records.add(Attendance.builder().program(ProgramId.of("p")).event(EventId.of("m1"))
        .person(PersonId.of("b")).status(AttendanceStatus.PRESENT).recordedAt(t).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StreamingWriter<Attendance> w = json.attendanceWriter(out)) {
      for (Attendance a : records) {
        w.write(a);
      }
    }
    List<Attendance> back = new ArrayList<>();
    json.readAttendance(new ByteArrayInputStream(out.toByteArray()), back::add);
    assertEquals(records, back);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"minutes\":35"));
  }
}
