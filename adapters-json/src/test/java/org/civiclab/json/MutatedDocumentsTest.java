package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.DomainArbitraries;
import org.civiclab.core.testing.ProgramGenerator;

/**
 * Fuzzing: any mutation of a valid document (program, directory, attendance log) either reads
 * as valid values or fails with {@link JsonDocumentException}; never with another exception.
 */
class MutatedDocumentsTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final CivicLabJson json = CivicLabJson.create();

  enum Kind { DELETE, REPLACE, RENAME, DUPLICATE_KEY, TRUNCATE, FLIP_CHARACTER, WRAP }

  /** One mutation: what to do, where (an index into the document's nodes or characters). */
  static final class Mutation {
    final Kind kind;
    final int where;
    final JsonNode value;

    Mutation(Kind kind, int where, JsonNode value) {
      this.kind = kind;
      this.where = where;
      this.value = value;
    }

    @Override
    public String toString() {
      return kind + "@" + where + (kind == Kind.REPLACE ? "=" + value : "");
    }
  }

  @Provide
  Arbitrary<ProgramGenerator.Generated> programs() {
    return DomainArbitraries.programs(2);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<JsonNode> values = Arbitraries.oneOf(
        Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.textNode(""),
            NODES.textNode("2024-02-30"), NODES.textNode("Europe/Atlantis"),
            NODES.textNode("ONLINE"), NODES.textNode("PT-1H"), NODES.textNode("seg-2024"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(2147483648L),
            NODES.numberNode(1.5), NODES.objectNode(), NODES.arrayNode()),
        Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
        Arbitraries.integers().map(NODES::numberNode));
    Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, 1_000_000), values).as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 250)
  void anyMutationReadsAsAValidProgramOrFailsWithTheDocumentedException(
      @ForAll("programs") ProgramGenerator.Generated g,
      @ForAll("mutations") List<Mutation> mutations) throws Exception {
    String text = json.toJson(g.program());
    for (Mutation m : mutations) {
      text = apply(text, m);
    }
    Program read;
    try {
      read = json.readProgram(text);
    } catch (JsonDocumentException e) {
      Statistics.collect("rejected");
      assertFalse(e.problems().isEmpty());
      e.problems().forEach(p -> assertFalse(p.message().isBlank(), p.toString()));
      return;
    }
    Statistics.collect("accepted");
    // accepted: then it is a program the API could build, and it round-trips
    assertEquals(read, json.readProgram(json.toJson(read)));
  }

  @Property(tries = 150)
  void anyMutationOfADirectoryOrAttendanceDocumentReadsOrFailsWithTheDocumentedException(
      @ForAll("programs") ProgramGenerator.Generated g,
      @ForAll("mutations") List<Mutation> mutations) throws Exception {
    ByteArrayOutputStream dir = new ByteArrayOutputStream();
    json.writeDirectory(g.directory(), dir);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (StreamingWriter<Attendance> w = json.attendanceWriter(log)) {
      for (Attendance a : ProgramGenerator.attendance(ProgramGenerator.generate(1, 3), 2)) {
        w.write(a);
      }
    }
    String directory = dir.toString(StandardCharsets.UTF_8);
    String attendance = log.toString(StandardCharsets.UTF_8);
    for (Mutation m : mutations) {
      directory = apply(directory, m);
      attendance = apply(attendance, m);
    }
    try {
      DirectorySnapshot d = json.readDirectory(bytes(directory));
      Statistics.label("directory").collect("accepted");
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      json.writeDirectory(d, again);
      assertEquals(d, json.readDirectory(new ByteArrayInputStream(again.toByteArray())));
    } catch (JsonDocumentException e) {
      Statistics.label("directory").collect("rejected");
      assertFalse(e.problems().isEmpty());
    }
    try {
      json.readAttendance(bytes(attendance), a -> { });
      Statistics.label("attendance").collect("accepted");
    } catch (JsonDocumentException e) {
      Statistics.label("attendance").collect("rejected");
      assertFalse(e.problems().isEmpty());
    }
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String apply(String text, Mutation m) throws Exception {
    if (text.isEmpty()) {
      return text;
    }
    switch (m.kind) {
      case TRUNCATE:
        return text.substring(0, m.where % (text.length() + 1));
      case FLIP_CHARACTER: {
        int at = m.where % text.length();
        char[] chars = text.toCharArray();
        chars[at] = "{}[]\",:0a\\ ".charAt(m.where % 11);
        return new String(chars);
      }
      case DUPLICATE_KEY: {
        int at = text.indexOf("\"id\"", m.where % text.length());
        return at < 0 ? text : text.substring(0, at) + "\"id\":\"dup\", " + text.substring(at);
      }
      default:
        break;
    }
    JsonNode root;
    try {
      root = PLAIN.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return text; // an earlier mutation broke the syntax; tree mutations no longer apply
    }
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode parent = containers.get(m.where % containers.size());
    if (parent instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) parent;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty()) {
        return text;
      }
      String name = names.get(m.where % names.size());
      switch (m.kind) {
        case DELETE:
          o.remove(name);
          break;
        case RENAME:
          o.set(name + "X", o.remove(name));
          break;
        case WRAP:
          o.set(name, NODES.arrayNode().add(o.get(name)));
          break;
        default:
          o.set(name, m.value);
      }
    } else {
      ArrayNode a = (ArrayNode) parent;
      if (a.isEmpty()) {
        return text;
      }
      int i = m.where % a.size();
      switch (m.kind) {
        case DELETE:
          a.remove(i);
          break;
        case RENAME:
          a.add(a.get(i).deepCopy());
          break;
        case WRAP:
          a.set(i, NODES.objectNode().set("x", a.get(i)));
          break;
        default:
          a.set(i, m.value);
      }
    }
    return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      if (node.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          collect(fields.next().getValue(), out);
        }
      } else {
        node.forEach(e -> collect(e, out));
      }
    }
  }
}
