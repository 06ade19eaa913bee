package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** The Jackson module: same mapping, same strictness, same exception. */
class CivicLabModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new CivicLabModule());

  @Test
  void programsAndPeopleRoundTripThroughAnObjectMapper() throws Exception {
    ProgramGenerator.Generated g = ProgramGenerator.generate(9, 4);
    String text = mapper.writeValueAsString(g.program());
    assertEquals(g.program(), mapper.readValue(text, Program.class));
    assertEquals(g.program(), mapper.readValue(text, generatedClass(Program.class)));
    for (Person p : g.directory().people().values()) {
      assertEquals(p, mapper.readValue(mapper.writeValueAsString(p), Person.class));
    }
    Attendance a = Attendance.builder().program(ProgramId.of("p")).event(EventId.of("e"))
        .person(PersonId.of("x")).status(AttendanceStatus.LATE)
        .recordedAt(Instant.parse("2024-05-01T10:15:30Z")).build();
    assertEquals(a, mapper.readValue(mapper.writeValueAsString(a), Attendance.class));
  }

  @Test
  void theSameTextAsTheDocumentsProgramField() throws Exception {
    Program p = ProgramGenerator.generate(2, 2).program();
    String doc = CivicLabJson.create().toJson(p);
    Program viaMapper = mapper.readValue(mapper.readTree(doc).get("program").toString(),
        Program.class);
    assertEquals(p, viaMapper);
  }

  @Test
  void invalidValuesThrowTheDocumentedExceptionAtTheTopLevel() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> mapper.readValue("{\"start\":\"2024-05-02\",\"end\":\"2024-05-01\"}",
            DateRange.class));
    assertEquals("end (line 1, column 29): end 2024-05-01 is before start 2024-05-02",
        e.problems().get(0).toString());
    JsonDocumentException id = assertThrows(JsonDocumentException.class,
        () -> mapper.readValue("\"no spaces allowed\"", PersonId.class));
    assertTrue(id.getMessage().contains("is not a valid PersonId"), id.getMessage());
  }

  @Test
  void theGeneratedClassCannotBypassTheChecks() {
    // immutables#634: a bean deserializer could otherwise build the (package-private, but
    // reflectively reachable) generated implementation unchecked
    assertThrows(JsonDocumentException.class,
        () -> mapper.readValue("{\"id\":\"x\"}", generatedClass(Program.class)));
  }

  /** The Immutables implementation of a value type, found by name as the module finds it. */
  private static Class<?> generatedClass(Class<?> type) throws ClassNotFoundException {
    return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
  }

  @Test
  void insideTheCallersOwnTypesJacksonWrapsIt() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"a\":[{\"start\":\"2024-13-01\",\"end\":\"2024-05-01\"}]}",
            new TypeReference<Map<String, List<DateRange>>>() { }));
    JsonDocumentException cause = assertInstanceOf(JsonDocumentException.class, e.getCause());
    assertEquals("start", cause.problems().get(0).path());
  }
}
