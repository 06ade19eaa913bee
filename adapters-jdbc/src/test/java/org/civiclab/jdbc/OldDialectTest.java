package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.civiclab.core.CivicLabException;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Sector;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The first dialect's reader kept for migration 2 ({@link V2__civiclab_json_documents.OldDialect}),
 * without a database: the fixture rows decode to the generated values, every leaf type reads
 * from its string, escapes decode, and each malformed text or tree fails with the offset or
 * path and the exact words that the migration's error then carries.
 */
class OldDialectTest {

  private static Object decode(String text, Class<?> type) {
    return V2__civiclab_json_documents.OldDialect.decode(text, type);
  }

  private static String failure(String text, Class<?> type) {
    return assertThrows(IllegalArgumentException.class, () -> decode(text, type)).getMessage();
  }

  @Test
  void theFixtureRowsDecodeToTheGeneratedValues() throws Exception {
    DirectorySnapshot directory = ProgramGenerator.generate(11, 0).directory()
        .merge(ProgramGenerator.generate(12, 2).directory());
    for (Map.Entry<String, String> row : OldDocumentsMigration.fixture("person").entrySet()) {
      assertEquals(directory.people().get(PersonId.of(row.getKey())),
          decode(row.getValue(), Person.class), row.getKey());
    }
    for (Map.Entry<String, String> row
        : OldDocumentsMigration.fixture("organization").entrySet()) {
      assertEquals(directory.organizations().get(OrganizationId.of(row.getKey())),
          decode(row.getValue(), Organization.class), row.getKey());
    }
    Map<String, String> programs = OldDocumentsMigration.fixture("program");
    for (ProgramGenerator.Generated g
        : new ProgramGenerator.Generated[] {ProgramGenerator.generate(11, 0),
            ProgramGenerator.generate(12, 2)}) {
      Program p = g.program();
      assertEquals(p, decode(programs.get(p.id().value()), Program.class), p.id().value());
    }
  }

  @Test
  void everyLeafTypeReadsFromItsString() {
    assertEquals("text", decode("\"text\"", String.class));
    assertEquals(12, decode("\"12\"", Integer.class));
    assertEquals(-5_000_000_000L, decode("\"-5000000000\"", Long.class));
    assertEquals(2.5, decode("\"2.5\"", Double.class));
    assertEquals(Boolean.TRUE, decode("\"true\"", Boolean.class));
    assertEquals(Boolean.FALSE, decode("\"false\"", Boolean.class));
    assertEquals(Instant.parse("2024-03-01T10:15:30.5Z"),
        decode("\"2024-03-01T10:15:30.5Z\"", Instant.class));
    assertEquals(LocalDate.of(2024, 2, 29), decode("\"2024-02-29\"", LocalDate.class));
    assertEquals(LocalTime.of(8, 30), decode("\"08:30\"", LocalTime.class));
    assertEquals(LocalDateTime.of(2024, 2, 29, 8, 30),
        decode("\"2024-02-29T08:30\"", LocalDateTime.class));
    assertEquals(Duration.ofMinutes(90), decode("\"PT1H30M\"", Duration.class));
    assertEquals(URI.create("https://example.org/a?b"),
        decode("\"https://example.org/a?b\"", URI.class));
    assertEquals(ZoneId.of("Europe/Sofia"), decode("\"Europe/Sofia\"", ZoneId.class));
    assertEquals(Sector.MEDIA, decode("\"MEDIA\"", Sector.class));
    assertEquals(ProgramId.of("p-1"), decode("\"p-1\"", ProgramId.class));
  }

  @Test
  void aFactoryValueReadsByItsParameterNames() {
    assertEquals(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
        decode("{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}", DateRange.class));
    assertEquals(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
        decode("{\"end\":\"2024-12-31\",\"start\":\"2024-01-01\"}", DateRange.class));
    assertEquals("document $.end: missing",
        failure("{\"start\":\"2024-01-01\"}", DateRange.class));
    assertEquals("document $: unknown field 'days'", failure("{\"start\":\"2024-01-01\","
        + "\"end\":\"2024-12-31\",\"days\":\"366\"}", DateRange.class));
    assertEquals("document $.start: '2024-13-01' is not a LocalDate",
        failure("{\"start\":\"2024-13-01\",\"end\":\"2024-12-31\"}", DateRange.class));
    assertThrows(InvalidInputException.class, () -> decode("{\"start\":\"2024-12-31\","
        + "\"end\":\"2024-01-01\"}", DateRange.class), "the factory's own check still runs");
  }

