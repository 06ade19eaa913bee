package org.civiclab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civiclab.core.model.AttributeValue;
import org.civiclab.core.model.CareerStage;
import org.civiclab.core.model.Gender;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Sector;
import org.civiclab.core.store.DirectorySnapshot;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link PersonAttributes#of} value by value (each built-in name, the model's names,
 * custom keys, unknown people and organisations) and the {@code or} chain, which asks the
 * second resolver only when the first has no value.
 */
class PersonAttributesResolverTest {
  private static final PersonId FULL = PersonId.of("full");
  private static final PersonId BARE = PersonId.of("bare");
  private static final PersonId LOST = PersonId.of("lost-org");
  private static final PersonId NOBODY = PersonId.of("nobody");

  private static DirectorySnapshot directory() {
    Person full = Person.builder().id(FULL).fullName("Full").country("BA").region("Sarajevo")
        .careerStage(CareerStage.MID_CAREER).organization(OrganizationId.of("media"))
        .unit("desk").gender(Gender.of(Gender.Kind.WOMAN))
        .putAttribute("colour", AttributeValue.text("green")).homeZone(Fixtures.ZONE).build();
    Person bare = Person.builder().id(BARE).fullName("Bare").country("GE")
        .homeZone(Fixtures.ZONE).build();
    Person lost = Person.builder().id(LOST).fullName("Lost").country("SE")
        .organization(OrganizationId.of("gone")).homeZone(Fixtures.ZONE).build();
    return DirectorySnapshot.of(List.of(full, bare, lost),
        List.of(Fixtures.organization("media", Sector.MEDIA, "Radio")));
  }

  @Test
  void builtInValuesAreReadFromThePersonAndTheirOrganisation() {
    PersonAttributes a = PersonAttributes.of(directory());
    Map<String, String> expected = Map.of("country", "BA", "region", "Sarajevo",
        "careerStage", "mid_career", "organization", "media", "unit", "desk",
        "sector", "media", "gender", "woman", "colour", "green");
    expected.forEach((k, v) -> assertEquals(Optional.of(v), a.value(FULL, k), k));
    for (String k : List.of("region", "careerStage", "organization", "unit", "sector",
        "gender", "colour")) {
      assertEquals(Optional.empty(), a.value(BARE, k), k);
    }
    assertEquals(Optional.of("GE"), a.value(BARE, "country"));
    assertEquals(Optional.of("gone"), a.value(LOST, "organization"));
    assertEquals(Optional.empty(), a.value(LOST, "sector"), "organisation not in directory");
    for (String k : expected.keySet()) {
      assertEquals(Optional.empty(), a.value(NOBODY, k), k);
    }
  }

  @Test
  void onlyBuiltInNamesAreKnown() {
    PersonAttributes a = PersonAttributes.of(directory());
    for (String k : Set.of("country", "region", "careerStage", "organization", "unit",
        "sector", "gender", "birthYear", "ageBand", "experience", "accessNeeds")) {
      assertTrue(a.knows(k), k);
    }
    assertFalse(a.knows("colour"), "custom keys have values but are not known");
    assertFalse(a.knows("shoeSize"));
    assertEquals(Set.of("country", "region", "careerStage", "organization", "unit", "sector"),
        PersonAttributes.BUILT_IN);
  }

  /** A resolver knowing one attribute, with a value for one person only. */
  private static PersonAttributes only(String attribute, PersonId who, String value) {
    return new PersonAttributes() {
      @Override
      public Optional<String> value(PersonId person, String name) {
        return person.equals(who) && name.equals(attribute) ? Optional.of(value)
            : Optional.empty();
      }

      @Override
      public boolean knows(String name) {
        return name.equals(attribute);
      }
    };
  }

  @Test
  void orAsksTheFirstResolverFirstAndTheSecondOnlyWithoutAValue() {
    PersonAttributes chain = PersonAttributes.of(directory())
        .or(only("colour", BARE, "blue")).or(only("shoeSize", FULL, "38"));
    assertEquals(Optional.of("green"), chain.value(FULL, "colour"), "first wins");
    assertEquals(Optional.of("blue"), chain.value(BARE, "colour"), "second fills in");
    assertEquals(Optional.of("38"), chain.value(FULL, "shoeSize"));
    assertEquals(Optional.empty(), chain.value(BARE, "shoeSize"));
    assertEquals(Optional.of("BA"), chain.value(FULL, "country"));
    assertTrue(chain.knows("colour"));
    assertTrue(chain.knows("shoeSize"));
    assertTrue(chain.knows("sector"));
    assertFalse(chain.knows("eyeColour"));
    PersonAttributes left = only("a", FULL, "1").or(only("b", FULL, "2"));
    assertTrue(left.knows("a"), "known by the first alone");
    assertTrue(left.knows("b"), "known by the second alone");
    assertFalse(left.knows("c"));
  }
}
