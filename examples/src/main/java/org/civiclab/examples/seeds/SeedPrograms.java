package org.civiclab.examples.seeds;

import com.google.common.collect.ImmutableList;

/** The five seed programs, in the order of their source texts. */
public final class SeedPrograms {

  private SeedPrograms() {}

  /**
   * Builds all five seed programs: SeGRID (000), the Brčko diaspora training (001), the
   * citizen-engagement training (002), reverse mentoring at Digg (003) and the Georgian
   * civil-society program (004).
   *
   * <p>Each call builds them afresh; the result is the same every time.
   *
   * @return the five programs with their directories, in source order
   */
  public static ImmutableList<SeedProgram> all() {
    return ImmutableList.of(
        SegridCourse.build(),
        BrckoDiasporaTraining.build(),
        CitizenEngagementTraining.build(),
        ReverseMentoring.build(),
        CivilSocietyProgram.build())
        .stream().map(SeedResults::add).collect(ImmutableList.toImmutableList());
  }
}
