package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;
import org.civiclab.core.time.TimeSpan;

/**
 * Every text the model holds lies in one domain ({@link Texts}): a text outside it is refused
 * with the field's path and an escaped message, whichever field it is in; every text inside it
 * is accepted and kept exactly.
 */
class TextDomainTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");
  private static final DateRange YEAR = DateRange.of(LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 12, 31));
  private static final TimeSpan DAY = TimeSpan.on(LocalDate.of(2024, 5, 2), LocalTime.of(10, 0),
      LocalTime.of(12, 0), ZONE);
  private static final PersonId ANA = PersonId.of("ana");
  private static final OrganizationId ORG = OrganizationId.of("org");

  /** One text field of one value type: builds the value with the given text in that field. */
  static final class Field {
    final String name;
    final String path;
    /** Whether a blank text is refused too, so accepted texts need a visible character. */
    final boolean visible;
    final Function<String, Object> build;

    Field(String name, String path, boolean visible, Function<String, Object> build) {
      this.name = name;
      this.path = path;
      this.visible = visible;
      this.build = build;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The free-text fields. Code fields (a person's, venue's or organisation's country, and
   * {@code Eligibility.countries}) take two capital letters only; AlumniAndEligibilityTest and
   * the model tests refuse every other text there.
   */
  static final List<Field> FIELDS = List.of(
      new Field("LocalizedText.texts", "texts.sv", true, t -> LocalizedText.of("sv", t)),
      new Field("LocalizedText.with", "texts.ka", true,
          t -> LocalizedText.of("sv", "Kurs").with("ka", t)),
      new Field("Person.fullName", "fullName", true, t -> person().fullName(t).build()),
      new Field("Person.unit", "unit", true, t -> person().unit(t).build()),
      new Field("Person.region", "region", false, t -> person().region(t).build()),
      new Field("Person.interests", "interests[1]", false,
          t -> person().addInterest("water").addInterest(t).build()),
      new Field("Organization.city", "city", true, t -> Organization.builder().id(ORG)
          .name(LocalizedText.of("en", "Org")).sector(Sector.MEDIA).country("GE").city(t)
          .build()),
      new Field("Venue.name", "name", true, t -> venue().name(t).build()),
      new Field("Venue.city", "city", true, t -> venue().city(t).build()),
      new Field("Edition.label", "label", true, t -> Edition.builder().id(EditionId.of("e"))
          .label(t).period(YEAR).build()),
      new Field("Module.topics", "topics[0]", true, t -> Module.builder()
          .id(ModuleId.of("m")).title(LocalizedText.of("en", "M")).window(YEAR)
          .mode(DeliveryMode.ONLINE).addTopic(t).build()),
      new Field("MentorPairing.rationale", "rationale", false, t -> MentorPairing.builder()
          .id(PairingId.of("p")).mentor(ANA).mentee(PersonId.of("bo"))
          .direction(PairingDirection.REVERSE).cadence(Cadence.perTerm(2)).period(YEAR)
          .rationale(t).build()),
      new Field("LearningCircle.name", "name", true, t -> LearningCircle.builder()
          .id(CircleId.of("c")).name(t).composition(CircleComposition.ofSize(2, 3))
          .cadence(Cadence.everyWeeks(3)).period(YEAR).addFacilitator(PersonId.of("cy"))
          .addMember(CircleMember.of(ANA, ExperienceLevel.EXPERIENCED))
          .addMember(CircleMember.of(PersonId.of("bo"), ExperienceLevel.NOVICE)).build()),
      new Field("Finding.issue", "issue", true,
          t -> Finding.builder().id(FindingId.of("f")).issue(t).build()),
      new Field("Finding.category", "category", false,
          t -> Finding.builder().id(FindingId.of("f")).issue("water").category(t).build()),
      new Field("FollowUpAction.action", "action", true, t -> FollowUpAction.builder()
          .finding(FindingId.of("f")).partner(ORG).action(t).status(ActionStatus.OPEN).build()),
      new Field("OutreachMeeting.community", "community", true, t -> outreach().community(t)
          .build()),
      new Field("OutreachMeeting.region", "region", false,
          t -> outreach().community("village").region(t).build()),
      new Field("ReflectionMeeting.themes", "themes[0]", false, t -> ReflectionMeeting.builder()
          .id(EventId.of("r")).when(DAY).addParticipant(Representation.builder()
              .organization(ORG).sector(Sector.MEDIA).build()).addTheme(t).build()),
      new Field("Evaluation.ratings", "ratings", true, t -> evaluation().putRating(t, 4).build()),
      new Field("Evaluation.comment", "comment", false, t -> evaluation().comment(t).build()),
      new Field("EvaluationSubject.id", "id", true,
          t -> EvaluationSubject.of(EvaluationSubject.Kind.SESSION, t)),
      new Field("ExchangeVisit.city", "city", true, t -> visit().city(t).build()),
      new Field("ExchangeVisit.theme", "theme", false, t -> visit().city("Kutaisi").theme(t)
          .build()),
      new Field("FundingCycle.call", "call", true, t -> FundingCycle.builder().funder(ORG)
          .call(t).status(FundingStatus.APPLIED).build()),
      new Field("Eligibility.regions", "regions[0]", false,
          t -> Eligibility.builder().addRegion(t).build()),
      new Field("HolidayCalendar.name", "name", true, t -> HolidayCalendar.none(t)),
      new Field("HolidayCalendar.holidays", "holidays.2024-05-01", false,
          t -> HolidayCalendar.builder().name("h").putHoliday(LocalDate.of(2024, 5, 1), t)
              .build()),
      new Field("Term.name", "name", true, t -> Term.of(t, YEAR)),
      new Field("AcademicCalendar.name", "name", true, t -> AcademicCalendar.builder().name(t)
          .addTerm(Term.of("autumn", YEAR)).build()));

  private static Person.Builder person() {
    return Person.builder().id(ANA).fullName("Ana").country("GE").homeZone(ZONE);
  }

  private static Venue.Builder venue() {
    return Venue.builder().id(VenueId.of("v")).name("Hall").city("Tbilisi").country("GE")
        .zone(ZONE).capacity(20);
  }

  private static OutreachMeeting.Builder outreach() {
    return OutreachMeeting.builder().id(EventId.of("o")).country("GE").when(DAY).addLeader(ANA);
  }

  private static Evaluation.Builder evaluation() {
    return Evaluation.builder().id(EvaluationId.of("ev"))
        .subject(EvaluationSubject.of(EvaluationSubject.Kind.PROGRAM, "prog"))
        .submittedOn(LocalDate.of(2024, 6, 1));
  }

  private static ExchangeVisit.Builder visit() {
    return ExchangeVisit.builder().id(VisitId.of("x")).kind(ExchangeKind.DOMESTIC_INTERNSHIP)
        .addVisitor(ANA).host(ORG).city("Kutaisi").country("GE").period(YEAR);
  }

  // ---- texts ----

  /** Characters a text may hold, from every corner of the domain. */
  static Arbitrary<String> domainChars() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
        Arbitraries.of("\t", "\n", " ", "\u00a0", "é", "ž", "‘", "\u007f", "\u0085", "\ufeff",
            "\uffff"),
        Arbitraries.strings().withCharRange('\u10d0', '\u10fa').ofLength(1), // Georgian
        Arbitraries.strings().withCharRange('\u0410', '\u044f').ofLength(1), // Cyrillic
        Arbitraries.of("𝔸", "😀", "👩‍👩‍👧", "🇬🇪", "\ud800\udc00", "\udbff\udfff", "漢"));
  }

  /** Texts in the domain that have a visible character (the first one). */
  @Provide
  Arbitrary<String> domainTexts() {
    Arbitrary<String> mixed = domainChars().list().ofMaxSize(30)
        .map(parts -> "A" + String.join("", parts));
    Arbitrary<String> longest = domainChars().map(c -> {
      StringBuilder b = new StringBuilder(Texts.MAX_TEXT_LENGTH).append('ა');
      while (b.length() + c.length() <= Texts.MAX_TEXT_LENGTH) {
        b.append(c);
      }
      while (b.length() < Texts.MAX_TEXT_LENGTH) {
        b.append('x');
      }
      return b.toString();
    });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, mixed),
        net.jqwik.api.Tuple.of(1, longest));
  }

  /** Texts just outside the domain: a forbidden character anywhere, or one character too many. */
  @Provide
  Arbitrary<String> outsideTexts() {
    Arbitrary<Character> forbidden = Arbitraries.oneOf(
        Arbitraries.chars().range('\u0000', '\u0008'),
        Arbitraries.chars().range('\u000b', '\u001f'),
        Arbitraries.chars().range('\ud800', '\udfff'));
    Arbitrary<String> inserted = Combinators.combine(domainTexts(), forbidden,
        Arbitraries.doubles().between(0, 1)).as((t, c, where) -> {
          int at = (int) Math.floor(where * t.length());
          return t.substring(0, at) + c + t.substring(at);
        });
    Arbitrary<String> tooLong = Combinators.combine(domainChars(),
        Arbitraries.integers().between(1, 3)).as((c, extra) -> {
          StringBuilder b = new StringBuilder("B");
          while (b.length() < Texts.MAX_TEXT_LENGTH + extra) {
            b.append(c);
          }
          return b.toString();
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, inserted),
        net.jqwik.api.Tuple.of(1, tooLong));
  }

  @Provide
  Arbitrary<Field> fields() {
    return Arbitraries.of(FIELDS);
  }

  @Property(tries = 300)
  void everyTextFieldRefusesWhatSomeStoreCannotKeep(@ForAll("fields") Field field,
      @ForAll("outsideTexts") String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> field.build.apply(text), field.name);
    List<String> paths = e.problems().stream().map(Problem::path).collect(Collectors.toList());
    assertEquals(List.of(field.path), paths, field.name);
    String message = e.problems().get(0).message();
    assertTrue(message.contains("limit of 65,536") || message.matches(
        "contains (the control character|a lone surrogate) \\\\u[0-9a-f]{4} at index \\d+; .*"),
        message);
    assertPrintable(e.getMessage());
  }

  @Property(tries = 300)
  void everyTextInTheDomainIsAcceptedAndKept(@ForAll("fields") Field field,
      @ForAll("domainTexts") String text) {
    Object value = assertDoesNotThrow(() -> field.build.apply(text), field.name);
    assertTrue(value.toString().length() > 0);
    assertTrue(Texts.isValid(text));
  }

  @Property(tries = 100)
  void aTextIsKeptExactly(@ForAll("domainTexts") String text) {
    assertEquals(text, LocalizedText.of("ka", text).text());
    assertEquals(text, person().fullName(text).build().fullName());
  }

  @Example
  void blankIsStillRefusedWhereItWasAndAllowedWhereItWas() {
    assertThrows(InvalidInputException.class, () -> person().fullName(" \t\n").build());
    assertDoesNotThrow(() -> person().region(" \t").build());
  }

  @Example
  void eMailsMayUseAnyScriptButNoControlCharacter() {
    assertEquals("ნინო.𝔸@example.ge",
        person().email("ნინო.𝔸@example.ge").build().email().orElseThrow());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> person().email("a\u0000b@example.org").build());
    assertEquals(List.of(Problem.at("email", "contains the control character \\u0000 at index 1;"
        + " a text may hold tab and newline but no other character U+0000 to U+001F")),
        e.problems());
    InvalidInputException bad = assertThrows(InvalidInputException.class,
        () -> person().email("\u001b[2Jno-at-sign").build());
    assertEquals("email", bad.problems().get(0).path());
    assertPrintable(bad.getMessage());
  }

  @Example
  void sessionAndMeetingLinksAreTextsToo() {
    String longLink = "https://example.org/" + "a".repeat(Texts.MAX_TEXT_LENGTH);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Meeting.builder()
        .id(EventId.of("m")).when(DAY).mode(DeliveryMode.ONLINE)
        .onlineLink(java.net.URI.create(longLink)).build());
    assertEquals("onlineLink", e.problems().get(0).path());
  }

  // ---- ids ----

  /** Letters that take 1, 2, 3 or 4 bytes in UTF-8. */
  static Arbitrary<String> idLetters() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
        Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
        Arbitraries.strings().withCharRange('\u0410', '\u044f').ofLength(1),
        Arbitraries.strings().withCharRange('\u10d0', '\u10fa').ofLength(1),
        Arbitraries.of("𝔸", "𝔹", "𐐀", "漢", "0", "9"));
  }

  @Provide
  Arbitrary<String> idsInTheDomain() {
    Arbitrary<String> sep = Arbitraries.of("", "", "", ".", "_", ":", "-");
    return Combinators.combine(idLetters(), Combinators.combine(sep, idLetters())
        .as(String::concat).list().ofMaxSize(130)).as((first, rest) -> {
          StringBuilder b = new StringBuilder(first);
          for (String part : rest) {
            String next = b + part;
            if (Texts.utf8Length(next) > Texts.MAX_ID_UTF8_BYTES
                || next.codePointCount(0, next.length()) > Texts.MAX_ID_CODE_POINTS) {
              break;
            }
            b.append(part);
          }
          return b.toString();
        });
  }

  @Property(tries = 300)
  void everyIdInTheDomainIsAcceptedAndKept(@ForAll("idsInTheDomain") String id) {
    assertEquals(id, PersonId.of(id).value());
    assertEquals(id, ProgramId.of(id).value());
  }

  @Property(tries = 200)
  void idsOverTheByteLimitAreRefused(@ForAll("idsInTheDomain") String id) {
    StringBuilder b = new StringBuilder(id);
    while (Texts.utf8Length(b.toString()) <= Texts.MAX_ID_UTF8_BYTES) {
      b.append('ა');
    }
    String tooLong = b.toString();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PersonId.of(tooLong));
    assertEquals(List.of("value"), e.problems().stream().map(Problem::path)
        .collect(Collectors.toList()));
    assertTrue(e.getMessage().contains("128"), e.getMessage());
  }

  @Example
  void idLimitsAtTheirEdges() {
    String georgian = "ა".repeat(42);
    assertEquals(128, Texts.utf8Length(georgian + "17"));
    assertDoesNotThrow(() -> PersonId.of(georgian + "17"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PersonId.of(georgian + "170"));
    assertTrue(e.getMessage().contains("129 bytes in UTF-8"), e.getMessage());
    assertDoesNotThrow(() -> PersonId.of("x".repeat(128)));
    assertThrows(InvalidInputException.class, () -> PersonId.of("x".repeat(129)));
    assertDoesNotThrow(() -> PersonId.of("𝔸".repeat(32)));
    assertThrows(InvalidInputException.class, () -> PersonId.of("𝔸".repeat(33)));
    assertFalse(PersonId.of("A1").equals(PersonId.of("a1")));
  }

  @Example
  void idMessagesEscapeWhatTheyQuote() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PersonId.of("p\u001b[2J\u0000" + "z".repeat(500)));
    assertPrintable(e.getMessage());
    assertTrue(e.getMessage().startsWith("value: 'p\\u001b[2J\\u0000zz"), e.getMessage());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Example
  void quoteEscapesControlFormatAndLoneSurrogates() {
    assertEquals("'a\\u0009\\u000a\\u202e\\ud800b𝔸'", Texts.quote("a\t\n\u202e\ud800b𝔸"));
  }

  /** No control character or lone surrogate reaches a message. */
  private static void assertPrintable(String message) {
    for (int i = 0; i < message.length(); i++) {
      char ch = message.charAt(i);
      assertTrue(ch >= 0x20 || ch == '\n', () -> "raw control character in: " + message);
      if (Character.isHighSurrogate(ch)) {
        assertTrue(i + 1 < message.length() && Character.isLowSurrogate(message.charAt(++i)),
            message);
      } else {
        assertFalse(Character.isLowSurrogate(ch), message);
      }
    }
  }
}
