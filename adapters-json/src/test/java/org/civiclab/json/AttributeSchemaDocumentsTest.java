package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.Problem;
import org.civiclab.core.model.AttributeDefinition;
import org.civiclab.core.model.AttributeSchema;
import org.civiclab.core.model.AttributeType;
import org.civiclab.core.model.AttributeValue;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Sensitivity;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A program's attribute schema in the JSON format: every field of every definition reads back
 * equal, an empty schema is left out of the document, and a bad definition is rejected with its
 * JSON path, line and column.
 */
class AttributeSchemaDocumentsTest {
  private static final String PERIOD =
      "\"period\": {\"start\": \"2024-01-01\", \"end\": \"2024-12-31\"},";
  private final CivicLabJson json = CivicLabJson.create();

  /** The valid program document of {@link MalformedDocumentsTest} with a schema. */
  private static String withSchema(String definitions) {
    assertTrue(MalformedDocumentsTest.VALID.contains(PERIOD));
    return MalformedDocumentsTest.VALID.replace(PERIOD, PERIOD
        + "\n  \"attributeSchema\": {\"definitions\": [" + definitions + "]},");
  }

  @Test
  void aSchemaOfEveryTypeReadsBackEqual() {
    AttributeSchema schema = ProgramGenerator.attributeSchema();
    assertEquals(EnumSet.allOf(AttributeType.class), schema.definitions().stream()
        .map(AttributeDefinition::type).collect(Collectors.toCollection(
            () -> EnumSet.noneOf(AttributeType.class))));
    assertEquals(EnumSet.allOf(Sensitivity.class), schema.definitions().stream()
        .map(AttributeDefinition::sensitivity).collect(Collectors.toCollection(
            () -> EnumSet.noneOf(Sensitivity.class))));
    for (long seed = 0; seed < 8; seed++) {
      ProgramGenerator.Generated g = ProgramGenerator.generate(seed * 31, (int) (seed % 5));
      Program p = ProgramGenerator.withAttributeSchema(g.program());
      String text = json.toJson(p);
      assertEquals(p, json.readProgram(text), "seed " + seed);
      assertEquals(p, json.readStoredProgram(text), "seed " + seed);
    }
  }

  @Test
  void everyFieldOfADefinitionIsWrittenAndRead() {
    AttributeDefinition level = AttributeDefinition.builder().key("languageLevel")
        .label("Nivo – ნივო").type(AttributeType.CHOICE).addChoices("B1", "B2").required(true)
        .sensitivity(Sensitivity.SPECIAL_CATEGORY).build();
    Program p = ProgramGenerator.generate(3, 2).program().withAttributeSchema(
        AttributeSchema.builder().addDefinitions(level).build());
    String text = json.toJson(p);
    assertTrue(text.contains("\"attributeSchema\""), text);
    for (String field : new String[] {"\"key\"", "\"label\"", "\"type\"", "\"choices\"",
        "\"required\"", "\"sensitivity\"", "\"SPECIAL_CATEGORY\"", "\"CHOICE\""}) {
      assertTrue(text.contains(field), field + " in " + text);
    }
    assertEquals(level, json.readProgram(text).attributeSchema().definitions().get(0));
  }

  @Test
  void requiredAndSensitivityMayBeLeftOut() {
    Program p = json.readProgram(withSchema(
        "{\"key\": \"since\", \"label\": \"Member since\", \"type\": \"DATE\"}"));
    AttributeDefinition d = p.attributeSchema().definitions().get(0);
    assertFalse(d.required());
    assertEquals(Sensitivity.PERSONAL, d.sensitivity());
  }

