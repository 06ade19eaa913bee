package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civiclab.core.Problem;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken documents, each made by one edit of a valid one, and the problem each
 * must report: its JSON path, the position of the offending value and the message.
 */
class MalformedDocumentsTest {
  static final String VALID = String.join("\n",
      "{\"format\": \"civiclab\", \"version\": 1, \"kind\": \"program\",",
      " \"program\": {",
      "  \"id\": \"seg-2024\",",
      "  \"title\": {\"original\": \"en\", \"texts\": {\"en\": \"Civic engagement\"}},",
      "  \"organizer\": \"org-1\",",
      "  \"zone\": \"Europe/Stockholm\",",
      "  \"period\": {\"start\": \"2024-01-01\", \"end\": \"2024-12-31\"},",
      "  \"venues\": [{\"id\": \"hall\", \"name\": \"Hall\", \"city\": \"Lund\", \"country\": \"SE\",",
      "              \"zone\": \"Europe/Stockholm\", \"capacity\": 30}],",
      "  \"exchangeVisits\": [{\"id\": \"v1\", \"kind\": \"INTERNATIONAL_STUDY_VISIT\",",
      "    \"visitors\": [\"p1\"], \"host\": \"org-2\", \"city\": \"Warsaw\", \"country\": \"PL\",",
      "    \"period\": {\"start\": \"2024-05-06\", \"end\": \"2024-05-10\"}, \"travelDays\": 1,",
      "    \"hostAvailability\": {\"weekdays\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\",",
      "      \"THURSDAY\", \"FRIDAY\"], \"open\": [{\"start\": \"2024-01-08\", \"end\": \"2024-07-31\"}]}}],",
      "  \"outreachSeries\": [{\"id\": \"omalo\", \"community\": \"Omalo\", \"country\": \"GE\",",
      "    \"cadence\": {\"kind\": \"PER_YEAR\", \"count\": 2}, \"length\": \"PT3H\",",
      "    \"leaders\": [\"p1\"], \"season\": {\"first\": \"--06-01\", \"last\": \"--09-30\"}}],",
      "  \"editions\": [{\"id\": \"e2024\", \"label\": \"2024\",",
      "    \"period\": {\"start\": \"2024-01-01\", \"end\": \"2024-12-30\"},",
      "    \"modules\": [{\"id\": \"m1\", \"title\": {\"original\": \"en\", \"texts\": {\"en\": \"One\"}},",
      "      \"window\": {\"start\": \"2024-02-01\", \"end\": \"2024-02-28\"}, \"mode\": \"ON_SITE\",",
      "      \"sessions\": [{\"id\": \"s1\", \"title\": {\"original\": \"en\", \"texts\": {\"en\": \"Hi\"}},",
      "        \"format\": \"LECTURE\", \"mode\": \"ON_SITE\", \"venue\": \"hall\",",
      "        \"when\": {\"start\": \"2024-02-05T09:00\", \"end\": \"2024-02-05T11:00\",",
      "                 \"zone\": \"Europe/Stockholm\"}}]}]}]",
      "}}");

  private final CivicLabJson json = CivicLabJson.create();

  @Test
  void theBaseDocumentIsValid() {
    assertEquals("seg-2024", json.readProgram(VALID).id().value());
  }

