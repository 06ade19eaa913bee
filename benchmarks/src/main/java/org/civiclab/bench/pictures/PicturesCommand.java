package org.civiclab.bench.pictures;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.civiclab.bench.BenchCommand;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.Sector;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.SessionFormat;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.datasets.TidyExport;
import org.civiclab.datasets.TidySource;
import org.civiclab.datasets.TidyTable;
import org.civiclab.datasets.TidyTables;
import org.civiclab.report.HtmlReport;

/**
 * {@code pictures [--programs 50] [--events 2000] [--people 5000] [--rounds 5] [--out DIR]}:
 * renders the
 * HTML report of a generated civic-scale instance and exports its tidy Parquet and CSV,
 * printing ms (wall clock and this thread's CPU) and rows/s beside baselines from the same
 * run: the same rows written straight to CSV with a BufferedWriter, and straight through the
 * Parquet writer with one table file (no partitions, no options), and, to tell the cost of
 * the partition files from the export's own, the same split into a file per program and year.
 *
 * <p>After a warm-up round it measures {@code --rounds} rounds, alternating which of the export
 * and its baselines runs first, and ends with the median of each ratio: on a shared machine a
 * single round's wall clock swings with what else holds the cores.
 */
public final class PicturesCommand implements BenchCommand {
  /** What each round writes, in the order of even rounds; odd rounds run it backwards. */
  private static final String[] EXPORTS = {"csv tidy", "csv baseline", "parquet tidy",
      "parquet baseline", "parquet baseline, a file per program and year"};