  @Test
  void anEmptySchemaIsLeftOutSoOldDocumentsStayAsTheyWere() {
    Program p = ProgramGenerator.generate(7, 3).program();
    String text = json.toJson(p);
    assertFalse(text.contains("attributeSchema"), text);
    assertEquals(text, json.toJson(p.withAttributeSchema(AttributeSchema.empty())));
    assertEquals(AttributeSchema.empty(), json.readProgram(text).attributeSchema());
    assertEquals(AttributeSchema.empty(),
        json.readProgram(withSchema("")).attributeSchema());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      unknown type | {"key": "x", "label": "X", "type": "COLOUR"} | \
      program.attributeSchema.definitions[0].type | "COLOUR" | \
      'COLOUR' is not one of TEXT, NUMBER, DATE, CHOICE
      lower-case type | {"key": "x", "label": "X", "type": "text"} | \
      program.attributeSchema.definitions[0].type | "text" | 'text' is not one of TEXT
      unknown sensitivity | {"key": "x", "label": "X", "type": "TEXT", "sensitivity": "SECRET"} \
      | program.attributeSchema.definitions[0].sensitivity | "SECRET" | 'SECRET' is not one of
      required as a string | {"key": "x", "label": "X", "type": "TEXT", "required": "yes"} | \
      program.attributeSchema.definitions[0].required | "yes" | expected true or false
      key missing | {"label": "X", "type": "TEXT"} | program.attributeSchema.definitions[0].key \
      | {"label" | required field 'key' is missing
      key with a space | {"key": "shoe size", "label": "X", "type": "NUMBER"} | \
      program.attributeSchema.definitions[0].key | "shoe size" | is not a key
      built-in key | {"key": "gender", "label": "X", "type": "TEXT"} | \
      program.attributeSchema.definitions[0].key | "gender" | is a built-in attribute
      choices of a text | {"key": "x", "label": "X", "type": "TEXT", "choices": ["a"]} | \
      program.attributeSchema.definitions[0].choices | ["a"] | only a choice attribute has choices
      choice without choices | {"key": "x", "label": "X", "type": "CHOICE"} | \
      program.attributeSchema.definitions[0].choices | {"key": "x" | needs its choices
      a choice twice | {"key": "x", "label": "X", "type": "CHOICE", "choices": ["a", "a"]} | \
      program.attributeSchema.definitions[0].choices[1] | "a"] | 'a' appears twice
      unknown field | {"key": "x", "label": "X", "type": "TEXT", "colour": "red"} | \
      program.attributeSchema.definitions[0].colour | "red" | unknown field 'colour'
      a key twice | {"key": "x", "label": "X", "type": "TEXT"}, \
      {"key": "x", "label": "Y", "type": "DATE"} | program.attributeSchema.definitions[1].key \
      | "x", "label": "Y" | key 'x' is used twice
      """)
  void aBadDefinitionIsRejectedWithItsPathAndPosition(String name, String definitions,
      String path, String marker, String message) {
    String broken = withSchema(definitions);
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(broken));
    String all = e.problems().stream().map(Problem::toString)
        .collect(Collectors.joining("\n"));
    Problem p = e.problems().stream().filter(x -> x.path().equals(path)
        && x.message().contains(message)).findFirst()
        .orElseThrow(() -> new AssertionError("expected " + path + ": " + message + " in\n"
            + all));
    int[] at = MalformedDocumentsTest.position(broken, marker, 1);
    assertEquals(at[0], p.line().orElse(-1), "line of " + p);
    assertEquals(at[1], p.column().orElse(-1), "column of " + p);
    assertTrue(e.getMessage().contains(path), e.getMessage());
  }

  @Test
  void aSchemaThatIsNotAnObjectIsRejected() {
    String broken = MalformedDocumentsTest.VALID.replace(PERIOD,
        PERIOD + "\n  \"attributeSchema\": [],");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(broken));
    assertEquals("program.attributeSchema", e.problems().get(0).path());
    assertTrue(e.problems().get(0).message().contains("expected an object, got an array"));
  }

  @Test
  void readWithItsDirectoryThePeoplesAttributesAreChecked() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(5, 3);
    Program p = ProgramGenerator.withAttributeSchema(g.program());
    Person first = g.directory().person(p.roles().get(0).person()).orElseThrow();
    Person odd = Person.builder().from(first)
        .putAttribute("yearsInService", AttributeValue.text("many"))
        .putAttribute("shoeSize", AttributeValue.number(BigDecimal.valueOf(42))).build();
    DirectorySnapshot directory = g.directory().merge(
        DirectorySnapshot.of(java.util.List.of(odd), java.util.List.of()));
    byte[] text = json.toJson(p).getBytes(StandardCharsets.UTF_8);
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readProgram(new ByteArrayInputStream(text), directory));
    String prefix = "program.people[" + odd.id().value() + "].attributes.";
    assertEquals(Set.of(prefix + "yearsInService", prefix + "shoeSize"), e.problems().stream()
        .map(Problem::path).collect(Collectors.toSet()), e.getMessage());
    assertTrue(e.problems().stream().allMatch(x -> x.line().isPresent()), e.getMessage());
    assertEquals(p, readWith(text, g.directory()));
  }

  private Program readWith(byte[] text, DirectorySnapshot directory) {
    try {
      return json.readProgram(new ByteArrayInputStream(text), directory);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
