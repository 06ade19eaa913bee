package org.civiclab.core.scheduling.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.scheduling.Demand;
import org.civiclab.core.scheduling.Location;
import org.civiclab.core.scheduling.SchedulingProblem;
import org.civiclab.core.time.TimeSpan;

/**
 * A scheduling problem numbered densely, as a rule sees it when it is bound.
 *
 * <p>Demands, grains, locations and participants are numbered in the problem's order; rules
 * refer to demands and locations by number, and location {@code -1} means online. The solver
 * builds one view per solve; it is immutable and safe to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ProblemView {

  /** @return the problem this view numbers */
  SchedulingProblem problem();

  /** @return the number of demands */
  int demandCount();

  /** @return the number of grains */
  int grainCount();

  /** @return the number of locations */
  int locationCount();

  /**
   * @param demand a demand's number
   * @return the demand
   */
  Demand demand(int demand);

  /**
   * @param location a location's number, not -1
   * @return the location
   */
  Location location(int location);

  /**
   * @param demand a demand's number
   * @return its length in grains
   */
  int duration(int demand);

  /**
   * @param id a demand's id
   * @return its number, if known
   */
  Optional<Integer> demandNumber(String id);

  /**
   * @param id a location's id
   * @return its number, if known
   */
  Optional<Integer> locationNumber(String id);

  /**
   * Whether a demand starting at a grain ends within the grid, on the same day, without a gap.
   *
   * @param demand a demand's number
   * @param start a start grain
   * @return whether it fits
   */
  boolean fits(int demand, int start);

  /**
   * Whether a demand starting at a grain ends within the grid on the same day (gaps between
   * grains of that day allowed).
   *
   * @param demand a demand's number
   * @param start a start grain
   * @return whether its last grain exists and lies on the start's day
   */
  boolean endsSameDay(int demand, int start);

  /**
   * @param demand a demand's number
   * @param start a start grain
   * @return whether all its grains lie in its window of days
   */
  boolean insideWindow(int demand, int start);

  /**
   * @param demand a demand's number
   * @param start a start grain
   * @return the span the demand covers when starting there (clipped to the grid)
   */
  TimeSpan span(int demand, int start);

  /**
   * @param demand a demand's number
   * @param start a start grain
   * @return a short text such as "'Module 1 lecture' at 2025-03-13T10:00–12:00 Europe/Brussels"
   */
  String describe(int demand, int start);

  /**
   * @param participant a participant's number
   * @return the participant's name
   */
  String participantName(int participant);
}
