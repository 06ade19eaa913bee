package org.civiclab.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.matching.spi.PairScorer;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The words matching shows to coordinators, pinned exactly: the one-line forms of terms,
 * explanations, pairs and slots, the multi-line report of a pairing, the default scorer's
 * terms under other weights, a stable matching's ranks and reasons, and the problems a
 * malformed request or candidate reports.
 */
class MatchingTextsTest {
  private static final WeeklySlot MON = WeeklySlot.of(DayOfWeek.MONDAY, 17);
  private static final WeeklySlot TUE = WeeklySlot.of(DayOfWeek.TUESDAY, 9);

  private static MatchCandidate.Builder person(String id) {
    return MatchCandidate.builder().id(PersonId.of(id));
  }

  private static List<String> problems(Executable build) {
    return assertThrows(InvalidInputException.class, build).problems().stream()
        .map(Problem::toString).toList();
  }

  @Test
  void termsAndExplanationsReadAsOneLine() {
    assertEquals("late -2", ScoreTerm.of("late", -2).toString());
    assertEquals("zero +0", ScoreTerm.of("zero", 0).toString());
    assertEquals("no scored terms", Explanation.builder().build().toString());
    assertEquals("no scored terms; a, b", Explanation.builder().addNotes("a", "b").build()
        .toString());
    Explanation two = Explanation.builder().addTerms(ScoreTerm.of("x", 4), ScoreTerm.of("y", -1))
        .build();
    assertEquals("x +4, y -1", two.toString());
    assertEquals(3, two.score());
    assertEquals("label: must not be blank", problems(() -> ScoreTerm.of(" ", 1)).get(0));
    assertEquals("reason: must not be blank",
        problems(() -> Unmatched.of(PersonId.of("a"), "")).get(0));
    assertEquals("a: why", Unmatched.of(PersonId.of("a"), "why").toString());
  }

