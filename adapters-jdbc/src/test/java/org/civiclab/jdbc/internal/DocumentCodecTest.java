package org.civiclab.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Program;
import org.civiclab.core.testing.DomainArbitraries;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

class DocumentCodecTest {

  @Property(tries = 150)
  void programsRoundTripExactlyAndDeterministically(@ForAll("programs")
      ProgramGenerator.Generated generated) {
    Program p = generated.program();
    String text = DocumentCodec.encode(p, Program.class);
    Program back = DocumentCodec.decode(text, Program.class);
    assertEquals(p, back);
    assertEquals(text, DocumentCodec.encode(back, Program.class));
  }

  @Property(tries = 50)
  void peopleAndOrganizationsRoundTrip(@ForAll("programs") ProgramGenerator.Generated generated) {
    for (Person p : generated.directory().people().values()) {
      assertEquals(p, DocumentCodec.decode(DocumentCodec.encode(p, Person.class), Person.class));
    }
    for (Organization o : generated.directory().organizations().values()) {
      assertEquals(o, DocumentCodec.decode(DocumentCodec.encode(o, Organization.class),
          Organization.class));
    }
  }

  @Property(tries = 100)
  void textsInAnyScriptRoundTrip(@ForAll("texts") LocalizedText text) {
    Program p = ProgramGenerator.generate(1, 1).program()
        .withTitle(text);
    assertEquals(text, DocumentCodec.decode(DocumentCodec.encode(p, Program.class),
        Program.class).title());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<ProgramGenerator.Generated> programs() {
    return DomainArbitraries.programs(4);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<LocalizedText> texts() {
    return DomainArbitraries.localizedTexts();
  }

  @Test
  void keepsTabsNewlinesQuotesAndBackslashes() {
    Program p = ProgramGenerator.generate(2, 1).program()
        .withTitle(LocalizedText.of("en", "tab\there \"q\" back\\slash \uD835\uDD38 line\nbreak"));
    String text = DocumentCodec.encode(p, Program.class);
    assertEquals(p, DocumentCodec.decode(text, Program.class));
    assertTrue(!text.contains("\n"), text);
  }

  @Test
  void keepsZoneAndLocalTimesApart() {
    TimeSpan span = TimeSpan.on(java.time.LocalDate.of(2026, 10, 25), java.time.LocalTime.of(1, 30),
        java.time.LocalTime.of(4, 0), ZoneId.of("Europe/Sarajevo"));
    String text = DocumentCodec.encode(span, TimeSpan.class);
    assertEquals("{\"start\":\"2026-10-25T01:30\",\"end\":\"2026-10-25T04:00\","
        + "\"zone\":\"Europe/Sarajevo\"}", text);
    assertEquals(span, DocumentCodec.decode(text, TimeSpan.class));
  }

  @Test
  void rejectsBrokenOrForeignDocuments() {
    String good = DocumentCodec.encode(ProgramGenerator.generate(3, 2).program(), Program.class);
    for (String bad : List.of("", "{", "[]", good + "x", good.replace("\"id\":", "\"idx\":"),
        "{\"id\":[]}", good.substring(0, good.length() / 2))) {
      assertThrows(IllegalArgumentException.class, () -> DocumentCodec.decode(bad, Program.class),
          bad.length() > 60 ? bad.substring(0, 60) : bad);
    }
    String invalid = good.replace("\"period\":{\"start\":\"", "\"period\":{\"start\":\"+9");
    assertTrue(!invalid.equals(good));
    assertThrows(InvalidInputException.class, () -> DocumentCodec.decode(invalid, Program.class));
    assertThrows(IllegalArgumentException.class,
        () -> DocumentCodec.encode(new Object(), Object.class));
  }

  @Test
  void invariantsRunAgainOnDecode() {
    String text = DocumentCodec.encode(ProgramGenerator.generate(4, 2).directory().people()
        .values().iterator().next(), Person.class);
    String broken = text.replaceFirst("\"country\":\"[A-Z]+\"", "\"country\":\"sweden\"");
    assertThrows(InvalidInputException.class, () -> DocumentCodec.decode(broken, Person.class));
  }
}
