package org.civiclab.bench.civic;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.Participant;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.scheduling.TimeGrid;
import org.civiclab.core.scheduling.Travel;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.WorkingHours;

/**
 * Generates civic-scale instances, deterministic for a seed.
 *
 * <p>Each program has four modules with consecutive windows that must run in order, four track
 * cohorts and three trainers; each event serves one cohort with one trainer, on site in one of
 * its city's venues or online. People work office hours in their own zone (Stockholm, Brussels,
 * Sofia, Sarajevo, Tbilisi); cities are two hours apart; the grid has one-hour grains from
 * 08:00 to 18:00 on weekdays in Brussels time, with a few common holidays.
 */
final class CivicInstances {
  static final ZoneId GRID_ZONE = ZoneId.of("Europe/Brussels");
  static final ZoneId[] ZONES = {ZoneId.of("Europe/Stockholm"), ZoneId.of("Europe/Brussels"),
      ZoneId.of("Europe/Sofia"), ZoneId.of("Europe/Sarajevo"), ZoneId.of("Asia/Tbilisi")};
  static final int CITIES = 12;

  private CivicInstances() {}

  static SchedulingProblem generate(int programs, int events, int people, int venues,
      int months, long seed) {
    if (programs < 1 || events < programs || people < programs * 8 || venues < 1 || months < 1) {
      throw new IllegalArgumentException("need programs >= 1, events >= programs, people >= 8 x"
          + " programs, venues >= 1, months >= 1");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2025, 1, 6);
    DateRange period = DateRange.of(start, start.plusMonths(months).minusDays(1));
    SchedulingProblem.Builder b = SchedulingProblem.builder().name("civic")
        .grid(TimeGrid.daily(GRID_ZONE, period, d -> d.getDayOfWeek().getValue() <= 5,
            LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofHours(1)))
        .holidays(HolidayCalendar.builder().name("common").holidays(ImmutableSortedMap.of(
            LocalDate.of(2025, 4, 21), "Easter Monday", LocalDate.of(2025, 5, 1), "Labour Day",
            LocalDate.of(2025, 5, 29), "Ascension Day")).build());
    for (int v = 0; v < venues; v++) {
      b.addLocation(Location.builder().id("venue" + v).name("Venue " + v)
          .capacity(10 + rnd.nextInt(51)).site("city" + v % CITIES).build());
    }
    for (int a = 0; a < CITIES; a++) {
      for (int c = a + 1; c < CITIES; c++) {
        b.addTravelTime(Travel.of("city" + a, "city" + c, 2));
      }
    }
    for (int p = 0; p < people; p++) {
      ZoneId zone = ZONES[p % ZONES.length];
      b.addParticipant(Participant.builder().id("person" + p)
          .workingHours(WorkingHours.officeHours(zone)).build());
    }
    int perProgram = people / programs;
    long days = period.lengthInDays();
    for (int g = 0; g < programs; g++) {
      int base = g * perProgram;
      int cohort = Math.max(1, (perProgram - 3) / 4);
      int city = g % CITIES;
      List<String> cityVenues = new ArrayList<>();
      for (int v = city; v < venues; v += CITIES) {
        cityVenues.add("venue" + v);
      }
      int count = events / programs + (g < events % programs ? 1 : 0);
      for (int e = 0; e < count; e++) {
        int module = e * 4 / count;
        LocalDate ws = start.plusDays(days * module / 4);
        LocalDate we = start.plusDays(days * (module + 1) / 4 - 1);
        int track = e % 4;
        int trainer = base + e % 3;
        Demand.Builder d = Demand.builder().id("program" + g + "-event" + e)
            .label("program " + g + ", module " + (module + 1) + ", event " + e)
            .durationGrains(1 + rnd.nextInt(3)).window(DateRange.of(ws, we))
            .sequenceGroup("program" + g + "-track" + track).sequenceOrder(module)
            .addRequiredAttendee("person" + trainer);
        for (int i = 0; i < cohort; i++) {
          d.addRequiredAttendee("person" + (base + 3 + track * cohort + i));
        }
        if (cityVenues.isEmpty() || rnd.nextInt(10) < 3) {
          d.online(true);
        } else {
          d.allowedLocations(cityVenues);
        }
        b.addDemand(d.build());
      }
    }
    return b.build();
  }
}
