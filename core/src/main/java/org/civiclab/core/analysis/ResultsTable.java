package org.civiclab.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.IndicatorId;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.results.Formula;
import org.civiclab.core.results.FormulaKind;
import org.civiclab.core.results.Indicator;
import org.civiclab.core.results.Measure;
import org.civiclab.core.results.ResultsFramework;
import org.civiclab.core.results.Target;
import org.civiclab.core.survey.Answer;
import org.civiclab.core.survey.Response;
import org.civiclab.core.survey.Survey;
import org.civiclab.core.time.DateRange;

/**
 * A results framework's targets against actuals, per indicator and period, with a status.
 *
 * <p><b>Actuals</b> over a period P, by {@link org.civiclab.core.results.FormulaKind}:
 * {@code PARTICIPANTS}, the distinct people holding a place in an edition whose period overlaps
 * P; {@code COMPLETIONS}, the completed enrolments of editions ending in P;
 * {@code SHARE_WITH_ATTRIBUTE}, 100 × those participants whose attribute has the value, over
 * the participants; {@code MEAN_ANSWER}, the mean numeric answer to the question among
 * responses submitted in P; {@code FOLLOW_UPS_ON_TIME}, 100 × the follow-up actions due in P
 * done on time, over those due in P; {@code ALUMNI}, the distinct people who completed an
 * edition ending by the end of P; {@code RATIO}, 100 × the numerator indicator's actual over
 * P, over the denominator indicator's actual over P. An indicator without formula takes its
 * entered actual for P. A share, mean or ratio with nothing to count (a ratio: a missing
 * operand or a zero denominator) has no actual.
 *
 * <p><b>Disaggregations</b> name a person attribute the resolver knows, or one of the
 * enrolment's own dimensions: {@value #TRACK} (the track of the edition the enrolment is in,
 * {@code (no track)} without one) and {@value #AUDIENCE} ({@code staff} or {@code external}).
 * A person counted once overall falls in every track or audience they hold a place in, so
 * those parts may add up to more than the whole.
 *
 * <p><b>Status</b> as of a day: {@code met} when the actual reaches the target (for a
 * qualitative indicator: an actual is entered); before P starts, {@code not started};
 * during P, {@code on track} when the actual reaches the target times the share of P's days
 * gone, else {@code off track}; after P, {@code off track}; {@code no data} without an actual.
 * Pure; thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class ResultsTable {
  /** The disaggregation by an enrolment's track. */
  public static final String TRACK = "track";

  /** The disaggregation by an enrolment's audience, staff or external. */
  public static final String AUDIENCE = "audience";

  private ResultsTable() {}

  /**
   * Target against actual for every indicator and target period of the program.
   *
   * @param program the program
   * @param attributes reads person attributes for shares
   * @param asOf the day the status is judged on
   * @return rows of indicator, title, level, measure, period, baseline, target, actual,
   *     source and status; empty when the program declares no framework
   * @throws InvalidInputException when a formula or disaggregation names an attribute the
   *     resolver does not know, with the indicator's path
   */
  public static Table of(Program program, PersonAttributes attributes, LocalDate asOf) {
    Table.Builder t = Table.builder("results framework of " + program.id(), "indicator",
        "title", "level", "measure", "period", "baseline", "target", "actual", "source",
        "status");
    ResultsFramework f = program.resultsFramework().orElse(ResultsFramework.builder().build());
    checkAttributes(f, attributes);
    for (Indicator ind : f.indicators()) {
      for (Target target : ind.targets()) {
        Optional<Target> actual = actual(program, ind, target.period(), attributes);
        t.row(ind.id(), ind.title().text(), ind.level().name(), ind.measure().name(),
            target.period(), ind.baseline().map(ResultsTable::show).orElse(""), show(target),
            actual.map(ResultsTable::show).orElse(""),
            actual.flatMap(Target::source).orElse(ind.formula().isPresent() ? "computed" : ""),
            status(ind, target, actual, asOf));
      }
    }
    return t.build();
  }

  /**
   * Rejects unknown attributes up front.
   *
   * @param f the framework
   * @param attributes the resolver
   * @throws InvalidInputException naming the first unknown attribute's path
   */
  static void checkAttributes(ResultsFramework f, PersonAttributes attributes) {
    for (int i = 0; i < f.indicators().size(); i++) {
      Indicator ind = f.indicators().get(i);
      String at = "resultsFramework.indicators[" + i + "].";
      Optional<String> a = ind.formula().flatMap(Formula::attribute);
      if (a.isPresent() && !attributes.knows(a.get())) {
        throw InvalidInputException.of(at + "formula.attribute", "unknown attribute '"
            + a.get() + "'");
      }
      for (int d = 0; d < ind.disaggregations().size(); d++) {
        String by = ind.disaggregations().get(d);
        if (!by.equals(TRACK) && !by.equals(AUDIENCE) && !attributes.knows(by)) {
          throw InvalidInputException.of(at + "disaggregations[" + d + "]",
              "unknown attribute '" + ind.disaggregations().get(d) + "'");
        }
      }
    }
  }

  /**
   * The actual of one indicator over one period.
   *
   * @param program the program
   * @param ind one of its indicators
   * @param period the period
   * @param attributes reads person attributes for shares
   * @return the actual with its source ({@code computed} for a formula), if there is one
   */
  public static Optional<Target> actual(Program program, Indicator ind, DateRange period,
      PersonAttributes attributes) {
    if (ind.formula().isEmpty()) {
      return ind.actuals().stream().filter(a -> a.period().equals(period)).findFirst();
    }
    OptionalDouble v = compute(program, ind.formula().get(), period, attributes);
    return v.isPresent() ? Optional.of(Target.builder().period(period).value(v.getAsDouble())
        .source("computed").build()) : Optional.empty();
  }

  /**
   * A counting indicator's actual broken down by an attribute: participants, completions or
   * alumni per value of the attribute ({@code (unknown)} without one), or per track or
   * audience of their enrolments ({@link #TRACK}, {@link #AUDIENCE}): participants and alumni
   * count once in each track or audience they hold such an enrolment in, completions once
   * per completed enrolment.
   *
   * @param program the program
   * @param ind a PARTICIPANTS, COMPLETIONS or ALUMNI indicator
   * @param period the period
   * @param attributes reads the attribute
   * @param attribute the attribute, or {@code track} or {@code audience}
   * @return counts per value, in order of first appearance; empty for other indicators
   */
  public static Map<String, Long> disaggregate(Program program, Indicator ind,
      DateRange period, PersonAttributes attributes, String attribute) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (ind.formula().isEmpty()) {
      return out;
    }
    if (attribute.equals(TRACK) || attribute.equals(AUDIENCE)) {
      return byEnrolment(program, ind, period, attribute);
    }
    List<PersonId> people;
    switch (ind.formula().get().kind()) {
      case PARTICIPANTS:
        people = new ArrayList<>(participants(program, period));
        break;
      case COMPLETIONS:
        people = completions(program, period);
        break;
      case ALUMNI:
        people = new ArrayList<>(alumni(program, period));
        break;
      default:
        return out;
    }
    for (PersonId p : people) {
      out.merge(attributes.value(p, attribute).orElse("(unknown)"), 1L, Long::sum);
    }
    return out;
  }

  private static Map<String, Long> byEnrolment(Program program, Indicator ind,
      DateRange period, String dimension) {
    Map<String, Long> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Edition e : program.editions()) {
      boolean counts;
      switch (ind.formula().get().kind()) {
        case PARTICIPANTS:
          counts = e.period().overlaps(period);
          break;
        case COMPLETIONS:
          counts = period.contains(e.period().end());
          break;
        case ALUMNI:
          counts = !e.period().end().isAfter(period.end());
          break;
        default:
          return out;
      }
      if (!counts) {
        continue;
      }
      boolean participants = ind.formula().get().kind() == FormulaKind.PARTICIPANTS;
      for (Enrollment en : e.enrollments()) {
        if (participants ? !en.holdsPlace() : !Alumnus.completes(en)) {
          continue;
        }
        String value = dimension.equals(TRACK)
            ? en.track().map(TrackId::value).orElse("(no track)")
            : en.audience().name().toLowerCase(Locale.ROOT);
        boolean once = ind.formula().get().kind() == FormulaKind.COMPLETIONS
            || seen.add(en.person().value() + "\u0000" + value);
        if (once) {
          out.merge(value, 1L, Long::sum);
        }
      }
    }
    return out;
  }

  static OptionalDouble compute(Program program, Formula f, DateRange period,
      PersonAttributes attributes) {
    switch (f.kind()) {
      case PARTICIPANTS:
        return OptionalDouble.of(participants(program, period).size());
      case COMPLETIONS:
        return OptionalDouble.of(completions(program, period).size());
      case ALUMNI:
        return OptionalDouble.of(alumni(program, period).size());
      case RATIO: {
        OptionalDouble top = operand(program, f.numerator(), period, attributes);
        OptionalDouble bottom = operand(program, f.denominator(), period, attributes);
        if (top.isEmpty() || bottom.isEmpty() || bottom.getAsDouble() == 0) {
          return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * top.getAsDouble() / bottom.getAsDouble());
      }
      case SHARE_WITH_ATTRIBUTE: {
        Set<PersonId> people = participants(program, period);
        if (people.isEmpty()) {
          return OptionalDouble.empty();
        }
        String attr = f.attribute().orElse("");
        long with = people.stream().filter(p -> attributes.value(p, attr)
            .equals(f.value())).count();
        return OptionalDouble.of(100.0 * with / people.size());
      }
      case MEAN_ANSWER: {
        List<Double> values = new ArrayList<>();
        String key = f.question().orElse("");
        for (Survey s : program.surveys()) {
          if (!f.survey().equals(Optional.of(s.id()))) {
            continue;
          }
          for (Response r : s.responses()) {
            Answer a = r.answers().get(key);
            if (a != null && a.number().isPresent() && period.contains(r.submittedOn())) {
              values.add(a.number().get());
            }
          }
        }
        return SurveyAnalyses.mean(values).mean();
      }
      default: {
        long due = 0;
        long onTime = 0;
        for (Commitment c : program.commitments()) {
          for (Action a : c.actions()) {
            if (a.due().isPresent() && period.contains(a.due().get())) {
              due++;
              onTime += a.doneOnTime() ? 1 : 0;
            }
          }
        }
        return due == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * onTime / due);
      }
    }
  }

  /** A ratio operand's actual: the framework guarantees it exists and is no ratio itself. */
  private static OptionalDouble operand(Program program, Optional<IndicatorId> id,
      DateRange period, PersonAttributes attributes) {
    Optional<Indicator> ind = id.flatMap(i -> program.resultsFramework()
        .flatMap(fw -> fw.indicator(i)));
    if (ind.isEmpty()) {
      return OptionalDouble.empty();
    }
    Optional<Double> v = actual(program, ind.get(), period, attributes).flatMap(Target::value);
    return v.isPresent() ? OptionalDouble.of(v.get()) : OptionalDouble.empty();
  }

  private static Set<PersonId> participants(Program program, DateRange period) {
    Set<PersonId> out = new java.util.LinkedHashSet<>();
    for (Edition e : program.editions()) {
      if (e.period().overlaps(period)) {
        e.enrollments().stream().filter(Enrollment::holdsPlace)
            .forEach(en -> out.add(en.person()));
      }
    }
    return out;
  }

  private static List<PersonId> completions(Program program, DateRange period) {
    List<PersonId> out = new ArrayList<>();
    for (Edition e : program.editions()) {
      if (period.contains(e.period().end())) {
        e.enrollments().stream().filter(Alumnus::completes).forEach(en -> out.add(en.person()));
      }
    }
    return out;
  }

  private static Set<PersonId> alumni(Program program, DateRange period) {
    Set<PersonId> out = new HashSet<>();
    for (Edition e : program.editions()) {
      if (!e.period().end().isAfter(period.end())) {
        e.enrollments().stream().filter(Alumnus::completes).forEach(en -> out.add(en.person()));
      }
    }
    return out;
  }

  /**
   * @param ind the indicator
   * @param target a target
   * @param actual the actual for its period, if any
   * @param asOf the day judged on
   * @return met, on track, off track, not started or no data
   */
  public static String status(Indicator ind, Target target, Optional<Target> actual,
      LocalDate asOf) {
    DateRange p = target.period();
    if (asOf.isBefore(p.start())) {
      return "not started";
    }
    if (actual.isEmpty()) {
      return "no data";
    }
    if (ind.measure() == Measure.QUALITATIVE) {
      return "met";
    }
    double a = actual.get().value().orElse(0.0);
    double goal = target.value().orElse(0.0);
    if (a >= goal) {
      return "met";
    }
    if (asOf.isAfter(p.end())) {
      return "off track";
    }
    double gone = (double) (ChronoUnit.DAYS.between(p.start(), asOf) + 1) / p.lengthInDays();
    return a >= goal * gone ? "on track" : "off track";
  }

  private static String show(Target t) {
    if (t.text().isPresent()) {
      return t.text().get();
    }
    double v = t.value().orElse(0.0);
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
        : String.valueOf(Math.round(v * 100) / 100.0);
  }
}
