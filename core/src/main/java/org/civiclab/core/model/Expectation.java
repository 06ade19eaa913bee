package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Why one asks who is expected at a session; {@link Edition#expectedAt(Module, Expectation)}
 * answers for either purpose, so that the scheduler, calendars and attendance analyses do not
 * each decide for themselves.
 *
 * <p>The two purposes differ in one status only. A {@link EnrollmentStatus#COMPLETED
 * completed} participant has finished the edition: a session of it was for them, so its
 * {@link #ROLL roll} (calendar invitation, attendance rates) includes them, but a plan made
 * now must not keep them free for it, so {@link #PLANNING planning} leaves them out. Applied,
 * waitlisted and cancelled enrolments hold no place and are expected for neither purpose.
 */
@API(status = STABLE, since = "0.1.0")
public enum Expectation {
  /**
   * Planning sessions: the people whose time the schedule must respect, those about to take
   * part (registered or confirmed).
   */
  PLANNING(EnumSet.of(EnrollmentStatus.REGISTERED, EnrollmentStatus.CONFIRMED)),

  /**
   * A session's roll: everyone the session is for, whether still to take part or done with
   * the edition (registered, confirmed or completed). Calendars invite them and attendance is
   * measured against them.
   */
  ROLL(EnumSet.of(EnrollmentStatus.REGISTERED, EnrollmentStatus.CONFIRMED,
      EnrollmentStatus.COMPLETED));

  private final Set<EnrollmentStatus> statuses;

  Expectation(Set<EnrollmentStatus> statuses) {
    this.statuses = statuses;
  }

  /**
   * @param status an enrolment status
   * @return whether an enrolment in that status is expected for this purpose
   */
  public boolean includes(EnrollmentStatus status) {
    return statuses.contains(status);
  }
}
