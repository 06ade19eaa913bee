package org.civiclab.bench.meetings.timefold;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

/** The planning entity: one meeting's start grain and room. */
@PlanningEntity
public class TfAssignment {
  @PlanningId
  private Integer id;
  private TfMeeting meeting;
  @PlanningPin
  private boolean pinned;
  /** Null while Timefold has not assigned it (and for a pinned assignment with none). */
  @PlanningVariable
  private @Nullable TfGrain startingTimeGrain;
  /** Null while Timefold has not assigned it (and for a pinned assignment with none). */
  @PlanningVariable
  private @Nullable TfRoom room;

  /** For Timefold's cloning, which sets every field right after. */
  @SuppressWarnings("NullAway.Init") // Timefold's cloner sets the fields by reflection
  public TfAssignment() {}

  TfAssignment(int id, TfMeeting meeting, boolean pinned, @Nullable TfGrain start,
      @Nullable TfRoom room) {
    this.id = id;
    this.meeting = meeting;
    this.pinned = pinned;
    this.startingTimeGrain = start;
    this.room = room;
  }

  /** @return the id */
  public Integer getId() {
    return id;
  }

  /** @return the meeting */
  public TfMeeting getMeeting() {
    return meeting;
  }

  /** @return whether pinned */
  public boolean isPinned() {
    return pinned;
  }

  /** @return the start grain */
  public @Nullable TfGrain getStartingTimeGrain() {
    return startingTimeGrain;
  }

  /** @param g the start grain */
  public void setStartingTimeGrain(@Nullable TfGrain g) {
    this.startingTimeGrain = g;
  }

  /** @return the room */
  public @Nullable TfRoom getRoom() {
    return room;
  }

  /** @param r the room */
  public void setRoom(@Nullable TfRoom r) {
    this.room = r;
  }

  /**
   * The start grain of an assigned entity: constraint streams see assigned entities only
   * (Timefold's forEach leaves out those with an unassigned variable).
   *
   * @return the start grain
   */
  public TfGrain grain() {
    return requireNonNull(startingTimeGrain, "constraints see assigned entities only");
  }

  /**
   * The room of an assigned entity, see {@link #grain()}.
   *
   * @return the room
   */
  public TfRoom room() {
    return requireNonNull(room, "constraints see assigned entities only");
  }

  /** @return the first grain's index */
  public int start() {
    return grain().index;
  }

  /** @return one past the last grain's index */
  public int end() {
    return grain().index + meeting.duration;
  }

  /** @return the last grain's index */
  public int last() {
    return end() - 1;
  }

  /**
   * @param o another assignment
   * @return the grains both occupy
   */
  public int overlap(TfAssignment o) {
    return Math.max(0, Math.min(end(), o.end()) - Math.max(start(), o.start()));
  }
}