  @Test
  void slotsPrintShortAndOrderByDayThenTime() {
    assertEquals("MON 17:00", MON.toString());
    assertEquals("TUE 09:30", WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(9, 30)).toString());
    WeeklySlot early = WeeklySlot.of(DayOfWeek.MONDAY, 8);
    assertTrue(early.compareTo(MON) < 0 && MON.compareTo(early) > 0);
    assertTrue(MON.compareTo(TUE) < 0 && TUE.compareTo(MON) > 0);
    assertEquals(0, MON.compareTo(WeeklySlot.of(DayOfWeek.MONDAY, 17)));
  }

  @Test
  void aPairingReportListsPairsThenTheUnmatched() {
    MatchCandidate ana = person("ana").organization(OrganizationId.of("o1")).unit("it")
        .addLanguage("sv").addInterests("data", "law").addAvailability(MON).build();
    MatchCandidate ben = person("ben").organization(OrganizationId.of("o1")).unit("hr")
        .reportsTo(PersonId.of("zoe")).addLanguages("sv", "en").addInterest("data")
        .addAvailability(MON, TUE).build();
    MatchCandidate cem = person("cem").addLanguage("ka").build();
    MatchCandidate dan = person("dan").addLanguage("en").build();
    PairingResult r = Pairings.optimal(PairingRequest.builder().addMentors(ana, dan)
        .addMentees(ben, cem).putCapacity(dan.id(), 0).build());
    assertEquals("optimal assignment: 1 pairs, total score 6\n"
        + "  ana -> ben (score 6: shared interests (data) +3, common language (sv) +2, shared"
        + " weekly slot +1; different unit required, outside each other's reporting line"
        + " required, common language required)\n"
        + "  mentee unmatched cem: no eligible mentor: no common language (1 mentor), no places"
        + " (1 mentor)\n"
        + "  mentor unmatched dan: capacity is 0\n", r.explain());
  }

  @Test
  void theDefaultScorerDropsTermsWeightedZeroAndNamesItsWeights() {
    MatchCandidate a = person("a").organization(OrganizationId.of("o1")).addLanguages("en", "sv")
        .addInterests("law", "data").addAvailability(MON).build();
    MatchCandidate b = person("b").organization(OrganizationId.of("o2")).addLanguages("sv", "en")
        .addInterests("data", "law", "youth").addAvailability(MON).build();
    PairScorer weighted = PairScorer.weighted(5, 7, 11, 13);
    assertEquals("shared interests (data, law) +10, common language (en, sv) +7, shared weekly"
        + " slot +11, different organisations +13",
        Explanation.builder().terms(weighted.terms(a, b)).build().toString());
    assertEquals(10 + 7 + 11 + 13, weighted.score(a, b));
    assertEquals("PairScorer[interest=5, language=7, slot=11, otherOrganization=13]",
        weighted.toString());
    PairScorer off = PairScorer.weighted(0, 0, 0, 0);
    assertEquals(List.of(), off.terms(a, b));
    assertEquals(0, off.score(a, b));
    for (int term = 0; term < 4; term++) {
      int[] w = {1, 1, 1, 1};
      w[term] = 0;
      PairScorer s = PairScorer.weighted(w[0], w[1], w[2], w[3]);
      assertEquals(3, s.terms(a, b).size(), s::toString);
      assertEquals(s.terms(a, b).stream().mapToLong(ScoreTerm::points).sum(), s.score(a, b));
    }
    assertEquals("PairScorer[interest=3, language=2, slot=1, otherOrganization=1]",
        PairScorer.standard().toString());
  }

  @Test
  void aSlotOrAnOrganisationCountsOnlyWhenBothSidesGiveOne() {
    MatchCandidate free = person("free").addLanguage("sv").build();
    MatchCandidate monday = person("mon").organization(OrganizationId.of("o1"))
        .addLanguage("sv").addAvailability(MON).build();
    MatchCandidate tuesday = person("tue").organization(OrganizationId.of("o1"))
        .addLanguage("sv").addAvailability(TUE).build();
    PairScorer s = PairScorer.standard();
    // "any time" is not a shared slot, an unknown organisation is not a different one
    assertEquals(2, s.score(free, monday));
    assertEquals(2, s.score(monday, free));
    assertEquals(2, s.score(monday, tuesday));
    MatchCandidate other = MatchCandidate.builder().from(monday).id(PersonId.of("x"))
        .organization(OrganizationId.of("o2")).build();
    assertEquals("common language (sv) +2, shared weekly slot +1, different organisations +1",
        Explanation.builder().terms(s.terms(monday, other)).build().toString());
    assertEquals(4, s.score(monday, other));
  }

  @Test
  void aStableMatchingNotesBothRanksAndExplainsWhoIsLeftOver() {
    MatchCandidate m1 = person("m1").addLanguage("sv").build();
    MatchCandidate m2 = person("m2").addLanguage("sv").build();
    MatchCandidate e1 = person("e1").addLanguage("sv").build();
    MatchCandidate e2 = person("e2").addLanguage("sv").build();
    MatchCandidate e3 = person("e3").addLanguage("sv").build();
    // e2 displaces e1 at m1, whom e1 alone ranked; e3 is refused by m1 and goes to m2
    PairingRequest r = PairingRequest.builder().addMentors(m1, m2).addMentees(e1, e2, e3)
        .putCapacity(m1.id(), 1)
        .putMentorRankings(m1.id(), e2.id(), e1.id(), e3.id())
        .putMentorRankings(m2.id(), e3.id())
        .putMenteeRankings(e1.id(), m1.id())
        .putMenteeRankings(e2.id(), m2.id(), m1.id())
        .putMenteeRankings(e3.id(), m1.id(), m2.id())
        .build();
    PairingResult s = Pairings.stable(r);
    assertEquals("stable matching (mentees propose): 2 pairs, total score 4\n"
        + "  m1 -> e2 (score 2: common language (sv) +2; common language required, mentee's"
        + " choice #2, mentor's choice #1)\n"
        + "  m2 -> e3 (score 2: common language (sv) +2; common language required, mentee's"
        + " choice #2, mentor's choice #1)\n"
        + "  mentee unmatched e1: every acceptable mentor they ranked (of m1, m2) is full with"
        + " mentees that mentor ranks higher, or did not rank them\n", s.explain());
  }

  @Test
  void aMentorWithRoomKeepsEveryoneItRanksAndDropsTheWorstWhenFull() {
    MatchCandidate m = person("m").addLanguage("sv").build();
    List<MatchCandidate> mentees = new ArrayList<>();
    PairingRequest.Builder b = PairingRequest.builder().addMentor(m).putCapacity(m.id(), 2);
    for (String id : List.of("a", "b", "c")) {
      MatchCandidate e = person(id).addLanguage("sv").build();
      mentees.add(e);
      b.addMentee(e).putMenteeRankings(e.id(), m.id());
    }
    // the mentor ranks c, a, b: a and b propose first, c displaces b
    b.putMentorRankings(m.id(), PersonId.of("c"), PersonId.of("a"), PersonId.of("b"));
    PairingResult s = Pairings.stable(b.build());
    assertEquals(List.of("m->a", "m->c"), s.pairs().stream()
        .map(p -> p.mentor().value() + "->" + p.mentee().value()).toList());
    assertEquals(List.of("common language required", "mentee's choice #1", "mentor's choice #2"),
        s.pairs().get(0).explanation().notes());
    assertEquals(List.of(Unmatched.of(PersonId.of("b"), "every acceptable mentor they ranked"
        + " (of m) is full with mentees that mentor ranks higher, or did not rank them")),
        s.unmatchedMentees());
  }

  @Test
  void aMentorWithNoPlacesOrNoRankingIsPassedOverInAStableMatching() {
    MatchCandidate closed = person("closed").addLanguage("sv").build();
    MatchCandidate shy = person("shy").addLanguage("sv").build();
    MatchCandidate e = person("e").addLanguage("sv").build();
    PairingRequest r = PairingRequest.builder().addMentors(closed, shy).addMentee(e)
        .putCapacity(closed.id(), 0)
        .putMentorRankings(closed.id(), e.id())
        .putMenteeRankings(e.id(), closed.id(), shy.id())
        .build();
    PairingResult s = Pairings.stable(r);
    assertEquals(List.of(), s.pairs());
    assertEquals(List.of(Unmatched.of(e.id(), "every acceptable mentor they ranked (of shy) is"
        + " full with mentees that mentor ranks higher, or did not rank them")),
        s.unmatchedMentees());
    assertEquals(List.of(Unmatched.of(closed.id(), "capacity is 0"),
        Unmatched.of(shy.id(), "no acceptable mentee (of e) chose them before a mentor they"
            + " ranked higher")), s.unmatchedMentors());
  }

  @Test
  void aMalformedPairingRequestNamesEveryProblem() {
    PersonId m = PersonId.of("m");
    PersonId e = PersonId.of("e");
    PersonId x = PersonId.of("x");
    MatchCandidate mentor = person("m").build();
    MatchCandidate mentee = person("e").build();
    assertEquals(List.of("capacities[x]: x is not a mentor",
        "capacities[m]: must not be negative, got -1",
        "forbiddenPairs[x]: x is not a mentor", "forbiddenPairs[x]: m is not a mentee",
        "mentorRankings[e]: e is not a mentor", "mentorRankings[e]: m is not a mentee",
        "mentorRankings[m]: e is ranked twice",
        "menteeRankings[e]: x is not a mentor", "menteeRankings[m]: m is not a mentee"),
        problems(() -> PairingRequest.builder().addMentor(mentor).addMentee(mentee)
            .putCapacity(x, 1).putCapacity(m, -1).putForbiddenPair(x, m)
            .putMentorRankings(e, m).putMentorRankings(m, e, e)
            .putMenteeRankings(e, x).putMenteeRankings(m, m).build()));
    assertEquals(List.of("mentees[1]: duplicate person e"), problems(() ->
        PairingRequest.builder().addMentees(mentee, mentee).build()));
    assertEquals(3, PairingRequest.builder().addMentor(mentor).mentorCapacity(3).build()
        .capacityOf(m));
    assertEquals(0, PairingRequest.builder().addMentor(mentor).mentorCapacity(0).build()
        .capacityOf(m));
  }

  @Test
  void aMalformedCandidateNamesEveryProblem() {
    assertEquals(List.of("reportsTo: a person cannot report to themselves (a)",
        "unit: must not be blank when given", "region: must not be blank when given",
        "languages: must not contain a blank language"),
        problems(() -> person("a").reportsTo(PersonId.of("a")).unit(" ").region("")
            .addLanguage(" ").build()));
    MatchCandidate fine = person("a").unit("it").region("north").addLanguage("sv").build();
    assertEquals("a", fine.toString());
  }
}
