package org.civiclab.examples.seeds.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.Person;

/**
 * Pairs mentors with mentees and groups people into learning circles for the seed programs.
 *
 * <p>This is the single place where the seed programs decide who is paired or grouped with
 * whom. For now the choices are explicit and simple (pairs in the order given; circles dealt
 * round-robin by experience so that each gets a mix); when {@code org.civiclab.core.matching}
 * is available, these two methods delegate to it and the seed programs stay unchanged.
 */
public final class SeedMatching {

  private SeedMatching() {}

  /**
   * One mentor paired with one mentee, with the reason for the choice.
   *
   * @param mentor who mentors
   * @param mentee who is mentored
   * @param rationale why these two, in a sentence
   */
  public record Match(Person mentor, Person mentee, String rationale) {}

  /**
   * Pairs each mentee with one mentor.
   *
   * @param mentors the mentors, as many as mentees
   * @param mentees the mentees
   * @return one match per mentee, in the mentees' order
   * @throws InvalidInputException when the lists differ in length
   */
  public static ImmutableList<Match> pair(List<Person> mentors, List<Person> mentees) {
    if (mentors.size() != mentees.size()) {
      throw InvalidInputException.of("mentors", mentors.size() + " mentors for "
          + mentees.size() + " mentees; the seed pairs one to one");
    }
    ImmutableList.Builder<Match> out = ImmutableList.builder();
    for (int i = 0; i < mentees.size(); i++) {
      Person mentor = mentors.get(i);
      Person mentee = mentees.get(i);
      String why = mentor.unit().map(u -> "mentor from " + u).orElse("mentor")
          + " paired with " + mentee.unit().map(u -> "a manager in " + u).orElse("mentee")
          + "; mentor and mentee work in different organisations";
      out.add(new Match(mentor, mentee, why));
    }
    return out.build();
  }

  /**
   * Groups people into circles with a mix of experience.
   *
   * <p>People are sorted by experience (most experienced first, ties in the order given) and
   * dealt to the circles in turn, so every circle gets experienced and novice members when
   * there are enough of each.
   *
   * @param people the members to group
   * @param circles the number of circles, at least 1
   * @return the members of each circle
   * @throws InvalidInputException when {@code circles} is below 1
   */
  public static ImmutableList<ImmutableList<CircleMember>> formCircles(List<Person> people,
      int circles) {
    if (circles < 1) {
      throw InvalidInputException.of("circles", "need at least one circle, got " + circles);
    }
    List<Person> sorted = new ArrayList<>(people);
    sorted.sort(Comparator.comparing(Person::experience).reversed());
    List<ImmutableList.Builder<CircleMember>> groups = new ArrayList<>();
    for (int i = 0; i < circles; i++) {
      groups.add(ImmutableList.builder());
    }
    for (int i = 0; i < sorted.size(); i++) {
      Person p = sorted.get(i);
      groups.get(i % circles).add(CircleMember.of(p.id(), p.experience()));
    }
    return groups.stream().map(ImmutableList.Builder::build)
        .collect(ImmutableList.toImmutableList());
  }
}
