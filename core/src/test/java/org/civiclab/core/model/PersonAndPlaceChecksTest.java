package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * The checks of a person, an age band, a meeting and a venue, refusal by refusal with the exact
 * path and message and with the last value accepted on each side of a bound; and every
 * attribute {@link PersonAttributes} reads, built in or custom, as the text it gives.
 */
class PersonAndPlaceChecksTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final TimeSpan WHEN = TimeSpan.on(LocalDate.of(2024, 3, 13), LocalTime.of(10, 0),
      LocalTime.of(12, 0), ZONE);

  private static Person.Builder person() {
    return Person.builder().id(PersonId.of("ana")).fullName("Ana Petrović").country("SE")
        .homeZone(ZONE);
  }

  private static List<Problem> refusal(Supplier<?> build) {
    return assertThrows(InvalidInputException.class, build::get).problems();
  }

  // ---- person ----

  @Test
  void anEMailNeedsAnAtSignAndADottedDomain() {
    assertEquals(List.of(Problem.at("email", "'ana.example.org' is not an e-mail address")),
        refusal(() -> person().email("ana.example.org").build()));
    assertEquals(List.of(Problem.at("email", "'ana@localhost' is not an e-mail address")),
        refusal(() -> person().email("ana@localhost").build()));
    assertEquals(Optional.of("ana@example.org"),
        person().email("ana@example.org").build().email());
  }

  @Test
  void aUnitMustNotBeBlankWhenGiven() {
    assertEquals(List.of(Problem.at("unit", "must not be blank when given")),
        refusal(() -> person().unit(" \t").build()));
    assertEquals(Optional.of("Diaspora office"),
        person().unit("Diaspora office").build().unit());
  }

  @Test
  void everyLanguageIsATagAndEachBadOneIsNamed() {
    assertEquals(List.of(
        Problem.at("languages", "'sv_SE' is not a language tag such as sv, bs or ka")),
        refusal(() -> person().addLanguages("ka", "sv_SE").build()));
    assertEquals(2, person().addLanguages("sv", "ka").build().languages().size());
  }

  @Test
  void aBirthYearLiesFrom1900To2100() {
    for (int year : new int[] {1899, 2101}) {
      assertEquals(List.of(Problem.at("birthYear", "must be between 1900 and 2100, got " + year)),
          refusal(() -> person().birthYear(year).build()), "year " + year);
    }
    for (int year : new int[] {1900, 2100}) {
      assertEquals(Optional.of(year), person().birthYear(year).build().birthYear());
    }
  }

  @Test
  void aPersonCannotReportToThemselves() {
    assertEquals(List.of(Problem.at("reportsTo", "a person cannot report to themselves (ana)")),
        refusal(() -> person().reportsTo(PersonId.of("ana")).build()));
    assertDoesNotThrow(() -> person().reportsTo(PersonId.of("nino")).build());
  }

  // ---- age band ----

  @Test
  void anAgeBandContainsBothEndsAndNothingOutside() {
    AgeBand band = AgeBand.of(18, 29);
    assertFalse(band.contains(17));
    assertTrue(band.contains(18));
    assertTrue(band.contains(29));
    assertFalse(band.contains(30));
    assertTrue(AgeBand.andOlder(65).contains(AgeBand.OPEN));
    assertFalse(AgeBand.andOlder(65).contains(64));
  }

  @Test
  void anAgeBandIsWrittenAsItsRange() {
    assertEquals("18-29", AgeBand.of(18, 29).toString());
    assertEquals("65+", AgeBand.andOlder(65).toString());
    assertEquals("7-7", AgeBand.of(7, 7).label());
    assertEquals("0-149", AgeBand.of(0, AgeBand.OPEN - 1).label());
  }

  @Test
  void anAgeBandStartsAtZeroOrLaterAndEndsBetweenItsStartAndOpen() {
    assertEquals(List.of(Problem.at("from", "must not be negative, got -1")),
        refusal(() -> AgeBand.of(-1, 10)));
    assertEquals(List.of(Problem.at("to", "must be between from (30) and 150, got 29")),
        refusal(() -> AgeBand.of(30, 29)));
    assertEquals(List.of(Problem.at("to", "must be between from (30) and 150, got 151")),
        refusal(() -> AgeBand.of(30, AgeBand.OPEN + 1)));
    assertEquals(0, AgeBand.of(0, 0).from());
    assertEquals(AgeBand.OPEN, AgeBand.of(30, AgeBand.OPEN).to());
  }

  // ---- meeting and venue ----

  private static Meeting.Builder meeting(DeliveryMode mode) {
    return Meeting.builder().id(EventId.of("m1")).when(WHEN).mode(mode);
  }

  @Test
  void anOnlineMeetingHasNoVenueAndAnOnSiteOneNoLink() {
    URI link = URI.create("https://meet.example.org/m1");
    VenueId hall = VenueId.of("hall");
    assertEquals(List.of(Problem.at("venue", "an online meeting has no venue")),
        refusal(() -> meeting(DeliveryMode.ONLINE).venue(hall).onlineLink(link).build()));
    assertEquals(List.of(Problem.at("onlineLink", "an on-site meeting has no online link")),
        refusal(() -> meeting(DeliveryMode.ON_SITE).venue(hall).onlineLink(link).build()));
    Meeting hybrid = meeting(DeliveryMode.HYBRID).venue(hall).onlineLink(link).build();
    assertEquals(Optional.of(hall), hybrid.venue());
    assertEquals(Optional.of(link), hybrid.onlineLink());
  }

  @Test
  void aVenueSeatsAtLeastOne() {
    Supplier<Venue.Builder> venue = () -> Venue.builder().id(VenueId.of("hall")).name("Hall")
        .city("Linköping").country("SE").zone(ZONE);
    assertEquals(List.of(Problem.at("capacity", "capacity 0 must be at least 1")),
        refusal(() -> venue.get().capacity(0).build()));
    assertEquals(1, venue.get().capacity(1).build().capacity());
  }

  // ---- attributes by name ----

  @Test
  void everyBuiltInAttributeIsReadAsItsText() {
    Person full = person().region("Östergötland").organization(OrganizationId.of("skl"))
        .gender(Gender.of(Gender.Kind.NON_BINARY)).birthYear(1994)
        .ageBand(AgeBand.of(25, 34)).careerStage(CareerStage.MANAGER)
        .experience(ExperienceLevel.EXPERIENCED).addAccessNeeds("step-free access", "captions")
        .putAttribute("ministry", AttributeValue.text("Interior"))
        .putAttribute("years", AttributeValue.number(new BigDecimal("4"))).build();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("country", "SE");
    expected.put("region", "Östergötland");
    expected.put("organization", "skl");
    expected.put("gender", "non_binary");
    expected.put("birthYear", "1994");
    expected.put("ageBand", "25-34");
    expected.put("careerStage", "manager");
    expected.put("experience", "experienced");
    expected.put("accessNeeds", "step-free access; captions");
    expected.put("ministry", "Interior");
    expected.put("years", "4");
    assertTrue(expected.keySet().containsAll(PersonAttributes.BUILT_IN));
    expected.forEach((name, value) ->
        assertEquals(Optional.of(value), PersonAttributes.value(full, name), name));
  }

  @Test
  void whatAPersonLacksIsEmptyButCountryAndExperienceAlwaysHaveAValue() {
    Person bare = person().build();
    for (String name : PersonAttributes.BUILT_IN) {
      Optional<String> expected = name.equals("country") ? Optional.of("SE")
          : name.equals("experience") ? Optional.of("novice") : Optional.empty();
      assertEquals(expected, PersonAttributes.value(bare, name), name);
    }
    assertEquals(Optional.empty(), PersonAttributes.value(bare, "ministry"));
  }

  @Test
  void onlyAccessNeedsAreASpecialCategory() {
    for (String name : PersonAttributes.BUILT_IN) {
      assertEquals(name.equals("accessNeeds") ? Sensitivity.SPECIAL_CATEGORY
          : Sensitivity.PERSONAL, PersonAttributes.sensitivity(name), name);
    }
    assertEquals(Sensitivity.PERSONAL, PersonAttributes.sensitivity("ministry"));
  }
}