  @Test
  void aBuilderValueReadsItsFieldsAndRunsItsChecks() {
    assertEquals(LocalizedText.of("sv", "Hej").with("en", "Hi"),
        decode("{\"original\":\"sv\",\"texts\":{\"sv\":\"Hej\",\"en\":\"Hi\"}}",
            LocalizedText.class));
    String missing = failure("{\"texts\":{\"sv\":\"Hej\"}}", LocalizedText.class);
    assertEquals("document $: ", missing.substring(0, "document $: ".length()), missing);
    assertEquals("document $: unknown field 'language'",
        failure("{\"language\":\"sv\",\"original\":\"sv\",\"texts\":{\"sv\":\"Hej\"}}",
            LocalizedText.class));
    assertEquals("document $.texts: expected a JSON object",
        failure("{\"original\":\"sv\",\"texts\":[\"Hej\"]}", LocalizedText.class));
    assertEquals("document $.texts.sv: expected a JSON string",
        failure("{\"original\":\"sv\",\"texts\":{\"sv\":[]}}", LocalizedText.class));
  }

  @Test
  void leavesThatDoNotParseNameTheirPathAndType() {
    assertEquals("document $: 'yes' is not a Boolean", failure("\"yes\"", Boolean.class));
    assertEquals("document $: 'TRUE' is not a Boolean", failure("\"TRUE\"", Boolean.class));
    assertEquals("document $: 'twelve' is not a Integer", failure("\"twelve\"", Integer.class));
    assertEquals("document $: 'Mars/Olympus_Mons' is not a ZoneId",
        failure("\"Mars/Olympus_Mons\"", ZoneId.class));
    assertEquals("document $: 'SPACE' is not a Sector", failure("\"SPACE\"", Sector.class));
    assertEquals("document $: expected a JSON string", failure("[]", String.class));
    assertEquals("document $: expected a JSON object", failure("\"x\"", DateRange.class));
    InvalidInputException invalid = assertThrows(InvalidInputException.class,
        () -> PersonId.of("not an id"));
    CivicLabException e = assertThrows(InvalidInputException.class,
        () -> decode("\"not an id\"", PersonId.class));
    assertEquals(invalid.getMessage(), e.getMessage(), "an id's own error passes unchanged");
  }

  @Test
  void listsAndSetsReadEachItemAtItsIndex() throws Exception {
    String person = OldDocumentsMigration.fixture("person").values().iterator().next();
    assertEquals("document $.languages[1]: expected a JSON string",
        failure(person.replaceFirst("\"languages\":\\[\"([a-z]+)\",\"([a-z]+)\"\\]",
            "\"languages\":[\"$1\",{}]"), Person.class));
    assertEquals("document $.interests: expected a JSON array",
        failure(person.replaceFirst("\"interests\":\\[(\"[^\"]*\")\\]", "\"interests\":$1"),
            Person.class));
  }

  @Test
  void typesThatAreNotCivicLabValuesAreRefused() {
    assertEquals("document $: java.lang.Object is not a value type",
        failure("{}", Object.class));
    assertEquals("document $: java.util.AbstractList is not a value type",
        failure("{}", java.util.AbstractList.class));
    assertEquals("document $: org.civiclab.core.CivicLabException has neither builder nor of()",
        failure("{}", CivicLabException.class));
  }

  @Test
  void stringsDecodeTheirEscapes() {
    assertEquals("a\"b\\c/d", decode("\"a\\\"b\\\\c\\/d\"", String.class));
    assertEquals("Aé€x", decode("\"\\u0041\\u00e9\\u20ACx\"", String.class));
    assertEquals("", decode("\"\"", String.class));
  }

  @Test
  void malformedTextFailsAtItsOffset() {
    assertEquals("document at offset 0: unexpected end", failure("", String.class));
    assertEquals("document at offset 0: unexpected 'x'", failure("x", String.class));
    assertEquals("document at offset 1: unexpected end", failure("[", String.class));
    assertEquals("document at offset 4: expected ']'", failure("[\"a\"", String.class));
    assertEquals("document at offset 4: expected ']'", failure("[\"a\"}", String.class));
    assertEquals("document at offset 4: expected ':'", failure("{\"a\" \"1\"}", String.class));
    assertEquals("document at offset 8: expected '}'", failure("{\"a\":\"1\"]", String.class));
    assertEquals("document at offset 1: expected '\"'", failure("{a:\"1\"}", String.class));
    assertEquals("document at offset 16: key 'a' twice",
        failure("{\"a\":\"1\",\"a\":\"2\"}", String.class));
    assertEquals("document at offset 3: unexpected text after the document",
        failure("\"a\" ", String.class));
    assertEquals("document at offset 2: unexpected text after the document",
        failure("{}{}", Object.class));
    assertEquals("document at offset 4: unterminated string", failure("\"abc", String.class));
    assertEquals("document at offset 2: bad \\u escape", failure("\"\\u00zz\"", String.class));
    assertEquals("document at offset 2: bad escape", failure("\"\\q\"", String.class));
    assertEquals("document at offset 2: bad escape", failure("\"\\u00\"", String.class),
        "a \\u without four digits");
    assertEquals("document at offset 2: bad escape", failure("\"\\", String.class));
    assertEquals("document $: expected a JSON string", failure("[]", String.class));
    assertEquals("document $: expected a JSON array", failure("{}", com.google.common.collect
        .ImmutableList.class));
  }
}
