package org.civiclab.bench.meetings.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** The planning entity: one meeting's start grain and room. */
@PlanningEntity
@SuppressWarnings("NullAway") // Timefold sets planning fields by reflection and takes null for unpinned values
public class TfAssignment {
  @PlanningId
  private Integer id;
  private TfMeeting meeting;
  @PlanningPin
  private boolean pinned;
  @PlanningVariable
  private TfGrain startingTimeGrain;
  @PlanningVariable
  private TfRoom room;

  /** For Timefold's cloning. */
  public TfAssignment() {}

  TfAssignment(int id, TfMeeting meeting, boolean pinned, TfGrain start, TfRoom room) {
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
  public TfGrain getStartingTimeGrain() {
    return startingTimeGrain;
  }

  /** @param g the start grain */
  public void setStartingTimeGrain(TfGrain g) {
    this.startingTimeGrain = g;
  }

  /** @return the room */
  public TfRoom getRoom() {
    return room;
  }

  /** @param r the room */
  public void setRoom(TfRoom r) {
    this.room = r;
  }

  /** @return the first grain's index */
  public int start() {
    return startingTimeGrain.index;
  }

  /** @return one past the last grain's index */
  public int end() {
    return startingTimeGrain.index + meeting.duration;
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
