package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The values behind completions, checked on their own: a rule's share and its exact
 * {@code ceil(share * required)} test, which attendance statuses count as present, and the
 * refusals of an attendance record, a track and a rule, each with its path and message.
 */
class CompletionValuesTest {

  private static List<Problem> problems(Executable build) {
    return assertThrows(InvalidInputException.class, build).problems();
  }

  private static void refused(String path, String message, Executable build) {
    assertEquals(List.of(Problem.at(path, message)), problems(build));
  }

  private static CompletionRule rule(double share) {
    return CompletionRule.builder().id(CompletionRuleId.of("r")).minAttendance(share).build();
  }

  @Test
  void aRuleSharesIsAboveZeroAndAtMostOne() {
    refused("minAttendance", "minAttendance 0.0 must be above 0 and at most 1", () -> rule(0));
    refused("minAttendance", "minAttendance -0.5 must be above 0 and at most 1",
        () -> rule(-0.5));
    refused("minAttendance", "minAttendance 1.000001 must be above 0 and at most 1",
        () -> rule(1.000001));
    assertEquals(1.0, rule(1).minAttendance());
    assertEquals(1e-6, rule(1e-6).minAttendance());
    CompletionRule r = rule(0.8);
    assertEquals(Optional.empty(), r.track());
    assertEquals(Optional.empty(), r.module());
    assertEquals(Optional.empty(), r.survey());
  }

  /** The share with six decimals, times the required sessions, rounded up, exactly. */
  @Property(tries = 150)
  void attendanceIsMetFromTheExactCeilingOfTheShare(
      @ForAll @IntRange(min = 1, max = 1_000_000) int millionths,
      @ForAll @IntRange(min = 0, max = 40) int required) {
    BigDecimal share = BigDecimal.valueOf(millionths, 6);
    long needed = share.multiply(BigDecimal.valueOf(required))
        .setScale(0, RoundingMode.CEILING).longValueExact();
    CompletionRule r = rule(share.doubleValue());
    for (long attended = 0; attended <= required; attended++) {
      assertEquals(attended >= needed, r.attendanceMet(attended, required),
          share + " of " + required + " with " + attended);
    }
  }

  @Test
  void sharesThatMultiplyToAWholeNumberNeedExactlyIt() {
    assertEquals(false, rule(0.8).attendanceMet(7, 10));
    assertEquals(true, rule(0.8).attendanceMet(8, 10));
    assertEquals(false, rule(0.7).attendanceMet(6, 10));
    assertEquals(true, rule(0.7).attendanceMet(7, 10));
    assertEquals(true, rule(1.0 / 3).attendanceMet(1, 3));
    assertEquals(true, rule(1).attendanceMet(0, 0));
  }

  @Test
  void presentLateAndLeavingEarlyCountAsAttended() {
    EnumSet<AttendanceStatus> there = EnumSet.noneOf(AttendanceStatus.class);
    for (AttendanceStatus s : AttendanceStatus.values()) {
      if (s.attended()) {
        there.add(s);
      }
      assertEquals(s.attended(), record(s).attended(), s.name());
    }
    assertEquals(EnumSet.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE,
        AttendanceStatus.LEFT_EARLY), there);
  }

  private static Attendance.Builder attendance(AttendanceStatus s) {
    return Attendance.builder().program(ProgramId.of("p")).event(EventId.of("e"))
        .person(PersonId.of("x")).status(s).recordedAt(Instant.EPOCH);
  }

  private static Attendance record(AttendanceStatus s) {
    return attendance(s).build();
  }

  @Test
  void anAttendanceRecordTakesPartOnSiteOrOnlineForZeroTo100000Minutes() {
    assertEquals(Optional.of(0), attendance(AttendanceStatus.LATE).minutes(0).build()
        .minutes());
    assertEquals(Optional.of(100_000), attendance(AttendanceStatus.LATE).minutes(100_000)
        .build().minutes());
    assertEquals(Optional.of(DeliveryMode.ON_SITE), attendance(AttendanceStatus.LATE)
        .mode(DeliveryMode.ON_SITE).build().mode());
    refused("minutes", "minutes 100001 must be between 0 and 100000",
        () -> attendance(AttendanceStatus.PRESENT).minutes(100_001).build());
    refused("minutes", "minutes -1 must be between 0 and 100000",
        () -> attendance(AttendanceStatus.PRESENT).minutes(-1).build());
    refused("mode", "a person takes part ON_SITE or ONLINE, not HYBRID",
        () -> attendance(AttendanceStatus.PRESENT).mode(DeliveryMode.HYBRID).build());
    assertEquals(List.of(Problem.at("mode", "a person takes part ON_SITE or ONLINE, not HYBRID"),
        Problem.at("minutes", "minutes -5 must be between 0 and 100000")),
        problems(() -> attendance(AttendanceStatus.ABSENT).mode(DeliveryMode.HYBRID)
            .minutes(-5).build()));
  }

  private static Track.Builder track() {
    return Track.builder().id(TrackId.of("wb")).name(LocalizedText.of("en", "Western Balkans"))
        .focus(LocalizedText.of("en", "global governance"));
  }

  @Test
  void aTrackAdmitsAnyoneByDefaultAndTakesAtLeastOne() {
    Track t = track().build();
    assertEquals(Eligibility.anyone(), t.eligibility());
    assertEquals(Optional.empty(), t.capacity());
    assertEquals(Optional.of(1), track().capacity(1).build().capacity());
    refused("capacity", "capacity 0 must be at least 1", () -> track().capacity(0).build());
    refused("capacity", "capacity -3 must be at least 1", () -> track().capacity(-3).build());
  }
}
