package org.civiclab.core.analysis;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.FollowUpAction;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.Term;

/**
 * CivicLab's analyses as static methods, easy to call from jshell or a script.
 *
 * <p>Each method is a pure function of its arguments and returns an immutable {@link Table};
 * {@code table.render()} prints it, {@code table.toCsv()} gives CSV text. Programs are taken in
 * the given order and rows follow it. "Holding a place" means an enrolment that is registered,
 * confirmed or completed ({@link Enrollment#holdsPlace()}); "alumni" are people with a
 * completed enrolment, as {@link Alumnus#completes(Enrollment)} defines them. Thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Analyses {
  static final String ALL = "(all)";
  static final String NONE = "(none)";

  private Analyses() {}

  // ---------------------------------------------------------------- attendance

  /**
   * A tally to feed attendance records into, record by record, such as
   * {@code log.forEach(tally)}; see {@link AttendanceTally} for the definitions.
   *
   * @param programs the programs whose sessions count
   * @return an empty tally
   */
  public static AttendanceTally attendanceTally(List<Program> programs) {
    return AttendanceTally.of(programs);
  }

  /**
   * Attendance per session, module and track over the given records.
   *
   * @param programs the programs whose sessions count
   * @param records attendance records, in append order
   * @return three tables: per session, per module, per track
   */
  public static ImmutableList<Table> attendanceRates(List<Program> programs,
      Iterable<Attendance> records) {
    return AttendanceTally.of(programs).addAll(records).all();
  }

  /**
   * Attendance per session, module and track over a whole log, streamed record by record.
   *
   * @param programs the programs whose sessions count
   * @param log the attendance log
   * @return three tables: per session, per module, per track
   * @throws org.civiclab.core.StoreException when the log cannot be read
   */
  public static ImmutableList<Table> attendanceRates(List<Program> programs, AttendanceLog log) {
    AttendanceTally tally = AttendanceTally.of(programs);
    log.forEach(tally);
    return tally.all();
  }

  // ---------------------------------------------------------------- completion

  /**
   * Completion per edition and track: the enrolments holding a place, those completed and the
   * rate (completed over holding a place; empty when nobody holds a place). Each edition has a
   * row for track {@code (all)} first, then one per track with enrolments ({@code (none)} for
   * enrolments without a track).
   *
   * @param programs the programs
   * @return the table
   */
  public static Table completionRates(List<Program> programs) {
    Table.Builder t = Table.builder("completion per edition and track", "program", "edition",
        "track", "holding place", "completed", "rate");
    for (Program p : programs) {
      for (Edition e : p.editions()) {
        Map<String, long[]> byTrack = new LinkedHashMap<>();
        e.tracks().forEach(tr -> byTrack.put(tr.id().value(), new long[2]));
        long[] all = new long[2];
        for (Enrollment en : e.enrollments()) {
          if (!en.holdsPlace()) {
            continue;
          }
          long[] tr = byTrack.computeIfAbsent(en.track().map(TrackId::value).orElse(NONE),
              x -> new long[2]);
          boolean done = Alumnus.completes(en);
          for (long[] s : List.of(all, tr)) {
            s[0]++;
            s[1] += done ? 1 : 0;
          }
        }
        t.row(p.id(), e.label(), ALL, all[0], all[1], Rates.of(all[1], all[0]));
        byTrack.forEach((k, v) -> t.row(p.id(), e.label(), k, v[0], v[1], Rates.of(v[1], v[0])));
      }
    }
    return t.build();
  }

  // ---------------------------------------------------------------- participation

  /** What participation is broken down by. */
  public enum Dimension {
    /** The country the person works in. */
    COUNTRY,
    /** The sector of the person's organisation. */
    SECTOR,
    /** The person's organisation. */
    ORGANIZATION
  }

  /**
   * Participation by country, sector or organisation: the distinct people holding a place in
   * any edition of the programs, the enrolments holding a place, and each group's share of the
   * people. People are joined to the directory; people missing from it fall in
   * {@code (unknown person)}, people without an organisation in {@code (none)}. Rows are
   * ordered by people, most first, then by key.
   *
   * @param programs the programs
   * @param directory the people and organisations
   * @param dimension what to break down by
   * @return the table
   */
  public static Table participation(List<Program> programs, DirectoryView directory,
      Dimension dimension) {
    Map<String, String> names = new HashMap<>();
    Map<String, Set<PersonId>> people = new HashMap<>();
    Map<String, Long> enrolments = new HashMap<>();
    Set<PersonId> everyone = new HashSet<>();
    for (Program p : programs) {
      for (Edition e : p.editions()) {
        for (Enrollment en : e.enrollments()) {
          if (!en.holdsPlace()) {
            continue;
          }
          String[] key = groupOf(directory, en.person(), dimension);
          names.put(key[0], key[1]);
          people.computeIfAbsent(key[0], k -> new HashSet<>()).add(en.person());
          enrolments.merge(key[0], 1L, Long::sum);
          everyone.add(en.person());
        }
      }
    }
    String column = dimension.name().toLowerCase(Locale.ROOT);
    Table.Builder t = Table.builder("participation by " + column, column, "name", "people",
        "enrolments", "share");
    people.entrySet().stream()
        .sorted((a, b) -> a.getValue().size() != b.getValue().size()
            ? Integer.compare(b.getValue().size(), a.getValue().size())
            : a.getKey().compareTo(b.getKey()))
        .forEach(en -> t.row(en.getKey(), requireNonNull(names.get(en.getKey())),
            en.getValue().size(), requireNonNull(enrolments.get(en.getKey())), Rates.of(en.getValue().size(), everyone.size())));
    return t.build();
  }

  private static String[] groupOf(DirectoryView directory, PersonId id, Dimension dimension) {
    Optional<Person> person = directory.person(id);
    if (person.isEmpty()) {
      return new String[] {"(unknown person)", "(unknown person)"};
    }
    Optional<Organization> org = person.get().organization().flatMap(directory::organization);
    switch (dimension) {
      case COUNTRY:
        String c = person.get().country();
        String name = new Locale.Builder().setRegion(c).build()
            .getDisplayCountry(Locale.ENGLISH);
        return new String[] {c, name.isEmpty() ? c : name};
      case SECTOR:
        return org.map(o -> new String[] {o.sector().name(),
            o.sector().name().toLowerCase(Locale.ROOT).replace('_', ' ')})
            .orElse(new String[] {NONE, "no organisation"});
      default:
        if (org.isPresent()) {
          return new String[] {org.get().id().value(), org.get().name().text()};
        }
        return person.get().organization()
            .map(o -> new String[] {o.value(), "(unknown organisation)"})
            .orElse(new String[] {NONE, "no organisation"});
    }
  }

  // ---------------------------------------------------------------- alumni

  /**
   * Everyone who completed any edition of the programs.
   *
   * @param programs the programs
   * @return the alumni, in id order
   */
  public static ImmutableSortedSet<PersonId> alumni(List<Program> programs) {
    ImmutableSortedSet.Builder<PersonId> out = ImmutableSortedSet.naturalOrder();
    for (Program p : programs) {
      for (Edition e : p.editions()) {
        e.enrollments().stream().filter(Alumnus::completes)
            .forEach(en -> out.add(en.person()));
      }
    }
    return out.build();
  }

  /**
   * Alumni per year and cumulative, across editions and programs. A person counts once, in the
   * year of their first completion; the year of a completion is the year in which its edition
   * ends. Every year from the first to the last completion has a row: new alumni that year,
   * the cumulative count, and all completions that year (repeat completions included).
   *
   * @param programs the programs
   * @return the table, by year
   */
  public static Table alumniByYear(List<Program> programs) {
    Map<PersonId, Integer> first = new HashMap<>();
    TreeMap<Integer, Long> completions = new TreeMap<>();
    for (Program p : programs) {
      for (Edition e : p.editions()) {
        int year = e.period().end().getYear();
        for (Enrollment en : e.enrollments()) {
          if (Alumnus.completes(en)) {
            first.merge(en.person(), year, Math::min);
            completions.merge(year, 1L, Long::sum);
          }
        }
      }
    }
    Map<Integer, Long> fresh = new HashMap<>();
    first.values().forEach(y -> fresh.merge(y, 1L, Long::sum));
    Table.Builder t = Table.builder("alumni per year", "year", "new alumni", "cumulative",
        "completions");
    if (!completions.isEmpty()) {
      long cumulative = 0;
      for (int y = completions.firstKey(); y <= completions.lastKey(); y++) {
        long n = fresh.getOrDefault(y, 0L);
        cumulative += n;
        t.row(String.valueOf(y), n, cumulative, completions.getOrDefault(y, 0L));
      }
    }
    return t.build();
  }

  /**
   * Alumni per program: editions, completions, distinct alumni, and the years of the first and
   * last edition with a completion. A person who completed two programs counts in both.
   *
   * @param programs the programs
   * @return the table, one row per program
   */
  public static Table alumniByProgram(List<Program> programs) {
    Table.Builder t = Table.builder("alumni per program", "program", "title", "editions",
        "completions", "alumni", "first year", "last year");
    for (Program p : programs) {
      Set<PersonId> people = new HashSet<>();
      long completions = 0;
      int firstYear = Integer.MAX_VALUE;
      int lastYear = Integer.MIN_VALUE;
      for (Edition e : p.editions()) {
        for (Enrollment en : e.enrollments()) {
          if (Alumnus.completes(en)) {
            completions++;
            people.add(en.person());
            firstYear = Math.min(firstYear, e.period().end().getYear());
            lastYear = Math.max(lastYear, e.period().end().getYear());
          }
        }
      }
      t.row(p.id(), p.title().text(), p.editions().size(), completions, people.size(),
          completions == 0 ? "" : String.valueOf(firstYear),
          completions == 0 ? "" : String.valueOf(lastYear));
    }
    return t.build();
  }

  // ---------------------------------------------------------------- cadence

  /**
   * Cadence adherence of every mentor pair, per period; see
   * {@link #cadenceAdherence(List, DirectoryView, Optional)}.
   *
   * @param programs the programs
   * @param directory for the mentors' and mentees' names
   * @return the table
   */
  public static Table cadenceAdherence(List<Program> programs, DirectoryView directory) {
    return cadenceAdherence(programs, directory, Optional.empty());
  }

  /**
   * Cadence adherence of every mentor pair: meetings held against meetings planned by the
   * pair's {@link Cadence}, per period.
   *
   * <p>Periods: for "n per term", each term of the program's academic calendar that overlaps
   * the pairing, n planned (also for a term the pairing covers only in part); for "n per year"
   * and "yearly", each calendar year the pairing overlaps, n planned; for "every k weeks", each
   * term (or calendar year without a calendar), as many as whole k-week stretches fit in the
   * days the pairing shares with it. A "per term" pairing in a program without an academic
   * calendar gets one row with an empty plan. Held meetings count in the period containing
   * their day; held meetings outside every period (up to {@code asOf}, when given) get a row
   * {@code (outside periods)}.
   *
   * <p>Columns: {@code planned}, {@code held}, {@code cancelled}, {@code open} (still
   * planned), {@code adherence} = min(held, planned) / planned (empty when nothing is
   * planned) and {@code met} ({@code yes} when held reaches planned).
   *
   * @param programs the programs
   * @param directory for the mentors' and mentees' names
   * @param asOf when present, periods starting after this day are left out
   * @return the table, per pairing and period in order
   */
  public static Table cadenceAdherence(List<Program> programs, DirectoryView directory,
      Optional<LocalDate> asOf) {
    Table.Builder t = Table.builder("mentor-pair cadence adherence", "program", "pairing",
        "mentor", "mentee", "cadence", "period", "from", "to", "planned", "held", "cancelled",
        "open", "adherence", "met");
    for (Program p : programs) {
      for (MentorPairing pair : p.pairings()) {
        List<Period> periods = periods(pair.cadence(), pair.period(), p.academicCalendar());
        for (Period per : periods) {
          if (asOf.isPresent() && per.range.start().isAfter(asOf.get())) {
            continue;
          }
          long[] n = new long[3];
          for (Meeting m : pair.meetings()) {
            if (per.range.contains(m.when().day())) {
              n[m.status().ordinal()]++;
            }
          }
          long held = n[MeetingStatus.HELD.ordinal()];
          Object planned = per.planned < 0 ? "" : (Object) per.planned;
          t.row(p.id(), pair.id(), name(directory, pair.mentor()),
              name(directory, pair.mentee()), pair.cadence().toString(), per.label,
              per.range.start(), per.range.end(), planned, held,
              n[MeetingStatus.CANCELLED.ordinal()], n[MeetingStatus.PLANNED.ordinal()],
              per.planned <= 0 ? "" : (double) Math.min(held, per.planned) / per.planned,
              per.planned < 0 ? "" : held >= per.planned ? "yes" : "no");
        }
        long outside = pair.meetings().stream()
            .filter(m -> m.status() == MeetingStatus.HELD
                && asOf.map(d -> !m.when().day().isAfter(d)).orElse(true)
                && periods.stream().noneMatch(per -> per.range.contains(m.when().day())))
            .count();
        if (outside > 0) {
          t.row(p.id(), pair.id(), name(directory, pair.mentor()),
              name(directory, pair.mentee()), pair.cadence().toString(), "(outside periods)",
              "", "", "", outside, 0, 0, "", "");
        }
      }
    }
    return t.build();
  }

  private static final class Period {
    final String label;
    final DateRange range;
    final long planned;

    Period(String label, DateRange range, long planned) {
      this.label = label;
      this.range = range;
      this.planned = planned;
    }
  }

  private static List<Period> periods(Cadence cadence, DateRange span,
      Optional<AcademicCalendar> calendar) {
    List<Period> out = new ArrayList<>();
    boolean byTerm = cadence.kind() == Cadence.Kind.PER_TERM
        || cadence.kind() == Cadence.Kind.EVERY_WEEKS && calendar.isPresent();
    if (byTerm && calendar.isPresent()) {
      for (Term term : calendar.get().termsOverlapping(span)) {
        DateRange shared = intersection(term.dates(), span);
        out.add(new Period(term.name(), shared, planned(cadence, shared)));
      }
    } else if (byTerm) {
      out.add(new Period("(no academic calendar)", span, -1));
    } else {
      for (int y = span.start().getYear(); y <= span.end().getYear(); y++) {
        DateRange year = DateRange.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        DateRange shared = intersection(year, span);
        out.add(new Period(String.valueOf(y), shared, planned(cadence, shared)));
      }
    }
    return out;
  }

  private static long planned(Cadence cadence, DateRange shared) {
    if (cadence.kind() == Cadence.Kind.EVERY_WEEKS) {
      return shared.lengthInDays() / (7L * cadence.count());
    }
    return cadence.count();
  }

  private static DateRange intersection(DateRange a, DateRange b) {
    LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate end = a.end().isBefore(b.end()) ? a.end() : b.end();
    return DateRange.of(start, end);
  }

  private static String name(DirectoryView directory, PersonId id) {
    return directory.person(id).map(Person::fullName).orElse(id.value());
  }

  // ---------------------------------------------------------------- outreach

  /**
   * Outreach follow-up actions per status, with how many are overdue: due before
   * {@code asOf} and still open or in progress. One row per {@link ActionStatus}, even when
   * zero, then a {@code (all)} row.
   *
   * @param programs the programs
   * @param asOf the day against which due dates are read
   * @return the table
   */
  public static Table followUpStatus(List<Program> programs, LocalDate asOf) {
    Map<ActionStatus, long[]> counts = new EnumMap<>(ActionStatus.class);
    for (ActionStatus s : ActionStatus.values()) {
      counts.put(s, new long[2]);
    }
    for (Program p : programs) {
      for (OutreachMeeting o : p.outreachMeetings()) {
        for (FollowUpAction a : o.followUps()) {
          long[] c = requireNonNull(counts.get(a.status()));
          c[0]++;
          c[1] += overdue(a, asOf) ? 1 : 0;
        }
      }
    }
    Table.Builder t = Table.builder("outreach follow-up status as of " + asOf, "status",
        "actions", "overdue");
    long total = 0;
    long late = 0;
    for (Map.Entry<ActionStatus, long[]> e : counts.entrySet()) {
      t.row(e.getKey().name(), e.getValue()[0], e.getValue()[1]);
      total += e.getValue()[0];
      late += e.getValue()[1];
    }
    return t.row(ALL, total, late).build();
  }

  /**
   * The overdue outreach follow-up actions (due before {@code asOf}, still open or in
   * progress), most overdue first: where the finding was heard, the issue, the partner, the
   * action, its due date and the days it is late.
   *
   * @param programs the programs
   * @param asOf the day against which due dates are read
   * @return the table
   */
  public static Table overdueFollowUps(List<Program> programs, LocalDate asOf) {
    List<Object[]> rows = new ArrayList<>();
    for (Program p : programs) {
      for (OutreachMeeting o : p.outreachMeetings()) {
        for (FollowUpAction a : o.followUps()) {
          if (overdue(a, asOf)) {
            String issue = o.findings().stream().filter(f -> f.id().equals(a.finding()))
                .map(Finding::issue).findFirst().orElse("");
            rows.add(new Object[] {p.id(), o.id(), o.community(), o.country(), a.finding(),
                issue, a.partner(), a.action(), a.status().name(), a.due().get(),
                ChronoUnit.DAYS.between(a.due().get(), asOf)});
          }
        }
      }
    }
    rows.sort((x, y) -> Long.compare((Long) y[10], (Long) x[10]));
    Table.Builder t = Table.builder("overdue outreach follow-ups as of " + asOf, "program",
        "meeting", "community", "country", "finding", "issue", "partner", "action", "status",
        "due", "days overdue");
    rows.forEach(t::row);
    return t.build();
  }

  private static boolean overdue(FollowUpAction a, LocalDate asOf) {
    return (a.status() == ActionStatus.OPEN || a.status() == ActionStatus.IN_PROGRESS)
        && a.due().map(d -> d.isBefore(asOf)).orElse(false);
  }
}
