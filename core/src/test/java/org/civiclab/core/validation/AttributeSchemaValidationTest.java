package org.civiclab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.Problem;
import org.civiclab.core.model.AttributeDefinition;
import org.civiclab.core.model.AttributeSchema;
import org.civiclab.core.model.AttributeType;
import org.civiclab.core.model.AttributeValue;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Role;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Sensitivity;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The validator checks the custom attributes of every person a program refers to against the
 * program's {@link AttributeSchema}, and reports each problem once per person at
 * {@code people[<id>].attributes.<key>}.
 */
class AttributeSchemaValidationTest {
  private static final ZoneId TBILISI = ZoneId.of("Asia/Tbilisi");
  private static final AttributeSchema SCHEMA = AttributeSchema.builder()
      .addDefinitions(AttributeDefinition.builder().key("languageLevel").label("Language level")
          .type(AttributeType.CHOICE).addChoices("A2", "B1", "B2", "C1").required(true).build())
      .addDefinitions(AttributeDefinition.builder().key("since").label("Member since")
          .type(AttributeType.DATE).build())
      .addDefinitions(AttributeDefinition.builder().key("disability").label("Disability")
          .type(AttributeType.TEXT).sensitivity(Sensitivity.SPECIAL_CATEGORY).build())
      .build();

  private static Person person(String id) {
    return Person.builder().id(PersonId.of(id)).fullName("Person " + id).country("GE")
        .homeZone(TBILISI).build();
  }

  private static final Person CONFORMING = Person.builder().from(person("ana"))
      .putAttribute("languageLevel", AttributeValue.choice("B2"))
      .putAttribute("since", AttributeValue.date(LocalDate.of(2021, 9, 1)))
      .putAttribute("disability", AttributeValue.text("hearing")).build();
  private static final Person UNDECLARED = Person.builder().from(person("bo"))
      .putAttribute("languageLevel", AttributeValue.choice("B1"))
      .putAttribute("shoeSize", AttributeValue.number(new BigDecimal("42"))).build();
  private static final Person WRONG_TYPE = Person.builder().from(person("cy"))
      .putAttribute("languageLevel", AttributeValue.choice("A2"))
      .putAttribute("since", AttributeValue.number(new BigDecimal("2021"))).build();
  private static final Person MISSING = Person.builder().from(person("dee"))
      .putAttribute("since", AttributeValue.date(LocalDate.of(2022, 1, 10))).build();

  private static final DirectorySnapshot DIRECTORY = DirectorySnapshot.of(
      List.of(CONFORMING, UNDECLARED, WRONG_TYPE, MISSING),
      List.of(Organization.builder().id(OrganizationId.of("ngo"))
          .name(LocalizedText.of("ka", "ორგანიზაცია")).sector(Sector.CIVIL_SOCIETY)
          .country("GE").build()));

  private static Program program(AttributeSchema schema, String... people) {
    Program.Builder b = Program.builder().id(ProgramId.of("circles-2024"))
        .title(LocalizedText.of("en", "Learning circles")).organizer(OrganizationId.of("ngo"))
        .zone(TBILISI).period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .attributeSchema(schema);
    for (String p : people) {
      b.addRole(RoleAssignment.of(PersonId.of(p), Role.PARTICIPANT));
    }
    return b.build();
  }

  private static List<String> paths(ValidationReport report) {
    return report.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  @Test
  void reportsAnUndeclaredKeyAWrongTypeAndAMissingRequiredAttributeAtTheirPaths() {
    ValidationReport report = ProgramValidator.validate(
        program(SCHEMA, "ana", "bo", "cy", "dee"), DIRECTORY);
    assertEquals(List.of("people[bo].attributes.shoeSize", "people[cy].attributes.since",
        "people[dee].attributes.languageLevel"), paths(report), report.toString());
    List<Problem> problems = report.problems();
    assertEquals("attribute 'shoeSize' is not declared by the program's attribute schema",
        problems.get(0).message());
    assertEquals("expected a DATE value, got NUMBER", problems.get(1).message());
    assertEquals("required attribute 'languageLevel' (Language level) is missing",
        problems.get(2).message());
  }

  @Test
  void aConformingPersonGivesNoProblem() {
    assertTrue(ProgramValidator.validate(program(SCHEMA, "ana"), DIRECTORY).isValid());
  }

  @Test
  void aChoiceOutsideTheChoicesIsReported() {
    Person off = Person.builder().from(person("eka"))
        .putAttribute("languageLevel", AttributeValue.choice("C2")).build();
    DirectorySnapshot directory = DIRECTORY.merge(DirectorySnapshot.of(List.of(off), List.of()));
    ValidationReport report = ProgramValidator.validate(program(SCHEMA, "eka"), directory);
    assertEquals(List.of("people[eka].attributes.languageLevel"), paths(report));
    assertTrue(report.problems().get(0).message().contains("'C2' is not one of"),
        report.toString());
  }

  @Test
  void eachPersonIsReportedOnceHoweverOftenTheProgramRefersToThem() {
    Program twice = program(SCHEMA, "dee", "dee");
    assertEquals(List.of("people[dee].attributes.languageLevel"),
        paths(ProgramValidator.validate(twice, DIRECTORY)));
  }

  @Test
  void peopleMissingFromTheDirectoryAreReportedWhereTheyAreReferredToOnly() {
    ValidationReport report = ProgramValidator.validate(program(SCHEMA, "ghost", "ana"),
        DIRECTORY);
    assertEquals(List.of("roles[0].person"), paths(report), report.toString());
  }

  @Test
  void withoutADirectoryAttributesAreLeftOpen() {
    assertTrue(ProgramValidator.validateStructure(program(SCHEMA, "bo", "cy", "dee")).isValid());
  }

  @Test
  void anEmptySchemaDeclaresNothing() {
    Program p = program(AttributeSchema.empty(), "ana");
    assertEquals(AttributeSchema.empty(), Program.builder().from(p).build().attributeSchema());
    assertEquals(List.of("people[ana].attributes.disability",
        "people[ana].attributes.languageLevel", "people[ana].attributes.since"),
        paths(ProgramValidator.validate(p, DIRECTORY)).stream().sorted()
            .collect(Collectors.toList()));
  }

  /** The README's example, line for line, so that it compiles and prints what it says. */
  @Test
  void theReadmeExample() {
    Program base = program(AttributeSchema.empty(), "ana");
    DirectorySnapshot directory = DirectorySnapshot.of(List.of(person("ana")),
        DIRECTORY.organizations().values());
    AttributeSchema schema = AttributeSchema.builder()
        .addDefinitions(AttributeDefinition.builder().key("languageLevel").label("Language level")
            .type(AttributeType.CHOICE).addChoices("B1", "B2", "C1").required(true).build())
        .build();
    Program program = Program.builder().from(base)   // a program with ana among its participants
        .attributeSchema(schema).build();
    List<String> printed = ProgramValidator.validate(program, directory).problems().stream()
        .map(Problem::toString).collect(Collectors.toList());
    assertEquals(List.of("people[ana].attributes.languageLevel: required attribute"
        + " 'languageLevel' (Language level) is missing"), printed);
  }

  @Test
  void theOracleAgrees() {
    Program p = program(SCHEMA, "ana", "bo", "cy", "dee", "ghost");
    assertEquals(NaiveProgramValidator.validate(p, DIRECTORY),
        ProgramValidator.validate(p, DIRECTORY).problems());
  }
}