  /**
   * One case: replace {@code from} by {@code to} in the valid document; expect a problem at
   * {@code path}, located where the {@code occurrence}-th {@code marker} starts in the edited
   * document, whose message contains {@code message}.
   */
  static Arguments edit(String name, String from, String to, String path, String marker,
      int occurrence, String message) {
    return Arguments.of(name, from, to, path, marker, occurrence, message);
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        edit("unknown field", "\"label\": \"2024\",", "\"label\": \"2024\", \"colour\": \"red\",",
            "program.editions[0].colour", "\"red\"", 1, "unknown field 'colour'; expected id,"),
        edit("string for a number", "\"capacity\": 30", "\"capacity\": \"30\"",
            "program.venues[0].capacity", "\"30\"", 1, "expected a whole number, got a string"),
        edit("fraction for a number", "\"capacity\": 30", "\"capacity\": 30.5",
            "program.venues[0].capacity", "30.5", 1, "expected a whole number, got 30.5"),
        edit("missing required field", "\"label\": \"2024\",", "",
            "program.editions[0].label", "{\"id\": \"e2024\"", 1,
            "required field 'label' is missing"),
        edit("null for a required field", "\"organizer\": \"org-1\"", "\"organizer\": null",
            "program.organizer", "null", 1, "null is not allowed"),
        edit("impossible date", "\"end\": \"2024-02-28\"", "\"end\": \"2024-02-30\"",
            "program.editions[0].modules[0].window.end", "\"2024-02-30\"", 1,
            "'2024-02-30' is not a date such as 2024-03-01"),
        edit("unknown zone", "\"zone\": \"Europe/Stockholm\",", "\"zone\": \"Europe/Atlantis\",",
            "program.zone", "\"Europe/Atlantis\"", 1,
            "'Europe/Atlantis' is not a time zone such as Europe/Stockholm"),
        edit("bad local date-time", "\"2024-02-05T09:00\"", "\"5 Feb 9am\"",
            "program.editions[0].modules[0].sessions[0].when.start", "\"5 Feb 9am\"", 1,
            "is not a local date-time"),
        edit("unknown enum constant", "\"LECTURE\"", "\"LECTURES\"",
            "program.editions[0].modules[0].sessions[0].format", "\"LECTURES\"", 1,
            "'LECTURES' is not one of LECTURE, WORKSHOP,"),
        edit("invalid id", "\"seg-2024\"", "\"seg 2024\"", "program.id", "\"seg 2024\"", 1,
            "'seg 2024' is not a valid ProgramId"),
        edit("duplicate field", "\"zone\": \"Europe/Stockholm\",",
            "\"zone\": \"Europe/Stockholm\", \"zone\": \"Europe/Oslo\",", "program.zone",
            "\"Europe/Oslo\"", 1, "field 'zone' appears twice"),
        edit("object for a string", "\"label\": \"2024\"", "\"label\": {\"y\": 2024}",
            "program.editions[0].label", "{\"y\"", 1, "expected a string, got an object"),
        edit("array for an object", "\"period\": {\"start\": \"2024-01-01\", \"end\": \"2024-12-31\"}",
            "\"period\": [\"2024-01-01\"]", "program.period", "[\"2024-01-01\"]", 1,
            "expected an object, got an array"),
        edit("end before start (a value's invariant)", "\"end\": \"2024-12-31\"",
            "\"end\": \"2023-12-31\"", "program.period.end", "\"2023-12-31\"", 1,
            "end 2023-12-31 is before start 2024-01-01"),
        edit("online session with a venue (an invariant across fields)",
            "\"mode\": \"ON_SITE\", \"venue\"", "\"mode\": \"ONLINE\", \"venue\"",
            "program.editions[0].modules[0].sessions[0].venue", "\"hall\"", 2,
            "an online session has no venue"),
        edit("dangling venue", "\"venue\": \"hall\"", "\"venue\": \"cellar\"",
            "program.editions[0].modules[0].sessions[0].venue", "\"cellar\"", 1,
            "venue 'cellar' is not one of the program's venues"),
        edit("order naming a session of no module of its own",
            "\"format\": \"LECTURE\",", "\"format\": \"LECTURE\", \"after\": [\"s9\"],",
            "program.editions[0].modules[0].sessions[0].after[0]", "\"s9\"", 1,
            "'s9' is not a session of this module"),
        edit("unknown session position", "\"format\": \"LECTURE\",",
            "\"format\": \"LECTURE\", \"position\": \"MIDDLE\",",
            "program.editions[0].modules[0].sessions[0].position", "\"MIDDLE\"", 1,
            "'MIDDLE' is not one of ANYWHERE, FIRST, LAST"),
        edit("module outside its edition", "\"end\": \"2024-02-28\"", "\"end\": \"2025-02-28\"",
            "program.editions[0].modules[0].window", "{\"start\": \"2024-02-01\"", 1,
            "is outside the edition's period"),
        edit("too many travel days", "\"travelDays\": 1", "\"travelDays\": 9",
            "program.exchangeVisits[0].travelDays", "9,", 1,
            "travel days must be between 0 and 7, got 9"),
        edit("negative travel days", "\"travelDays\": 1", "\"travelDays\": -1",
            "program.exchangeVisits[0].travelDays", "-1,", 1,
            "travel days must be between 0 and 7, got -1"),
        edit("travel days as text", "\"travelDays\": 1", "\"travelDays\": \"one\"",
            "program.exchangeVisits[0].travelDays", "\"one\"", 1,
            "expected a whole number, got a string"),
        edit("unknown weekday of a host", "\"FRIDAY\"]", "\"FRIDAYS\"]",
            "program.exchangeVisits[0].hostAvailability.weekdays[4]", "\"FRIDAYS\"", 1,
            "'FRIDAYS' is not one of MONDAY, TUESDAY,"),
        edit("host open window ending before it starts", "\"end\": \"2024-07-31\"",
            "\"end\": \"2023-07-31\"", "program.exchangeVisits[0].hostAvailability.open[0].end",
            "\"2023-07-31\"", 1, "end 2023-07-31 is before start 2024-01-08"),
        edit("unknown field of a host's availability", "\"open\": [", "\"closed\": [",
            "program.exchangeVisits[0].hostAvailability.closed", "[{\"start\": \"2024-01-08\"",
            1, "unknown field 'closed'; expected open, weekdays"),
        edit("a season's day that no year has", "\"--09-30\"", "\"--09-31\"",
            "program.outreachSeries[0].season.last", "\"--09-31\"", 1,
            "'--09-31' is not a day of the year such as --06-01"),
        edit("an outreach series with no leader", "\"leaders\": [\"p1\"]", "\"leaders\": []",
            "program.outreachSeries[0].leaders", "[]", 1, "somebody must lead the visits"),
        edit("an outreach series' zero visit length", "\"PT3H\"", "\"PT0S\"",
            "program.outreachSeries[0].length", "\"PT0S\"", 1,
            "visit length PT0S must be positive and shorter than a day"),
        edit("an unknown field of a season", "\"last\": \"--09-30\"",
            "\"last\": \"--09-30\", \"months\": 4", "program.outreachSeries[0].season.months",
            "4}", 1, "unknown field 'months'; expected first, last"),
        edit("an outreach series without its cadence",
            "\"cadence\": {\"kind\": \"PER_YEAR\", \"count\": 2}, ", "",
            "program.outreachSeries[0].cadence", "{\"id\": \"omalo\"", 1,
            "required field 'cadence' is missing"),
        edit("unsupported version", "\"version\": 1", "\"version\": 2", "version", "2,", 1,
            "version 2 is not supported: this reader understands version 1"),
        edit("another format", "\"civiclab\"", "\"geojson\"", "format", "\"geojson\"", 1,
            "this is not a CivicLab document"),
        edit("another kind", "\"kind\": \"program\"", "\"kind\": \"directory\"", "kind",
            "\"directory\"", 1, "expected a 'program' document, got 'directory'"),
        edit("content before the header", "{\"format\": \"civiclab\", \"version\": 1, \"kind\": "
            + "\"program\",\n \"program\": {", "{\"program\": {", "program", "{\n  \"id\"", 1,
            "'format', 'version' and 'kind' must come before 'program'"),
        edit("truncated", "\"zone\": \"Europe/Stockholm\"}}]}]}]\n}}", "\"zone\": \"Eur",
            "program.editions[0].modules[0].sessions[0].when.zone", "\"zone\": \"Eur", 3,
            "malformed JSON: Unexpected end-of-input"),
        edit("trailing garbage", "\n}}", "\n}} {}", "", "{}", 1,
            "content after the end of the document"),
        edit("not an object", VALID, "[1, 2]", "", "[1", 1, "a CivicLab document is a JSON object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBrokenDocumentNamesItsProblem(String name, String from, String to, String path,
      String marker, int occurrence, String message) {
    assertTrue(VALID.contains(from), "the edit applies: " + from);
    String broken = VALID.replace(from, to);
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(broken));
    int[] at = position(broken, marker, occurrence);
    String all = e.problems().stream().map(Problem::toString)
        .collect(Collectors.joining("\n"));
    assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(path)
        && p.message().contains(message)), "expected " + path + ": " + message + " in\n" + all);
    Problem p = e.problems().stream().filter(x -> x.path().equals(path)
        && x.message().contains(message)).findFirst().orElseThrow();
    if (!name.equals("truncated")) {
      assertEquals(at[0], p.line().orElse(-1), "line of " + p);
      assertEquals(at[1], p.column().orElse(-1), "column of " + p);
    } else {
      assertEquals(at[0], p.line().orElse(-1), "line of " + p);
    }
    assertTrue(e.getMessage().contains(path.isEmpty() ? "(input)" : path), e.getMessage());
  }

  /** 1-based line and column of the n-th occurrence of a marker (ASCII before it). */
  static int[] position(String text, String marker, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(marker, at + 1);
    }
    assertTrue(at >= 0, "marker " + marker);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String broken = VALID.replace("\"label\": \"2024\",", "\"label\": \"2024\", \"x\": 1,")
        .replace("\"zone\": \"Europe/Stockholm\",\n", "\"zone\": \"Mars/Olympus\",\n")
        .replace("\"capacity\": 30", "\"capacity\": true")
        .replace("\"LECTURE\"", "\"lecture\"");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(broken));
    assertEquals(4, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("4 problems:"), e.getMessage());
  }

  @Test
  void emptyInputIsNamed() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(""));
    assertEquals("(input): the document is empty",
        e.problems().get(0).toString());
  }

  @Test
  void referencesToPeopleAreCheckedAgainstAGivenDirectory() throws IOException {
    ProgramGenerator.Generated g = ProgramGenerator.generate(5, 3);
    String text = json.toJson(g.program());
    DirectorySnapshot nobody = DirectorySnapshot.builder().build();
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            nobody));
    assertTrue(e.problems().stream().allMatch(p -> p.message().endsWith("is not in the directory")
        && p.path().startsWith("program.") && p.line().isPresent()), e.getMessage());
    Problem organizer = e.problems().stream().filter(p -> p.path().equals("program.organizer"))
        .findFirst().orElseThrow();
    assertEquals(position(text, "\"" + g.program().organizer().value() + "\"", 1)[0],
        organizer.line().getAsInt());
  }

  @Test
  void aDirectoryWithADanglingOrganisationIsRejected() {
    String doc = "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"directory\",\n"
        + "\"organizations\":[],\n\"people\":[{\"id\":\"p1\",\"fullName\":\"Ana\",\"country\":\"BA\","
        + "\"homeZone\":\"Europe/Sarajevo\",\"organization\":\"ghost\"}]}";
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readDirectory(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
    int[] at = position(doc, "\"ghost\"", 1);
    assertEquals("people[0].organization (line " + at[0] + ", column " + at[1]
        + "): organisation 'ghost' is not in the directory", e.problems().get(0).toString());
  }

  @Test
  void aBrokenAttendanceRecordIsLocated() {
    String doc = "{\"format\":\"civiclab\",\"version\":1,\"kind\":\"attendance\",\"records\":[\n"
        + "{\"program\":\"p\",\"event\":\"e\",\"person\":\"x\",\"status\":\"PRESENT\","
        + "\"recordedAt\":\"2024-01-01T10:00:00Z\"},\n"
        + "{\"program\":\"p\",\"event\":\"e\",\"person\":\"x\",\"status\":\"THERE\","
        + "\"recordedAt\":\"yesterday\"}]}";
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readAttendance(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
            a -> { }));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("records[1].status (line 3, column 50): 'THERE' is not one of PRESENT, LATE,"
        + " EXCUSED, ABSENT, LEFT_EARLY", e.problems().get(0).toString());
    assertEquals("records[1].recordedAt", e.problems().get(1).path());
  }
}