  private static final String[] NAMES = {"Åsa Öberg", "Ђорђе Петровић", "ნინო ბერიძე",
      "Emina Hadžić", "Лиляна Иванова", "გიორგი მაისურაძე", "Lars-Åke Nyström", "Amir Begić"};
  private static final String[] COUNTRIES = {"SE", "RS", "GE", "BA", "UA", "BE"};
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  @Override
  public int run(String[] args) throws Exception {
    int programs = 50;
    int events = 2000;
    int people = 5000;
    int measured = 5;
    Path out = Files.createTempDirectory("civiclab-pictures");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--programs":
          programs = Integer.parseInt(args[i + 1]);
          break;
        case "--events":
          events = Integer.parseInt(args[i + 1]);
          break;
        case "--people":
          people = Integer.parseInt(args[i + 1]);
          break;
        case "--rounds":
          measured = Integer.parseInt(args[i + 1]);
          if (measured < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1, got " + measured);
          }
          break;
        case "--out":
          out = Path.of(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    final Path dir = out;
    long t0 = System.nanoTime();
    Instance in = generate(programs, events, people, 42);
    System.out.printf(Locale.ROOT, "instance: %d programs, %d events, %d people, %d attendance "
        + "records (%d ms)%n", in.programs.size(), events, people, in.attendance.size(),
        ms(t0));
    TidySource source = TidySource.of(in.programs, in.directory, in.attendance);
    long rows = 0;
    for (TidyTable t : TidyTables.all()) {
      long[] n = {0};
      t.rows(source, r -> n[0]++);
      rows += n[0];
    }
    Job[] exports = {
        () -> TidyExport.builder(TidyExport.Format.CSV).build().write(source, dir.resolve("csv")),
        () -> baselineCsv(source, dir.resolve("csv0")),
        () -> TidyExport.builder(TidyExport.Format.PARQUET).build()
            .write(source, dir.resolve("parquet")),
        () -> ParquetBaseline.write(source, dir.resolve("parquet0"), false),
        () -> ParquetBaseline.write(source, dir.resolve("parquet1"), true)};
    List<double[]> ratios = new ArrayList<>();
    for (int round = 0; round <= measured; round++) {
      System.out.println("round " + round + (round == 0 ? " (warm-up, not counted)" : ""));
      long t = System.nanoTime();
      long c = cpu();
      HtmlReport.Builder b = HtmlReport.builder(in.directory).attendance(in.attendance);
      in.programs.forEach(b::program);
      List<Path> pages = b.build().write(out.resolve("html"));
      long report = ms(t);
      long reportCpu = (cpu() - c) / 1_000_000;
      System.out.printf(Locale.ROOT, "  report: %d pages in %d ms, cpu %d ms (goal < 5000 ms)%n",
          pages.size(), report, reportCpu);
      long[][] took = new long[exports.length][];
      for (int k = 0; k < exports.length; k++) {
        int j = round % 2 == 0 ? k : exports.length - 1 - k;
        took[j] = line(EXPORTS[j], rows, exports[j]);
      }
      long[] csv = took[0];
      long[] csv0 = took[1];
      long[] parquet = took[2];
      long[] parquet0 = took[3];
      long[] parquet1 = took[4];
      double[] r = {report, reportCpu, ratio(csv[0], csv0[0]), ratio(csv[1], csv0[1]),
          ratio(parquet[0], parquet0[0]), ratio(parquet[1], parquet0[1]),
          ratio(parquet[0], parquet1[0]), ratio(parquet[1], parquet1[1])};
      System.out.printf(Locale.ROOT, "  tidy / baseline: csv %.2fx (cpu %.2fx), parquet %.2fx "
          + "(cpu %.2fx), parquet / same files %.2fx (cpu %.2fx) (goal <= 1.5x)%n", r[2], r[3],
          r[4], r[5], r[6], r[7]);
      if (round > 0) {
        ratios.add(r);
      }
    }
    System.out.printf(Locale.ROOT, "median of %d rounds: report %.0f ms (cpu %.0f ms); tidy / "
        + "baseline: csv %.2fx (cpu %.2fx), parquet %.2fx (cpu %.2fx), parquet / same files "
        + "%.2fx (cpu %.2fx)%n", ratios.size(), median(ratios, 0), median(ratios, 1),
        median(ratios, 2), median(ratios, 3), median(ratios, 4), median(ratios, 5),
        median(ratios, 6), median(ratios, 7));
    System.out.println("files in " + out);
    return 0;
  }

  private interface Job {
    void run() throws IOException;
  }

  /** Runs a job; prints and returns its wall-clock and this thread's CPU milliseconds. */
  private static long[] line(String what, long rows, Job job) throws IOException {
    long t = System.nanoTime();
    long c = cpu();
    job.run();
    long elapsed = Math.max(1, ms(t));
    long cpu = Math.max(1, (cpu() - c) / 1_000_000);
    System.out.printf(Locale.ROOT, "  %s: %d rows in %d ms (cpu %d ms), %.0f rows/s%n", what,
        rows, elapsed, cpu, rows * 1000.0 / elapsed);
    return new long[] {elapsed, cpu};
  }

  /**
   * This thread's CPU time in ns: on a shared machine the wall clock also counts the time
   * other processes held the cores, so the ratios are printed for both.
   */
  private static long cpu() {
    java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory
        .getThreadMXBean();
    return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static double median(List<double[]> rows, int column) {
    double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double ratio(long a, long b) {
    return (double) a / Math.max(1, b);
  }

  /** The same rows, straight to one CSV file per table: no quoting rules, no options. */
  private static void baselineCsv(TidySource source, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (TidyTable t : TidyTables.all()) {
      try (Writer w = Files.newBufferedWriter(folder.resolve(t.name() + ".csv"),
          StandardCharsets.UTF_8)) {
        t.rows(source, row -> {
          try {
            for (int i = 0; i < row.length; i++) {
              if (i > 0) {
                w.write(',');
              }
              w.write(String.valueOf(row[i]));
            }
            w.write('\n');
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
    }
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** A generated instance. */
  static final class Instance {
    final List<Program> programs = new ArrayList<>();
    DirectorySnapshot directory = DirectorySnapshot.builder().build();
    final List<Attendance> attendance = new ArrayList<>();
  }

  static Instance generate(int programs, int events, int people, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Instance in = new Instance();
    DirectorySnapshot.Builder d = DirectorySnapshot.builder();
    int orgs = Math.max(1, people / 20);
    for (int o = 0; o < orgs; o++) {
      d.addOrganization(Organization.builder().id(OrganizationId.of("org-" + o))
          .name(LocalizedText.of("en", "Organisation " + o))
          .sector(Sector.values()[o % Sector.values().length])
          .country(COUNTRIES[o % COUNTRIES.length]).build());
    }
    List<PersonId> ids = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      PersonId id = PersonId.of("p-" + p);
      ids.add(id);
      d.addPerson(Person.builder().id(id).fullName(NAMES[p % NAMES.length] + " " + p)
          .country(COUNTRIES[r.nextInt(COUNTRIES.length)]).homeZone(ZONE)
          .organization(OrganizationId.of("org-" + r.nextInt(orgs))).build());
    }
    in.directory = d.build();
    int perProgram = Math.max(1, events / Math.max(1, programs));
    int enrolled = Math.max(2, people / Math.max(1, programs));
    Instant recorded = Instant.parse("2025-01-01T00:00:00Z");
    for (int p = 0; p < programs; p++) {
      int year = 2020 + p % 5;
      LocalDate start = LocalDate.of(year, 2, 3);
      ProgramId pid = ProgramId.of("prog-" + p);
      VenueId venue = VenueId.of("v-" + p);
      List<Session> sessions = new ArrayList<>();
      for (int s = 0; s < perProgram; s++) {
        LocalDate day = start.plusDays(s / 2 * 7L + s % 2);
        sessions.add(Session.builder().id(EventId.of("e-" + p + "-" + s))
            .title(LocalizedText.of("en", "Session " + s))
            .format(SessionFormat.values()[s % SessionFormat.values().length])
            .mode(DeliveryMode.ON_SITE).venue(venue)
            .when(TimeSpan.on(day, LocalTime.of(9 + s % 2 * 4, 0), LocalTime.of(12 + s % 2 * 4,
                0), ZONE)).build());
      }
      List<Enrollment> enrolments = new ArrayList<>();
      for (int k = 0; k < enrolled; k++) {
        PersonId who = ids.get((p * enrolled + k) % ids.size());
        enrolments.add(Enrollment.builder().person(who).sequence(k).audience(Audience.EXTERNAL)
            .status(r.nextInt(10) < 8 ? EnrollmentStatus.COMPLETED : EnrollmentStatus.CONFIRMED)
            .build());
        for (Session s : sessions) {
          in.attendance.add(Attendance.builder().program(pid).event(s.id()).person(who)
              .status(r.nextInt(10) < 8 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT)
              .recordedAt(recorded).build());
        }
      }
      DateRange period = DateRange.of(start, start.plusDays(perProgram * 4L + 14));
      Module m = Module.builder().id(ModuleId.of("m-" + p)).title(LocalizedText.of("en",
          "Module")).window(period).mode(DeliveryMode.ON_SITE).sessions(sessions).build();
      Edition e = Edition.builder().id(EditionId.of("ed-" + p)).label(String.valueOf(year))
          .period(period).modules(ImmutableList.of(m)).enrollments(enrolments).build();
      in.programs.add(Program.builder().id(pid).title(LocalizedText.of("ka",
          "პროგრამა " + p).with("en", "Program " + p)).organizer(OrganizationId.of("org-0"))
          .zone(ZONE).period(period).venues(ImmutableList.of(Venue.builder().id(venue)
              .name("Hall " + p).city("Tbilisi").country("GE").zone(ZONE).capacity(500)
              .build())).editions(ImmutableList.of(e)).build());
    }
    return in;
  }
}
