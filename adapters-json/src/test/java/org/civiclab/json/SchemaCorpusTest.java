package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schema, run by an independent draft 2020-12 validator (networknt, with
 * ECMA-262 regular expressions through Joni and format assertions off, as most validators
 * run by default), is as strict as the reader on the corpus {@code schema/invalid-documents.json}
 * and accepts every document the writer emits. The same corpus and the written documents
 * (left in {@code target/schema-documents}) are checked again by Python's {@code jsonschema}
 * in CI ({@code .ci/schema-check.py}).
 */
class SchemaCorpusTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final Path WRITTEN = Path.of("target", "schema-documents");
  private static Schema schema;
  private static JsonNode corpus;
  private final CivicLabJson json = CivicLabJson.create();

  @BeforeAll
  static void load() throws IOException {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
        .formatAssertionsEnabled(false)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config));
    try (InputStream in = CivicLabJson.class.getResourceAsStream("civiclab-v1.schema.json")) {
      assertNotNull(in, "the schema is in the jar next to CivicLabJson");
      schema = registry.getSchema(MAPPER.readTree(in));
    }
    try (InputStream in = SchemaCorpusTest.class.getResourceAsStream(
        "schema/invalid-documents.json")) {
      assertNotNull(in, "the corpus is among the test resources");
      corpus = MAPPER.readTree(in);
    }
  }

  static Stream<Arguments> cases() {
    return named("cases");
  }

  static Stream<Arguments> beyond() {
    return named("beyondTheSchema");
  }

  private static Stream<Arguments> named(String list) {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : corpus.get(list)) {
      out.add(Arguments.of(c.get("reason").asString(), c));
    }
    return out.stream();
  }

  @Test
  void theCorpusIsLargeAndEveryBaseIsValid() {
    assertTrue(corpus.get("cases").size() >= 60, "at least 60 invalid documents");
    for (Map.Entry<String, JsonNode> base : corpus.get("bases").properties()) {
      assertEquals(List.of(), schema.validate(base.getValue()), base.getKey());
      assertEquals("", readerProblem(base.getKey(), base.getValue()), base.getKey());
    }
  }

  @Test
  void aSchemaKeyIsAllowedByBothTheSchemaAndTheReader() {
    JsonNode doc = corpus.get("bases").get("program").deepCopy();
    ((ObjectNode) doc).put("$schema", "https://civiclab.org/schema/civiclab-v1.schema.json");
    assertEquals(List.of(), schema.validate(doc));
    assertEquals("", readerProblem("program", doc));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theReaderAndTheSchemaBothRejectEachInvalidDocument(String reason, JsonNode c) {
    JsonNode doc = apply(c);
    assertFalse(readerProblem(c.get("base").asString(), doc).isEmpty(),
        "the reader accepts: " + reason);
    assertFalse(schema.validate(doc).isEmpty(), "the schema accepts: " + reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyond")
  void whatOnlyTheReaderChecksIsListed(String reason, JsonNode c) {
    JsonNode doc = apply(c);
    assertFalse(readerProblem(c.get("base").asString(), doc).isEmpty(),
        "the reader accepts: " + reason);
    List<Error> errors = schema.validate(doc);
    assertEquals(List.of(), errors, "the schema now checks '" + reason
        + "': move the case from beyondTheSchema to cases");
  }

  @Test
  void everyWrittenDocumentConforms() throws IOException {
    Files.createDirectories(WRITTEN);
    write("rich-program", json.toJson(Rich.program()).getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream rich = new ByteArrayOutputStream();
    json.writeDirectory(Rich.directory(), rich);
    write("rich-directory", rich.toByteArray());
    for (long seed = 0; seed < 40; seed++) {
      ProgramGenerator.Generated g = ProgramGenerator.generate(seed * 101, (int) (seed % 5));
      write("program-" + seed, json.toJson(g.program()).getBytes(StandardCharsets.UTF_8));
      ByteArrayOutputStream dir = new ByteArrayOutputStream();
      json.writeDirectory(g.directory(), dir);
      write("directory-" + seed, dir.toByteArray());
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (StreamingWriter<Attendance> w = json.attendanceWriter(log)) {
        for (Attendance a : ProgramGenerator.attendance(g, seed)) {
          w.write(a);
        }
      }
      write("attendance-" + seed, log.toByteArray());
    }
  }

  private void write(String name, byte[] document) throws IOException {
    List<Error> errors = schema.validate(MAPPER.readTree(document));
    assertEquals(List.of(), errors, name);
    Files.write(WRITTEN.resolve(name + ".json"), document);
  }

  /** The reader's first problem with a document of the base's kind, or "" when it accepts. */
  private String readerProblem(String kind, JsonNode doc) {
    byte[] bytes = MAPPER.writeValueAsBytes(doc);
    try {
      switch (kind) {
        case "program":
          json.readProgram(new String(bytes, StandardCharsets.UTF_8));
          break;
        case "directory":
          json.readDirectory(new ByteArrayInputStream(bytes));
          break;
        case "attendance":
          json.readAttendance(new ByteArrayInputStream(bytes), a -> { });
          break;
        default:
          fail("no base kind " + kind);
      }
      return "";
    } catch (InvalidInputException e) {
      return String.valueOf(e.getMessage());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The case's base with its edits applied (see the corpus's description). */
  static JsonNode apply(JsonNode c) {
    JsonNode doc = corpus.get("bases").get(c.get("base").asString()).deepCopy();
    if (c.has("set")) {
      for (Map.Entry<String, JsonNode> e : c.get("set").properties()) {
        if (e.getKey().isEmpty()) {
          doc = e.getValue();
          continue;
        }
        String[] tokens = tokens(e.getKey());
        JsonNode parent = walk(doc, tokens);
        String last = tokens[tokens.length - 1];
        if (parent instanceof ArrayNode a) {
          if (last.equals("-")) {
            a.add(e.getValue());
          } else {
            a.set(Integer.parseInt(last), e.getValue());
          }
        } else {
          ((ObjectNode) parent).set(last, e.getValue());
        }
      }
    }
    if (c.has("remove")) {
      for (JsonNode p : c.get("remove")) {
        String[] tokens = tokens(p.asString());
        JsonNode parent = walk(doc, tokens);
        String last = tokens[tokens.length - 1];
        if (parent instanceof ArrayNode a) {
          a.remove(Integer.parseInt(last));
        } else {
          assertNotNull(((ObjectNode) parent).remove(last), p.asString());
        }
      }
    }
    return doc;
  }

  private static String[] tokens(String pointer) {
    assertTrue(pointer.startsWith("/"), pointer);
    String[] t = pointer.substring(1).split("/", -1);
    for (int i = 0; i < t.length; i++) {
      t[i] = t[i].replace("~1", "/").replace("~0", "~");
    }
    return t;
  }

  private static JsonNode walk(JsonNode doc, String[] tokens) {
    JsonNode at = doc;
    for (int i = 0; i < tokens.length - 1; i++) {
      at = at.isArray() ? at.get(Integer.parseInt(tokens[i])) : at.get(tokens[i]);
      assertNotNull(at, String.join("/", tokens));
    }
    return at;
  }
}
