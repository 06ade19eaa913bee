package org.civiclab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.civiclab.core.testing.DomainArbitraries;
import org.civiclab.core.testing.ProgramGenerator;

/** The shared generator only produces programs the validator accepts. */
class GeneratedProgramsAreValidTest {

  @Provide
  Arbitrary<ProgramGenerator.Generated> programs() {
    return DomainArbitraries.programs(5);
  }

  @Property(tries = 150)
  void everyGeneratedProgramIsValid(@ForAll("programs") ProgramGenerator.Generated g) {
    ValidationReport report = ProgramValidator.validate(g.program(), g.directory());
    assertEquals(java.util.List.of(), report.problems());
    assertEquals(java.util.List.of(), ProgramValidator.validate(
        ProgramGenerator.withAttributeSchema(g.program()), g.directory()).problems(),
        "a schema of optional attributes");
  }
}
