package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.immutables.value.Value;

/**
 * A capacity-building program: a course, training or initiative, the aggregate root of
 * CivicLab's model.
 *
 * <p>A program has titles in several languages, an organiser and funders, a period and a time
 * zone, and its components: editions with tracks, modules and sessions; mentor pairings;
 * learning circles; exchange visits; outreach and reflection meetings; evaluations. People and
 * organisations are referenced by id and live in a {@code Directory}.
 *
 * <p>Construction checks the aggregate's own consistency: ids unique within their lists, event
 * ids unique across the whole program, editions, pairings, circles, visits and meetings inside
 * the program's period. Checks against the directory and between components (a session inside
 * its module's window, module order) are the validator's:
 * {@code org.civiclab.core.validation.ProgramValidator}. Immutable; build with
 * {@link #builder()} and change with its {@code with*} methods (each returns a changed copy).
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Program implements WithProgram {

  /** @return the program's id */
  public abstract ProgramId id();

  /** @return the title, in the languages of its documents */
  public abstract LocalizedText title();

  /** @return a description, if any */
  public abstract Optional<LocalizedText> description();

  /** @return the organisation that runs it */
  public abstract OrganizationId organizer();

  /** @return organisations that fund it */
  public abstract ImmutableSet<OrganizationId> funders();

  /** @return partner organisations */
  public abstract ImmutableSet<OrganizationId> partners();

  /** @return the zone in which the program's dates are read */
  public abstract ZoneId zone();

  /** @return the program's days */
  public abstract DateRange period();

  /** @return the academic terms the program follows, if any (for per-term cadences) */
  public abstract Optional<AcademicCalendar> academicCalendar();

  /** @return days on which nothing is planned */
  public abstract Optional<HolidayCalendar> holidays();

  /**
   * The shape of the program's days: working days (Saturday and Sunday for a weekend program),
   * day start and end, breaks. The planner places open events inside it, and people who state
   * no hours of their own work these hours. Empty: the planner's default day.
   *
   * @return the day shape, if any
   */
  public abstract Optional<org.civiclab.core.time.DayShape> dayShape();

  /** @return the places its on-site events use */
  public abstract ImmutableList<Venue> venues();

  /** @return who does what */
  public abstract ImmutableList<RoleAssignment> roles();

  /** @return its runs, usually one a year */
  public abstract ImmutableList<Edition> editions();

  /** @return mentor pairings */
  public abstract ImmutableList<MentorPairing> pairings();

  /** @return learning circles */
  public abstract ImmutableList<LearningCircle> circles();

  /** @return exchange visits and internships */
  public abstract ImmutableList<ExchangeVisit> exchangeVisits();

  /** @return visits to remote communities */
  public abstract ImmutableList<OutreachMeeting> outreachMeetings();

  /**
   * Outreach visits that recur, such as two a year to a mountain village in its season: the
   * planner expands each into occurrences and writes each planned one into
   * {@link #outreachMeetings()} as a visit naming its series.
   *
   * @return the series; empty by default
   */
  public abstract ImmutableList<OutreachSeries> outreachSeries();

  /** @return yearly self-reflection meetings */
  public abstract ImmutableList<ReflectionMeeting> reflectionMeetings();

  /** @return evaluations and survey responses */
  public abstract ImmutableList<Evaluation> evaluations();

  /** @return questionnaires with their responses, and ballots */
  public abstract ImmutableList<org.civiclab.core.survey.Survey> surveys();

  /** @return when a participant has completed an edition or a module */
  public abstract ImmutableList<CompletionRule> completionRules();

  /** @return findings, recommendations and decisions made at its meetings, with follow-ups */
  public abstract ImmutableList<org.civiclab.core.commitment.Commitment> commitments();

  /** @return indicators with baselines, targets and actuals, if the program declares them */
  public abstract Optional<org.civiclab.core.results.ResultsFramework> resultsFramework();

  /**
   * The custom person attributes the program declares (a language level, a date of joining, a
   * choice of sector), with the sensitivity of each. The validator checks the attributes of
   * every person the program refers to against it
   * ({@code org.civiclab.core.validation.ProgramValidator}); exports and analyses read the
   * sensitivity of an attribute from it ({@link AttributeSchema#sensitivity(String)}).
   *
   * @return the schema; {@link AttributeSchema#empty()} unless given, declaring no custom
   *     attribute
   */
  @Value.Default
  public AttributeSchema attributeSchema() {
    return AttributeSchema.empty();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Program} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableProgram.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.unique(venues(), Venue::id, "venues", "id");
    c.unique(editions(), Edition::id, "editions", "id");
    c.unique(pairings(), MentorPairing::id, "pairings", "id");
    c.unique(circles(), LearningCircle::id, "circles", "id");
    c.unique(exchangeVisits(), ExchangeVisit::id, "exchangeVisits", "id");
    c.unique(evaluations(), Evaluation::id, "evaluations", "id");
    c.unique(outreachSeries(), OutreachSeries::id, "outreachSeries", "id");
    series(c);
    ProgramResultsChecks.check(this, c);
    inside(c, editions(), e -> e.period(), "editions", "period");
    inside(c, pairings(), p -> p.period(), "pairings", "period");
    inside(c, circles(), x -> x.period(), "circles", "period");
    inside(c, exchangeVisits(), v -> v.period(), "exchangeVisits", "period");
    inside(c, outreachMeetings(), o -> DateRange.day(o.when().day()), "outreachMeetings", "when");
    inside(c, reflectionMeetings(), r -> DateRange.day(r.when().day()), "reflectionMeetings",
        "when");
    Set<EventId> events = new HashSet<>();
    for (int e = 0; e < editions().size(); e++) {
      List<Module> modules = editions().get(e).modules();
      for (int m = 0; m < modules.size(); m++) {
        List<Session> sessions = modules.get(m).sessions();
        for (int s = 0; s < sessions.size(); s++) {
          eventOnce(c, events, sessions.get(s).id(),
              "editions[" + e + "].modules[" + m + "].sessions[" + s + "].id");
        }
      }
    }
    for (int p = 0; p < pairings().size(); p++) {
      for (int m = 0; m < pairings().get(p).meetings().size(); m++) {
        eventOnce(c, events, pairings().get(p).meetings().get(m).id(),
            "pairings[" + p + "].meetings[" + m + "].id");
      }
    }
    for (int x = 0; x < circles().size(); x++) {
      for (int m = 0; m < circles().get(x).meetings().size(); m++) {
        eventOnce(c, events, circles().get(x).meetings().get(m).id(),
            "circles[" + x + "].meetings[" + m + "].id");
      }
    }
    for (int v = 0; v < exchangeVisits().size(); v++) {
      // attendance names a visit by its id as an event id, so it shares their namespace
      eventOnce(c, events, EventId.of(exchangeVisits().get(v).id().value()),
          "exchangeVisits[" + v + "].id");
    }
    for (int o = 0; o < outreachMeetings().size(); o++) {
      eventOnce(c, events, outreachMeetings().get(o).id(), "outreachMeetings[" + o + "].id");
    }
    for (int r = 0; r < reflectionMeetings().size(); r++) {
      eventOnce(c, events, reflectionMeetings().get(r).id(), "reflectionMeetings[" + r + "].id");
    }
    c.done();
  }

  /**
   * Each series' own period inside the program's; each visit of a series names one of the
   * program's series, and no occurrence of a series is held twice.
   */
  private void series(Checks c) {
    for (int i = 0; i < outreachSeries().size(); i++) {
      int at = i;
      outreachSeries().get(i).period().ifPresent(p -> c.require(period().contains(p),
          "outreachSeries[" + at + "].period",
          "period " + p + " is outside the program's period " + period()));
    }
    Set<SeriesId> known = new HashSet<>();
    outreachSeries().forEach(s -> known.add(s.id()));
    Set<String> held = new HashSet<>();
    for (int o = 0; o < outreachMeetings().size(); o++) {
      OutreachMeeting m = outreachMeetings().get(o);
      if (m.series().isEmpty()) {
        continue;
      }
      SeriesId s = m.series().get();
      c.require(known.contains(s), "outreachMeetings[" + o + "].series",
          "series '" + s + "' is not one of the program's outreach series");
      c.require(held.add(s.value() + "#" + m.occurrence().orElse(0)),
          "outreachMeetings[" + o + "].occurrence", "occurrence " + m.occurrence().orElse(0)
              + " of series '" + s + "' is held by two visits");
    }
  }

  private <T> void inside(Checks c, List<T> items, Function<T, DateRange> range, String path,
      String field) {
    for (int i = 0; i < items.size(); i++) {
      DateRange r = range.apply(items.get(i));
      c.require(period().contains(r), path + "[" + i + "]." + field,
          field + " " + r + " is outside the program's period " + period());
    }
  }

  private static void eventOnce(Checks c, Set<EventId> seen, EventId id, String path) {
    c.require(seen.add(id), path, "event id '" + id + "' is used twice in the program");
  }

  /**
   * @param id an edition id
   * @return the edition with that id, if any
   */
  public Optional<Edition> edition(EditionId id) {
    return editions().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * @param id a venue id
   * @return the venue with that id, if any
   */
  public Optional<Venue> venue(VenueId id) {
    return venues().stream().filter(v -> v.id().equals(id)).findFirst();
  }

  /**
   * @param id an outreach series id
   * @return the series with that id, if any
   */
  public Optional<OutreachSeries> outreachSeries(SeriesId id) {
    return outreachSeries().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** @return every session of every module of every edition, in order */
  public ImmutableList<Session> sessions() {
    return editions().stream().flatMap(e -> e.modules().stream())
        .flatMap(m -> m.sessions().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Every person the program refers to: roles, facilitators, speakers, enrolments, pairs,
   * circles, visitors, outreach leaders (of visits and series), reflection participants, respondents.
   *
   * @return the ids, in a stable order
   */
  public ImmutableSet<PersonId> referencedPeople() {
    ImmutableSet.Builder<PersonId> out = ImmutableSet.builder();
    roles().forEach(r -> out.add(r.person()));
    for (Edition e : editions()) {
      e.enrollments().forEach(x -> out.add(x.person()));
      for (Module m : e.modules()) {
        out.addAll(m.facilitators());
        m.sessions().forEach(s -> {
          out.addAll(s.facilitators()).addAll(s.speakers());
          s.groups().forEach(g -> out.addAll(g.facilitators()).addAll(g.participants()));
        });
      }
    }
    pairings().forEach(p -> out.add(p.mentor(), p.mentee()));
    circles().forEach(x -> {
      x.members().forEach(m -> out.add(m.person()));
      out.addAll(x.facilitators()).addAll(x.invitedExperts());
    });
    exchangeVisits().forEach(v -> out.addAll(v.visitors()));
    outreachMeetings().forEach(o -> out.addAll(o.leaders()));
    outreachSeries().forEach(o -> out.addAll(o.leaders()));
    reflectionMeetings().forEach(r -> r.participants().forEach(p -> p.person().ifPresent(out::add)));
    evaluations().forEach(v -> v.respondent().ifPresent(out::add));
    return out.build();
  }
}
