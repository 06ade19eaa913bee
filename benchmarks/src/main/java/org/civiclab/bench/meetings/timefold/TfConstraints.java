package org.civiclab.bench.meetings.timefold;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** The benchmark README's score definition as Timefold constraint streams. */
public final class TfConstraints implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
        roomConflict(f), avoidOvertime(f), requiredAttendanceConflict(f), roomCapacity(f),
        startAndEndOnSameDay(f), requiredAndPreferredConflict(f), preferredConflict(f),
        asSoonAsPossible(f), breakBetweenMeetings(f), overlappingMeetings(f), largerRoomsFirst(f),
        roomStability(f)};
  }

  Constraint roomConflict(ConstraintFactory f) {
    return f.forEachUniquePair(TfAssignment.class, equal(TfAssignment::getRoom),
            overlapping(TfAssignment::start, TfAssignment::end))
        .penalize(HardMediumSoftScore.ONE_HARD, TfAssignment::overlap)
        .asConstraint("room conflict");
  }

  Constraint avoidOvertime(ConstraintFactory f) {
    return f.forEach(TfAssignment.class)
        .ifNotExists(TfGrain.class, equal(TfAssignment::last, TfGrain::index))
        .penalize(HardMediumSoftScore.ONE_HARD, TfAssignment::last)
        .asConstraint("avoid overtime");
  }

  Constraint requiredAttendanceConflict(ConstraintFactory f) {
    return f.forEachUniquePair(TfAttendance.Required.class, equal(TfAttendance::person))
        .join(TfAssignment.class, equal((x, y) -> x.meeting, TfAssignment::getMeeting))
        .join(TfAssignment.class, equal((x, y, a) -> y.meeting, TfAssignment::getMeeting))
        .filter((x, y, a, b) -> a.overlap(b) > 0)
        .penalize(HardMediumSoftScore.ONE_HARD, (x, y, a, b) -> a.overlap(b))
        .asConstraint("required attendance conflict");
  }

  Constraint roomCapacity(ConstraintFactory f) {
    return f.forEach(TfAssignment.class)
        .filter(a -> a.getMeeting().need > a.room().capacity)
        .penalize(HardMediumSoftScore.ONE_HARD,
            a -> a.getMeeting().need - a.room().capacity)
        .asConstraint("required room capacity");
  }

  Constraint startAndEndOnSameDay(ConstraintFactory f) {
    return f.forEach(TfAssignment.class)
        .join(TfGrain.class, equal(TfAssignment::last, TfGrain::index),
            filtering((a, g) -> a.grain().day != g.day))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .asConstraint("start and end on same day");
  }

  Constraint requiredAndPreferredConflict(ConstraintFactory f) {
    return f.forEach(TfAttendance.Required.class)
        .join(TfAttendance.Preferred.class, equal(TfAttendance::person, TfAttendance::person))
        .join(TfAssignment.class, equal((x, y) -> x.meeting, TfAssignment::getMeeting))
        .join(TfAssignment.class, equal((x, y, a) -> y.meeting, TfAssignment::getMeeting))
        .filter((x, y, a, b) -> a.overlap(b) > 0)
        .penalize(HardMediumSoftScore.ONE_MEDIUM, (x, y, a, b) -> a.overlap(b))
        .asConstraint("required and preferred attendance conflict");
  }

  Constraint preferredConflict(ConstraintFactory f) {
    return f.forEachUniquePair(TfAttendance.Preferred.class, equal(TfAttendance::person))
        .join(TfAssignment.class, equal((x, y) -> x.meeting, TfAssignment::getMeeting))
        .join(TfAssignment.class, equal((x, y, a) -> y.meeting, TfAssignment::getMeeting))
        .filter((x, y, a, b) -> a.overlap(b) > 0)
        .penalize(HardMediumSoftScore.ONE_MEDIUM, (x, y, a, b) -> a.overlap(b))
        .asConstraint("preferred attendance conflict");
  }

  Constraint asSoonAsPossible(ConstraintFactory f) {
    return f.forEach(TfAssignment.class)
        .penalize(HardMediumSoftScore.ONE_SOFT, TfAssignment::last)
        .asConstraint("do meetings as soon as possible");
  }

  Constraint breakBetweenMeetings(ConstraintFactory f) {
    return f.forEach(TfAssignment.class)
        .join(TfAssignment.class, equal(TfAssignment::end, TfAssignment::start))
        .penalize(HardMediumSoftScore.ofSoft(100))
        .asConstraint("one break between consecutive meetings");
  }

  Constraint overlappingMeetings(ConstraintFactory f) {
    return f.forEachUniquePair(TfAssignment.class,
            overlapping(TfAssignment::start, TfAssignment::end))
        .penalize(HardMediumSoftScore.ofSoft(10), TfAssignment::overlap)
        .asConstraint("overlapping meetings");
  }

  Constraint largerRoomsFirst(ConstraintFactory f) {
    return f.forEach(TfAssignment.class)
        .join(TfRoom.class, lessThan(a -> a.room().capacity, TfRoom::capacity))
        .penalize(HardMediumSoftScore.ONE_SOFT, (a, r) -> r.capacity - a.room().capacity)
        .asConstraint("assign larger rooms first");
  }

  Constraint roomStability(ConstraintFactory f) {
    return f.forEach(TfAttendance.class)
        .join(TfAttendance.class, equal(TfAttendance::person),
            filtering((x, y) -> x.meeting != y.meeting))
        .join(TfAssignment.class, equal((x, y) -> x.meeting, TfAssignment::getMeeting))
        .join(TfAssignment.class, equal((x, y, a) -> y.meeting, TfAssignment::getMeeting))
        .filter((x, y, a, b) -> a.start() < b.start() && a.getRoom() != b.getRoom()
            && b.start() - a.getMeeting().duration - a.start() <= 2)
        .penalize(HardMediumSoftScore.ONE_SOFT)
        .asConstraint("room stability");
  }
}
