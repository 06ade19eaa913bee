package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.Program;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.testing.ResultsGenerator;
import org.civiclab.core.testing.SurveyGenerator;
import org.junit.jupiter.api.Test;

/** Commitments and the results framework in the JSON format. */
class ResultsDocumentsTest {
  private final CivicLabJson json = CivicLabJson.create();

  private static Program program(long seed) {
    return ResultsGenerator.withResults(SurveyGenerator.withSurveys(
        ProgramGenerator.generate(seed * 31, (int) (1 + seed % 4)).program(), seed), seed);
  }

  @Test
  void commitmentsAndFrameworkRoundTripExactly() {
    int commitments = 0;
    for (long seed = 0; seed < 20; seed++) {
      Program p = program(seed);
      commitments += p.commitments().size();
      assertEquals(p, json.readProgram(json.toJson(p)), "seed " + seed);
    }
    assertTrue(commitments > 0, "the generator made no commitments");
  }

  @Test
  void aTargetOutsideTheProgramIsRejectedWithItsPath() {
    Program p = program(3);
    String text = json.toJson(p).replaceFirst(
        "(\"targets\"\\s*:\\s*\\[\\s*\\{\\s*\"period\"\\s*:\\s*\\{\\s*\"start\"\\s*:"
            + "\\s*\"[0-9-]+\"\\s*,\\s*\"end\"\\s*:\\s*\")\\d{4}", "$12996");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> json.readProgram(text));
    assertTrue(e.problems().stream().anyMatch(x -> x.path().matches(
        "program\\.resultsFramework\\.indicators\\[\\d+\\]\\.targets\\[0\\]\\.period.*")),
        e.getMessage());
  }

  @Test
  void aRatioKeepsItsIndicatorsAndOneNamingAStrangerIsRejectedWithItsPath() {
    Program p = program(2);
    String text = json.toJson(p);
    assertTrue(text.matches("(?s).*\"kind\"\\s*:\\s*\"RATIO\",\\s*\"numerator\"\\s*:\\s*"
        + "\"i1\",\\s*\"denominator\"\\s*:\\s*\"i0\".*"), text);
    String ghost = text.replaceFirst("\"numerator\"\\s*:\\s*\"i1\"", "\"numerator\":\"ghost\"");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> json.readProgram(ghost));
    assertTrue(e.problems().stream().anyMatch(x -> x.path().matches(
        "program\\.resultsFramework\\.indicators\\[\\d+\\]\\.formula\\.numerator.*")),
        e.getMessage());
    assertTrue(e.getMessage().contains("unknown indicator 'ghost'"), e.getMessage());
  }

  @Test
  void unknownFieldsAndKindsAreRejectedWithTheirPaths() {
    Program p = program(5);
    String text = json.toJson(p).replaceFirst("\"kind\"\\s*:\\s*\"PARTICIPANTS\"",
        "\"kind\":\"PARTICIPANTS\",\"weight\":2");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> json.readProgram(text));
    assertTrue(e.problems().stream().anyMatch(x -> x.path().matches(
        "program\\.resultsFramework\\.indicators\\[0\\]\\.formula\\.weight")), e.getMessage());
    String bad = json.toJson(p).replaceFirst("\"measure\"\\s*:\\s*\"UNIT\"",
        "\"measure\":\"MILES\"");
    InvalidInputException m = assertThrows(InvalidInputException.class,
        () -> json.readProgram(bad));
    assertTrue(m.getMessage().contains("'MILES' is not one of"), m.getMessage());
  }
}
