package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.model.Person;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.DomainArbitraries;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/**
 * Documents as a database hands them back: PostgreSQL's {@code jsonb} drops whitespace and
 * orders every object's keys shorter first, then by their bytes. Reading them through the
 * stored-document readers gives the same values.
 */
class StoredDocumentsTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private final CivicLabJson json = CivicLabJson.create();

  @Provide
  Arbitrary<ProgramGenerator.Generated> programs() {
    return DomainArbitraries.programs(4);
  }

  @Property(tries = 40)
  void programsReadBackFromJsonbOrder(@ForAll("programs") ProgramGenerator.Generated g)
      throws Exception {
    String stored = jsonbOrder(json.toJson(g.program()));
    assertTrue(stored.startsWith("{\"kind\""), stored);
    assertEquals(g.program(), json.readStoredProgram(stored));
    assertEquals(g.program(), json.readStoredProgram(json.toJson(g.program())));
  }

  @Property(tries = 20)
  void directoryEntriesReadBackFromJsonbOrder(@ForAll("programs") ProgramGenerator.Generated g)
      throws Exception {
    for (Person p : g.directory().people().values()) {
      DirectorySnapshot one = DirectorySnapshot.of(List.of(p), List.of());
      assertEquals(one, json.readStoredDirectory(jsonbOrder(json.toJson(one))));
      assertEquals(one, json.readStoredDirectory(json.toJson(one)));
    }
  }

  @Test
  void problemsKeepTheirPathsAfterReordering() throws Exception {
    String text = json.toJson(ProgramGenerator.generate(3, 1).program())
        .replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : \"not an id!\"");
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readStoredProgram(jsonbOrder(text)));
    assertEquals("program.id", e.problems().get(0).path(), e.getMessage());
  }

  @Test
  void theHeaderStillDecidesTheKind() throws Exception {
    String directory = json.toJson(DirectorySnapshot.builder().build());
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> json.readStoredProgram(jsonbOrder(directory)));
    assertTrue(e.getMessage().contains("expected a 'program' document"), e.getMessage());
  }

  /** The text PostgreSQL gives back for a jsonb value, without its spaces. */
  static String jsonbOrder(String text) throws Exception {
    return PLAIN.writeValueAsString(sorted(PLAIN.readTree(text)));
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, sorted(node.get(i)));
      }
      return node;
    }
    if (!node.isObject()) {
      return node;
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      fields.add(it.next());
    }
    fields.sort(Comparator.<Map.Entry<String, JsonNode>>comparingInt(f -> f.getKey().length())
        .thenComparing(Map.Entry::getKey));
    ObjectNode out = PLAIN.createObjectNode();
    for (Map.Entry<String, JsonNode> f : fields) {
      out.set(f.getKey(), sorted(f.getValue()));
    }
    return out;
  }
}
