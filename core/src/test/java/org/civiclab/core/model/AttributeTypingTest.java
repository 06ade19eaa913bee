package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * The typing of custom person attributes, to the message: a value's canonical form per type
 * ({@link AttributeValue}), what a definition may declare ({@link AttributeDefinition}), and
 * what a schema finds wrong with a person and at which path ({@link AttributeSchema}),
 * including the sensitivity it gives built-in, declared and unknown keys.
 */
class AttributeTypingTest {
  private static final ZoneId SARAJEVO = ZoneId.of("Europe/Sarajevo");

  private static List<Problem> refused(Supplier<?> build) {
    return assertThrows(InvalidInputException.class, build::get).problems();
  }

  private static AttributeDefinition.Builder def(String key, AttributeType type) {
    return AttributeDefinition.builder().key(key).label("Label of " + key).type(type);
  }

  private static Person.Builder person(String id) {
    return Person.builder().id(PersonId.of(id)).fullName("Amra " + id).country("BA")
        .homeZone(SARAJEVO);
  }

  private static final AttributeSchema SCHEMA = AttributeSchema.builder()
      .addDefinitions(def("level", AttributeType.CHOICE).addChoices("A1", "B2").required(true)
          .build())
      .addDefinitions(def("joined", AttributeType.DATE).build())
      .addDefinitions(def("score", AttributeType.NUMBER).sensitivity(Sensitivity.SPECIAL_CATEGORY)
          .build())
      .build();

  @Test
  void numbersAreKeptInTheirPlainCanonicalForm() {
    assertEquals("12.5", AttributeValue.number(new BigDecimal("12.50")).value());
    assertEquals("1000", AttributeValue.number(new BigDecimal("1E+3")).value());
    assertEquals("0", AttributeValue.number(new BigDecimal("0.000")).value());
    assertEquals("-3.25", AttributeValue.number(new BigDecimal("-3.250")).value());
    assertEquals(AttributeType.NUMBER, AttributeValue.number(BigDecimal.TEN).type());
    assertEquals("2024-03-01", AttributeValue.date(LocalDate.of(2024, 3, 1)).value());
    assertEquals(AttributeType.DATE, AttributeValue.date(LocalDate.of(2024, 3, 1)).type());
    assertEquals(AttributeValue.of(AttributeType.CHOICE, "B2"), AttributeValue.choice("B2"));
    assertEquals(AttributeValue.of(AttributeType.TEXT, " "), AttributeValue.text(" "));
    assertEquals("B2", AttributeValue.choice("B2").toString());
  }

  @Property(tries = 100)
  void everyBigDecimalGivesACanonicalNumberThatParsesBackEqual(
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long unscaled,
      @ForAll @IntRange(min = -4, max = 6) int scale) {
    BigDecimal n = BigDecimal.valueOf(unscaled, scale);
    AttributeValue v = AttributeValue.number(n);
    assertEquals(0, new BigDecimal(v.value()).compareTo(n));
    assertEquals(v, AttributeValue.of(AttributeType.NUMBER, v.value()));
  }

  @Test
  void aValueOutOfItsTypesFormIsRefusedWithItsText() {
    assertEquals(List.of(Problem.at("value",
        "'12.50' is not a number in canonical form such as 12 or 3.5")),
        refused(() -> AttributeValue.of(AttributeType.NUMBER, "12.50")));
    assertEquals(List.of(Problem.at("value", "'twelve' is not a number such as 12 or 3.5")),
        refused(() -> AttributeValue.of(AttributeType.NUMBER, "twelve")));
    assertEquals(List.of(Problem.at("value", "'2024-02-30' is not a date such as 2024-03-01")),
        refused(() -> AttributeValue.of(AttributeType.DATE, "2024-02-30")));
    assertEquals(List.of(Problem.at("value", "a choice must not be blank")),
        refused(() -> AttributeValue.choice("  ")));
    List<Problem> control = refused(() -> AttributeValue.of(AttributeType.NUMBER, "1\u0000"));
    assertEquals(1, control.size());
    assertEquals("value", control.get(0).path());
    assertEquals(List.of(Problem.at("value", "contains the control character \\u0001 at index 0;"
        + " a text may hold tab and newline but no other character U+0000 to U+001F")),
        refused(() -> AttributeValue.text("\u0001")));
  }

