package org.civiclab.core.matching.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.civiclab.core.matching.MatchCandidate;
import org.civiclab.core.matching.ScoreTerm;
import org.civiclab.core.matching.spi.PairScorer;

/** The default, weighted {@link PairScorer}; see {@link PairScorer#standard()}. */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultPairScorer implements PairScorer {
  public static final DefaultPairScorer STANDARD = new DefaultPairScorer(3, 2, 1, 1);

  private final int perInterest;
  private final int language;
  private final int slot;
  private final int otherOrganization;

  public DefaultPairScorer(int perInterest, int language, int slot, int otherOrganization) {
    this.perInterest = perInterest;
    this.language = language;
    this.slot = slot;
    this.otherOrganization = otherOrganization;
  }

  @Override
  public ImmutableList<ScoreTerm> terms(MatchCandidate mentor, MatchCandidate mentee) {
    ImmutableList.Builder<ScoreTerm> terms = ImmutableList.builder();
    Set<String> interests = common(mentor.interests(), mentee.interests());
    if (perInterest != 0 && !interests.isEmpty()) {
      terms.add(ScoreTerm.of("shared interests (" + String.join(", ", interests) + ")",
          (long) perInterest * interests.size()));
    }
    Set<String> languages = common(mentor.languages(), mentee.languages());
    if (language != 0 && !languages.isEmpty()) {
      terms.add(ScoreTerm.of("common language (" + String.join(", ", languages) + ")", language));
    }
    if (slot != 0 && sharesSlot(mentor, mentee)) {
      terms.add(ScoreTerm.of("shared weekly slot", slot));
    }
    if (otherOrganization != 0 && differentOrganizations(mentor, mentee)) {
      terms.add(ScoreTerm.of("different organisations", otherOrganization));
    }
    return terms.build();
  }

  @Override
  public long score(MatchCandidate mentor, MatchCandidate mentee) {
    long sum = 0;
    if (perInterest != 0) {
      sum += (long) perInterest * countCommon(mentor.interests(), mentee.interests());
    }
    if (language != 0 && countCommon(mentor.languages(), mentee.languages()) > 0) {
      sum += language;
    }
    if (slot != 0 && sharesSlot(mentor, mentee)) {
      sum += slot;
    }
    if (otherOrganization != 0 && differentOrganizations(mentor, mentee)) {
      sum += otherOrganization;
    }
    return sum;
  }

  private static boolean sharesSlot(MatchCandidate a, MatchCandidate b) {
    return !a.availability().isEmpty() && !b.availability().isEmpty()
        && countCommon(a.availability(), b.availability()) > 0;
  }

  private static boolean differentOrganizations(MatchCandidate a, MatchCandidate b) {
    return a.organization().isPresent() && b.organization().isPresent()
        && !a.organization().equals(b.organization());
  }

  public static <T> int countCommon(Set<T> a, Set<T> b) {
    Set<T> small = a.size() <= b.size() ? a : b;
    Set<T> large = small == a ? b : a;
    int n = 0;
    for (T t : small) {
      if (large.contains(t)) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> common(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.retainAll(b);
    return out;
  }

  @Override
  public String toString() {
    return "PairScorer[interest=" + perInterest + ", language=" + language + ", slot=" + slot
        + ", otherOrganization=" + otherOrganization + "]";
  }
}
