package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.immutables.value.Value;

/**
 * A visit to a remote community: who went, what residents raised, and the follow-up agreed
 * with partners. Immutable; every follow-up answers a finding of the same meeting.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class OutreachMeeting implements WithOutreachMeeting {

  /** @return the meeting's id */
  public abstract EventId id();

  /** @return the community visited */
  public abstract String community();

  /** @return the region, if known */
  public abstract Optional<String> region();

  /** @return the ISO country code */
  public abstract String country();

  /** @return when */
  public abstract TimeSpan when();

  /**
   * The days the planner may place the outreach visit in, such as the season a mountain community can be
   * reached: when present, {@link #when()} is only its proposed time and its length, and the
   * planner moves it inside this window; when absent, the time is agreed and stays.
   *
   * @return the window, if the time is open
   */
  public abstract Optional<DateRange> window();

  /**
   * The one-way journey from the organisation's base to the community, such as three hours by
   * road to a mountain village. The planner keeps it free, on the day of the visit, between the
   * visit and any on-site event of its leaders at the program's venues (the travel-time rule);
   * online events are not affected.
   *
   * @return the journey's length, if the community is not reached in no time
   */
  public abstract Optional<Duration> travelFromBase();

  /**
   * The series this visit is one occurrence of, such as "two visits a year to Omalo": the
   * planner counts the visit as that occurrence held or planned, and plans no other for it.
   *
   * @return the series' id, if the visit belongs to one
   */
  public abstract Optional<SeriesId> series();

  /**
   * @return which occurrence of its {@link #series()} the visit is, counted from 1; present
   *     exactly when the series is
   */
  public abstract Optional<Integer> occurrence();

  /** @return the civil-society leaders who went */
  public abstract ImmutableSet<PersonId> leaders();

  /** @return how many residents came, if counted */
  public abstract Optional<Integer> residentsAttending();

  /** @return what residents raised */
  public abstract ImmutableList<Finding> findings();

  /** @return what is being done about it */
  public abstract ImmutableList<FollowUpAction> followUps();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code OutreachMeeting} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableOutreachMeeting.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(community(), "community");
    region().ifPresent(r -> c.text(r, "region"));
    c.country(country(), "country");
    c.require(!leaders().isEmpty(), "leaders", "somebody must lead the visit");
    travelFromBase().ifPresent(t -> c.withinADay(t, "travelFromBase", "journey"));
    c.require(series().isPresent() == occurrence().isPresent(), "occurrence",
        series().isPresent() ? "a visit of series '" + series().get()
            + "' names which occurrence it is" : "only a visit of a series has an occurrence");
    occurrence().ifPresent(n -> c.require(n >= 1, "occurrence",
        "occurrence " + n + " must be at least 1"));
    residentsAttending().ifPresent(n -> c.require(n >= 0, "residentsAttending",
        "count " + n + " must not be negative"));
    c.unique(findings(), Finding::id, "findings", "id");
    Set<FindingId> known = findings().stream().map(Finding::id).collect(Collectors.toSet());
    for (int i = 0; i < followUps().size(); i++) {
      FindingId f = followUps().get(i).finding();
      c.require(known.contains(f), "followUps[" + i + "].finding",
          "finding '" + f + "' is not a finding of this meeting");
    }
    c.done();
  }
}
