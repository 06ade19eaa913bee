package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.DomainArbitraries;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/** Anything written reads back equal: programs, directories, attendance logs. */
class RoundTripTest {
  private final CivicLabJson json = CivicLabJson.create();

  @Provide
  Arbitrary<ProgramGenerator.Generated> programs() {
    return DomainArbitraries.programs();
  }

  @Property(tries = 60)
  void anyGeneratedProgramReadsBackEqual(@ForAll("programs") ProgramGenerator.Generated g)
      throws IOException {
    String text = json.toJson(g.program());
    assertEquals(g.program(), json.readProgram(text));
    assertEquals(g.program(), json.readProgram(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), g.directory()));
  }

  @Property(tries = 30)
  void anyGeneratedDirectoryReadsBackEqual(@ForAll("programs") ProgramGenerator.Generated g)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDirectory(g.directory(), out);
    DirectorySnapshot back = json.readDirectory(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(g.directory(), back);
  }

  @Property(tries = 30)
  void attendanceReadsBackEqualInOrder(@ForAll("programs") ProgramGenerator.Generated g)
      throws IOException {
    List<Attendance> records = ProgramGenerator.attendance(g, 5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StreamingWriter<Attendance> w = json.attendanceWriter(out)) {
      for (Attendance a : records) {
        w.write(a);
      }
    }
    List<Attendance> back = new ArrayList<>();
    long n = json.readAttendance(new ByteArrayInputStream(out.toByteArray()), back::add);
    assertEquals(records, back);
    assertEquals(records.size(), n);
  }

  @Test
  void aProgramWithEveryOptionalFieldReadsBackEqual() throws IOException {
    String text = json.toJson(Rich.program());
    assertEquals(Rich.program(), json.readProgram(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), Rich.directory()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDirectory(Rich.directory(), out);
    assertEquals(Rich.directory(), json.readDirectory(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void travelDaysAndHostAvailabilityReadBackAndAreLeftOutWhenNotStated() {
    org.civiclab.core.model.Program rich = Rich.program();
    String text = json.toJson(rich);
    org.civiclab.core.model.ExchangeVisit visit = json.readProgram(text).exchangeVisits().get(0);
    assertEquals(1, visit.travelDays());
    assertEquals(rich.exchangeVisits().get(0).hostAvailability(), visit.hostAvailability());
    assertEquals(java.util.List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
        java.util.Arrays.asList(text.replaceAll("(?s).*\"weekdays\"\\s*:\\s*\\[([^\\]]*)\\].*",
            "$1").replaceAll("[\"\\s]", "").split(",")));
    // a visit that states neither writes neither, so documents from before read unchanged
    org.civiclab.core.model.Program plain = rich.withExchangeVisits(java.util.List.of(
        org.civiclab.core.model.ExchangeVisit.builder().from(rich.exchangeVisits().get(0))
            .travelDays(0).hostAvailability(java.util.Optional.empty()).build()));
    String plainText = json.toJson(plain);
    org.junit.jupiter.api.Assertions.assertFalse(plainText.contains("travelDays"), plainText);
    org.junit.jupiter.api.Assertions.assertFalse(plainText.contains("hostAvailability"));
    assertEquals(plain, json.readProgram(plainText));
  }

  @Test
  void writingIsDeterministic() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(3, 4);
    assertEquals(json.toJson(g.program()), json.toJson(json.readProgram(json.toJson(g.program()))));
  }
}
