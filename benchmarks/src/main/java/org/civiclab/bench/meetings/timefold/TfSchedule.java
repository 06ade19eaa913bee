package org.civiclab.bench.meetings.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The planning solution: facts, assignments and score. */
@PlanningSolution
public class TfSchedule {
  @ProblemFactCollectionProperty
  @ValueRangeProvider
  private List<TfGrain> grains;
  @ProblemFactCollectionProperty
  @ValueRangeProvider
  private List<TfRoom> rooms;
  @ProblemFactCollectionProperty
  private List<TfMeeting> meetings;
  @ProblemFactCollectionProperty
  private List<TfPerson> persons;
  @ProblemFactCollectionProperty
  private List<TfAttendance> attendances;
  @PlanningEntityCollectionProperty
  private List<TfAssignment> assignments;
  /** Null until Timefold has scored the solution. */
  @PlanningScore
  private @Nullable HardMediumSoftScore score;

  /** For Timefold's cloning, which sets every field right after. */
  @SuppressWarnings("NullAway.Init") // Timefold's cloner sets the fields by reflection
  public TfSchedule() {}

  TfSchedule(List<TfGrain> grains, List<TfRoom> rooms, List<TfMeeting> meetings,
      List<TfPerson> persons, List<TfAttendance> attendances, List<TfAssignment> assignments) {
    this.grains = grains;
    this.rooms = rooms;
    this.meetings = meetings;
    this.persons = persons;
    this.attendances = attendances;
    this.assignments = assignments;
  }

  /** @return the grains */
  public List<TfGrain> getGrains() {
    return grains;
  }

  /** @return the rooms */
  public List<TfRoom> getRooms() {
    return rooms;
  }

  /** @return the meetings */
  public List<TfMeeting> getMeetings() {
    return meetings;
  }

  /** @return the persons */
  public List<TfPerson> getPersons() {
    return persons;
  }

  /** @return the attendances */
  public List<TfAttendance> getAttendances() {
    return attendances;
  }

  /** @return the assignments */
  public List<TfAssignment> getAssignments() {
    return assignments;
  }

  /** @return the score */
  public @Nullable HardMediumSoftScore getScore() {
    return score;
  }

  /** @param score the score */
  public void setScore(@Nullable HardMediumSoftScore score) {
    this.score = score;
  }
}
