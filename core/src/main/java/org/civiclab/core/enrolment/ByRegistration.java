package org.civiclab.core.enrolment;

import java.util.Comparator;
import org.civiclab.core.model.Enrollment;

/** Registration order, the roster's default. */
final class ByRegistration implements WaitingListOrder {
  static final ByRegistration INSTANCE = new ByRegistration();
  private static final Comparator<Enrollment> RANKING =
      Comparator.comparingLong(Enrollment::sequence);

  private ByRegistration() {}

  @Override
  public Comparator<Enrollment> ranking() {
    return RANKING;
  }

  @Override
  public String describe() {
    return "registration order";
  }
}