  @Test
  void aDefinitionsKeyIsAPlainWordThatNamesNoBuiltInAttribute() {
    String longest = "k" + "x".repeat(63);
    assertEquals(longest, def(longest, AttributeType.TEXT).build().key());
    assertEquals(List.of(Problem.at("key", "'" + longest.substring(0, 60) + "'... (65 characters)"
        + " is not a key: letters, digits, - and _, starting with a letter")),
        refused(() -> def(longest + "x", AttributeType.TEXT).build()));
    assertEquals(List.of(Problem.at("key",
        "'1st' is not a key: letters, digits, - and _, starting with a letter")),
        refused(() -> def("1st", AttributeType.TEXT).build()));
    assertEquals(List.of(Problem.at("key",
        "'careerStage' is a built-in attribute of every person; choose another key")),
        refused(() -> def("careerStage", AttributeType.TEXT).build()));
    assertEquals(List.of("key", "label"), refused(() -> def("a\u0002", AttributeType.TEXT)
        .build()).stream().map(Problem::path).toList());
    AttributeDefinition d = def("a-b_9", AttributeType.TEXT).build();
    assertEquals(false, d.required());
    assertEquals(Sensitivity.PERSONAL, d.sensitivity());
  }

  @Test
  void onlyAChoiceHasChoicesAndItsChoicesAreVisible() {
    assertEquals(List.of(Problem.at("choices", "a choice attribute needs its choices")),
        refused(() -> def("level", AttributeType.CHOICE).build()));
    assertEquals(List.of(Problem.at("choices", "only a choice attribute has choices, not DATE")),
        refused(() -> def("joined", AttributeType.DATE).addChoices("x").build()));
    assertEquals(List.of(Problem.at("label", "must not be blank"),
        Problem.at("choices[1]", "must not be blank")),
        refused(() -> AttributeDefinition.builder().key("level").label(" ")
            .type(AttributeType.CHOICE).addChoices("A1", " ").build()));
  }

  @Test
  void aSchemaDeclaresEachKeyOnceAndFindsItsDefinitions() {
    assertEquals(List.of(Problem.at("definitions[3].key", "key 'level' is used twice")),
        refused(() -> AttributeSchema.builder().from(SCHEMA)
            .addDefinitions(def("level", AttributeType.TEXT).build()).build()));
    assertEquals(Optional.of(AttributeType.DATE),
        SCHEMA.definition("joined").map(AttributeDefinition::type));
    assertEquals(Optional.empty(), SCHEMA.definition("nothing"));
    assertEquals(List.of(), AttributeSchema.empty().definitions());
  }

  @Test
  void sensitivityIsDeclaredBuiltInOrPersonal() {
    assertEquals(Sensitivity.SPECIAL_CATEGORY, SCHEMA.sensitivity("score"));
    assertEquals(Sensitivity.PERSONAL, SCHEMA.sensitivity("level"));
    assertEquals(Sensitivity.SPECIAL_CATEGORY, SCHEMA.sensitivity("accessNeeds"));
    assertEquals(Sensitivity.PERSONAL, SCHEMA.sensitivity("country"));
    assertEquals(Sensitivity.PERSONAL, SCHEMA.sensitivity("unknown"));
    assertEquals(Sensitivity.SPECIAL_CATEGORY, PersonAttributes.sensitivity("accessNeeds"));
    assertEquals(Sensitivity.PERSONAL, PersonAttributes.sensitivity("gender"));
  }

  @Test
  void aPersonWhoFitsTheSchemaHasNoProblem() {
    Person p = person("a").putAttribute("level", AttributeValue.choice("B2"))
        .putAttribute("joined", AttributeValue.date(LocalDate.of(2020, 5, 1))).build();
    assertEquals(List.of(), SCHEMA.problems(p));
    assertEquals(List.of(), AttributeSchema.empty().problems(person("b").build()));
  }

  @Test
  void eachWrongAttributeIsNamedAtItsKeyAndMissingRequiredOnesAfterThem() {
    Person p = person("a").putAttribute("hobby", AttributeValue.text("chess"))
        .putAttribute("joined", AttributeValue.text("2020"))
        .putAttribute("score", AttributeValue.choice("high")).build();
    assertEquals(List.of(
        Problem.at("attributes.hobby",
            "attribute 'hobby' is not declared by the program's attribute schema"),
        Problem.at("attributes.joined", "expected a DATE value, got TEXT"),
        Problem.at("attributes.score", "expected a NUMBER value, got CHOICE"),
        Problem.at("attributes.level", "required attribute 'level' (Label of level) is missing")),
        SCHEMA.problems(p));
    Person wrongChoice = person("b").putAttribute("level", AttributeValue.choice("C1")).build();
    assertEquals(List.of(Problem.at("attributes.level", "'C1' is not one of [A1, B2]")),
        SCHEMA.problems(wrongChoice));
  }

  @Test
  void checkingPeoplePrefixesEachProblemWithItsPlaceInTheList() {
    Person ok = person("a").putAttribute("level", AttributeValue.choice("A1")).build();
    SCHEMA.check(List.of(ok, ok));
    SCHEMA.check(List.of());
    Person missing = person("b").build();
    assertEquals(List.of(Problem.at("people[1].attributes.level",
        "required attribute 'level' (Label of level) is missing"),
        Problem.at("people[2].attributes.level",
            "required attribute 'level' (Label of level) is missing")),
        refused(() -> {
          SCHEMA.check(List.of(ok, missing, missing));
          return null;
        }));
  }
}
