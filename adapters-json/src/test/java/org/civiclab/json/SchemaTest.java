package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar agrees with the writer: every document the writer emits
 * conforms to it (a small walker checks properties, required fields, types, enums, constants
 * and patterns), and every property the schema names is emitted by some generated document.
 */
class SchemaTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static JsonNode schema;
  private final Set<String> visited = new TreeSet<>();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = CivicLabJson.class.getResourceAsStream("civiclab-v1.schema.json")) {
      assertNotNull(in, "the schema is in the jar next to CivicLabJson");
      schema = PLAIN.readTree(in);
    }
  }

  @Test
  void theSchemaIsDraft202012AndNamesEveryDocumentKind() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    Set<String> kinds = new TreeSet<>();
    for (JsonNode ref : schema.get("oneOf")) {
      JsonNode def = resolve(ref);
      kinds.add(def.get("properties").get("kind").get("const").asText());
      assertEquals("civiclab", def.get("properties").get("format").get("const").asText());
      assertEquals(CivicLabJson.VERSION, def.get("properties").get("version").get("const")
          .asInt());
    }
    assertEquals(Set.of("program", "directory", "attendance"), kinds);
  }

  @Test
  void everyDocumentTheWriterEmitsConformsAndUsesEveryProperty() throws IOException {
    CivicLabJson json = CivicLabJson.create();
    check(PLAIN.readTree(json.toJson(Rich.program())));
    ByteArrayOutputStream rich = new ByteArrayOutputStream();
    json.writeDirectory(Rich.directory(), rich);
    check(PLAIN.readTree(rich.toByteArray()));
    for (long seed = 0; seed < 40; seed++) {
      ProgramGenerator.Generated g = ProgramGenerator.generate(seed * 101, (int) (seed % 5));
      check(PLAIN.readTree(json.toJson(g.program())));
      check(PLAIN.readTree(json.toJson(
          org.civiclab.core.testing.SurveyGenerator.withSurveys(g.program(), seed))));
      check(PLAIN.readTree(json.toJson(org.civiclab.core.testing.ResultsGenerator.withResults(
          org.civiclab.core.testing.SurveyGenerator.withSurveys(g.program(), seed), seed))));
      ByteArrayOutputStream dir = new ByteArrayOutputStream();
      json.writeDirectory(g.directory(), dir);
      check(PLAIN.readTree(dir.toByteArray()));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (StreamingWriter<Attendance> w = json.attendanceWriter(log)) {
        int i = 0;
        for (Attendance a : ProgramGenerator.attendance(g, seed)) {
          w.write(i % 3 == 0 ? a : a.withMode(i % 3 == 1
              ? org.civiclab.core.model.DeliveryMode.ONLINE
              : org.civiclab.core.model.DeliveryMode.ON_SITE).withMinutes(i));
          i++;
        }
      }
      check(PLAIN.readTree(log.toByteArray()));
    }
    Set<String> declared = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> defs = schema.get("$defs").fields();
    while (defs.hasNext()) {
      Map.Entry<String, JsonNode> d = defs.next();
      if (d.getValue().has("properties")) {
        d.getValue().get("properties").fieldNames()
            .forEachRemaining(p -> declared.add(d.getKey() + "." + p));
      }
    }
    declared.removeAll(visited);
    // the store's revision is written only by the file store; $schema only by hand
    assertEquals(Set.of("programDocument.revision", "programDocument.$schema",
        "directoryDocument.$schema", "attendanceDocument.$schema"), declared,
        "properties of the schema that no written document uses");
  }

  private void check(JsonNode document) {
    JsonNode kind = document.get("kind");
    for (JsonNode ref : schema.get("oneOf")) {
      if (resolve(ref).get("properties").get("kind").get("const").equals(kind)) {
        walk(document, ref, "");
        return;
      }
    }
    fail("no document kind " + kind);
  }

  private static JsonNode resolve(JsonNode s) {
    while (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      assertTrue(ref.startsWith("#/$defs/"), ref);
      s = schema.get("$defs").get(ref.substring("#/$defs/".length()));
      assertNotNull(s, "dangling " + ref);
    }
    return s;
  }

  private void walk(JsonNode value, JsonNode s, String path) {
    String defName = s.has("$ref") ? s.get("$ref").asText().substring("#/$defs/".length()) : null;
    s = resolve(s);
    if (s.has("const")) {
      assertEquals(s.get("const"), value, path);
    }
    if (s.has("enum")) {
      List<JsonNode> allowed = new ArrayList<>();
      s.get("enum").forEach(allowed::add);
      assertTrue(allowed.contains(value), path + ": " + value + " not in " + allowed);
    }
    if (s.has("pattern")) {
      assertTrue(Pattern.compile(s.get("pattern").asText()).matcher(value.asText()).find(),
          path + ": '" + value.asText() + "' does not match " + s.get("pattern"));
    }
    String type = s.has("type") ? s.get("type").asText() : "";
    switch (type) {
      case "object":
        assertTrue(value.isObject(), path + " is an object");
        s.path("required").forEach(r -> assertTrue(value.has(r.asText()),
            path + " lacks required " + r));
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> f = fields.next();
          String sub = path + "." + f.getKey();
          if (s.has("propertyNames") && s.get("propertyNames").has("enum")) {
            walk(PLAIN.getNodeFactory().textNode(f.getKey()), s.get("propertyNames"), sub);
          }
          JsonNode p = s.path("properties").get(f.getKey());
          if (p != null) {
            visited.add(defName + "." + f.getKey());
            walk(f.getValue(), p, sub);
          } else if (s.path("additionalProperties").isObject()) {
            walk(f.getValue(), s.get("additionalProperties"), sub);
          } else {
            fail(sub + " is not in the schema (" + defName + ")");
          }
        }
        break;
      case "array":
        assertTrue(value.isArray(), path + " is an array");
        for (int i = 0; i < value.size(); i++) {
          walk(value.get(i), s.get("items"), path + "[" + i + "]");
        }
        break;
      case "string":
        assertTrue(value.isTextual(), path + " is a string");
        break;
      case "integer":
        assertTrue(value.isIntegralNumber(), path + " is an integer");
        break;
      case "boolean":
        assertTrue(value.isBoolean(), path + " is a boolean");
        break;
      default:
        break;
    }
  }
}
