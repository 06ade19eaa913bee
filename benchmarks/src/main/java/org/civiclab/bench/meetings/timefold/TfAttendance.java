package org.civiclab.bench.meetings.timefold;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A person's attendance at a meeting, required or preferred. */
public class TfAttendance {
  @PlanningId
  final Integer id;
  final TfPerson person;
  final TfMeeting meeting;

  TfAttendance(int id, TfPerson person, TfMeeting meeting) {
    this.id = id;
    this.person = person;
    this.meeting = meeting;
  }

  /** @return the id */
  public Integer getId() {
    return id;
  }

  /** @return the person */
  public TfPerson person() {
    return person;
  }

  /** @return the meeting */
  public TfMeeting meeting() {
    return meeting;
  }

  /** A required attendance. */
  public static final class Required extends TfAttendance {
    Required(int id, TfPerson person, TfMeeting meeting) {
      super(id, person, meeting);
    }
  }

  /** A preferred attendance. */
  public static final class Preferred extends TfAttendance {
    Preferred(int id, TfPerson person, TfMeeting meeting) {
      super(id, person, meeting);
    }
  }
}
