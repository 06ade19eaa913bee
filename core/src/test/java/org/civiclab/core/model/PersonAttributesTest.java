package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.analysis.Breakdowns;
import org.civiclab.core.analysis.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PersonAttributesTest {
  private static final ZoneId TBILISI = ZoneId.of("Asia/Tbilisi");

  private static Person.Builder person(String id) {
    return Person.builder().id(PersonId.of(id)).fullName("Person " + id).country("GE")
        .homeZone(TBILISI);
  }

  private static final AttributeSchema SCHEMA = AttributeSchema.builder()
      .addDefinitions(AttributeDefinition.builder().key("level").label("Language level")
          .type(AttributeType.CHOICE).addChoices("A2", "B1", "B2").required(true).build())
      .addDefinitions(AttributeDefinition.builder().key("disability").label("Disability")
          .type(AttributeType.TEXT).sensitivity(Sensitivity.SPECIAL_CATEGORY).build())
      .addDefinitions(AttributeDefinition.builder().key("since").label("Member since")
          .type(AttributeType.DATE).build())
      .build();

  private static String message(Executable build) {
    return assertThrows(InvalidInputException.class, build).getMessage();
  }

  @Test
  void genderKindsAndSelfDescription() {
    assertEquals("not_disclosed", Gender.of(Gender.Kind.NOT_DISCLOSED).key());
    assertEquals("genderfluid", Gender.selfDescribed("genderfluid").key());
    assertTrue(message(() -> Gender.of(Gender.Kind.SELF_DESCRIBED)).contains("selfDescription"));
    assertTrue(message(() -> Gender.selfDescribed(" ")).contains("blank"));
  }

  @Test
  void typedValuesAreChecked() {
    assertEquals("3.5", AttributeValue.number(new BigDecimal("3.50")).value());
    assertTrue(message(() -> AttributeValue.of(AttributeType.NUMBER, "three")).contains("value"));
    assertTrue(message(() -> AttributeValue.of(AttributeType.DATE, "2024-13-01"))
        .contains("date"));
    assertTrue(message(() -> person("a").birthYear(1800).build()).contains("birthYear"));
    assertTrue(message(() -> person("a").putAttribute("gender", AttributeValue.text("x"))
        .build()).contains("built-in"));
    assertTrue(message(() -> AgeBand.of(40, 30)).contains("to"));
    assertEquals("65+", AgeBand.andOlder(65).label());
  }

  @Test
  void schemaNamesEveryProblemWithItsPath() {
    Person ok = person("a").putAttribute("level", AttributeValue.choice("B1")).build();
    Person bad = person("b").putAttribute("level", AttributeValue.choice("C1"))
        .putAttribute("since", AttributeValue.text("long ago"))
        .putAttribute("shoeSize", AttributeValue.number(BigDecimal.TEN)).build();
    Person missing = person("c").build();
    assertTrue(SCHEMA.problems(ok).isEmpty());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SCHEMA.check(List.of(ok, bad, missing)));
    assertEquals(Set.of("people[1].attributes.level", "people[1].attributes.since",
        "people[1].attributes.shoeSize", "people[2].attributes.level"),
        e.problems().stream().map(Problem::path).collect(Collectors.toSet()));
    assertTrue(message(() -> AttributeDefinition.builder().key("x").label("X")
        .type(AttributeType.CHOICE).build()).contains("choices"));
  }

  @Test
  void pseudonymsAreStableSaltedAndDropSpecialCategory() {
    Person p = person("ana").email("ana@example.ge").addAccessNeeds("sign language")
        .putAttribute("level", AttributeValue.choice("B2"))
        .putAttribute("disability", AttributeValue.text("hearing"))
        .putAttribute("since", AttributeValue.date(LocalDate.of(2020, 1, 1)))
        .gender(Gender.of(Gender.Kind.WOMAN)).build();
    Person q = Pseudonyms.pseudonymise(p, SCHEMA, "secret");
    assertEquals(Pseudonyms.pseudonym(PersonId.of("ana"), "secret"), q.id());
    assertNotEquals(Pseudonyms.pseudonym(PersonId.of("ana"), "other"), q.id());
    assertTrue(q.id().value().matches("p-[0-9a-f]{16}"));
    assertTrue(!q.fullName().contains("ana"));
    assertTrue(q.email().isEmpty());
    assertTrue(q.accessNeeds().isEmpty());
    assertEquals(Set.of("level", "since"), q.attributes().keySet());
    assertEquals(p.gender(), q.gender());
  }

  @Test
  void breakdownByAnyAttribute() {
    List<Person> people = List.of(
        person("a").gender(Gender.of(Gender.Kind.WOMAN)).region("Kakheti").build(),
        person("b").gender(Gender.of(Gender.Kind.WOMAN)).region("Imereti").build(),
        person("c").gender(Gender.of(Gender.Kind.MAN)).region("Kakheti").build(),
        person("d").region("Kakheti").putAttribute("level", AttributeValue.choice("B1"))
            .build());
    Table byGender = Breakdowns.people(people, "gender");
    assertEquals("woman", byGender.text(0, "gender"));
    assertEquals(2, byGender.count(0, "people"));
    assertEquals(3, byGender.size());
    Table byRegion = Breakdowns.people(people, "region");
    assertEquals("Kakheti", byRegion.text(0, "region"));
    assertEquals(3, byRegion.count(0, "people"));
    assertEquals("(none)", Breakdowns.people(people, "level").text(0, "level"));
  }
}
