package org.civiclab.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civiclab.core.analysis.Completions;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.Program;
import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.ProgramPlan;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.validation.ProgramValidator;
import org.civiclab.core.validation.ValidationReport;
import org.civiclab.examples.seeds.SeedAttendance;
import org.civiclab.examples.seeds.SeedProgram;
import org.civiclab.examples.seeds.SeedPrograms;
import org.civiclab.ical.ICalExporter;
import org.civiclab.jdbc.JdbcStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code civiclab demo}: the main job. Builds the five seed programs, schedules them (the plan
 * written into each program), validates them, invents
 * attendance for their past sessions, stores everything in a database, exports JSON and
 * iCalendar files next to it and prints a summary of each program.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
    description = {"Build the five seed programs, schedule them, validate them, store them with "
        + "invented attendance in a database, export JSON and iCalendar files and summarise "
        + "each.",
        "Run again, it replaces the programs and directory entries it stored and appends no "
            + "attendance twice."})
final class DemoCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);
  /** Sessions ending before this day get invented attendance. */
  static final LocalDate ATTENDANCE_BEFORE = LocalDate.of(2025, 1, 1);
  /** The scheduler's seed: every demo plans the same schedule. */
  static final long SCHEDULER_SEED = 1;

  @Spec
  private CommandSpec spec;

  @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = "civiclab-data",
      description = "A directory for the embedded H2 database (file <dir>/civiclab.mv.db, "
          + "exports in <dir>/export) or a JDBC URL; default: ${DEFAULT-VALUE}.")
  private String db;

  @Option(names = "--program", paramLabel = "ID",
      description = "Only this program: its source number (000-004) or its id.")
  private String only;

  @Option(names = "--assumptions", description = "Also list the facts taken from each text "
      + "and the assumptions made where it is silent.")
  private boolean assumptions;

  @Option(names = "--db-user", paramLabel = "USER", description = "Database user for a JDBC "
      + "URL (default: env " + DatabaseOption.USER_ENV + ", else the URL).")
  private String dbUser;

  @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password "
      + "for a JDBC URL (default: env " + DatabaseOption.PASSWORD_ENV + ", else the URL).")
  private String dbPassword;

  @Option(names = "--details", description = "Also print each program in full: editions, "
      + "tracks, modules, enrolment, visits, outreach, evaluations.")
  private boolean details;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<SeedProgram> seeds = SeedPrograms.all().stream()
        .filter(s -> only == null || only.equals(s.source())
            || only.equals(s.program().id().value()))
        .collect(Collectors.toList());
    if (seeds.isEmpty()) {
      throw Usage.error(spec, "--program", "no seed program '" + only + "'; use 000-004 or a "
          + "program id");
    }
    DatabaseOption.check(spec, "--db", db);
    int n = seeds.size();
    List<Built> built = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SeedProgram seed = seeds.get(i);
      long start = System.nanoTime();
      Built b = build(seed);
      progress(err, i + 1, n, "scheduling " + seed.program().id(), Planning.outcome(b.plan)
          + ", " + b.report.problems().size() + " validation problem(s)", start);
      built.add(b);
    }
    DirectorySnapshot directory = DirectorySnapshot.builder().build();
    for (Built b : built) {
      directory = directory.merge(b.seed.directory());
    }
    Path exportDir = DatabaseOption.isUrl(db) ? Path.of("civiclab-export")
        : DatabaseOption.dataDirectory(db).resolve("export");
    List<Program> programs = built.stream().map(b -> b.program).collect(Collectors.toList());
    List<Path> pictures = List.of();
    try (JdbcStores stores = DatabaseOption.open(db, Optional.ofNullable(dbUser),
        Optional.ofNullable(dbPassword))) {
      Storage.putDirectory(stores, directory);
      for (int i = 0; i < n; i++) {
        Built b = built.get(i);
        long start = System.nanoTime();
        Storage.Saved saved = Storage.save(stores.programs(), b.program, true);
        int added = stores.attendance().appendNew(b.attendance);
        progress(err, i + 1, n, "storing " + b.program.id(), (saved.replaced ? "replaced, "
            : "new, ") + "version " + saved.version + ", " + added + " attendance records "
            + "appended", start);
      }
      long start = System.nanoTime();
      List<Path> files = new ArrayList<>(Exports.json(exportDir, programs, directory,
          stores.attendance()));
      files.addAll(Exports.ical(exportDir, programs, directory, ICalExporter.create()));
      for (Built b : built) {
        files.stream().filter(f -> Exports.belongsTo(f, b.program)).forEach(b.files::add);
      }
      progress(err, 1, 1, "exporting JSON and iCalendar", files.size() + " files in "
          + DemoSummary.shown(exportDir), start);
      pictures = Pictures.demo(exportDir, built, directory);
      LOG.debug("stored {} programs in {}", programs.size(), stores.database());
    }
    int problems = 0;
    for (Built b : built) {
      problems += b.report.problems().size() + (int) Planning.count(b.plan, Level.HARD);
      DemoSummary.write(b.seed, b.program, b.plan, b.report, b.files, out);
      if (details) {
        ProgramSummary.write(b.seed, b.report, out);
      }
      if (assumptions) {
        out.println("  Facts from the text:");
        b.seed.facts().forEach(f -> out.println("    - " + f));
        out.println("  Assumptions:");
        b.seed.assumptions().forEach(a -> out.println("    - " + a));
        out.println();
      }
    }
    out.println(n + " program(s), " + problems + " problem(s) in total.");
    out.println("Stored in " + DatabaseOption.describe(db) + "; files in "
        + DemoSummary.shown(exportDir) + " (with directory.json and attendance.json).");
    out.println("HTML report: "
        + DemoSummary.shown(exportDir.resolve("html").resolve("index.html"))
        + "; alumni network: " + pictures.stream().filter(f -> f.toString().endsWith(".graphml"))
        .map(DemoSummary::shown).findFirst().orElse("-"));
    out.flush();
    return problems == 0 ? ExitCodes.OK : ExitCodes.INVALID;
  }

  /**
   * One seed program as the demo stores it: scheduled with a fixed seed, the plan applied,
   * validated, with invented attendance for its past sessions.
   *
   * @param seed the seed program
   * @return what the demo built
   */
  static Built build(SeedProgram seed) {
    ProgramPlan plan = Planning.scheduler(SCHEDULER_SEED, Planning.DEFAULT_STEPS,
        Optional.empty()).plan(seed.program(), seed.directory());
    Program program = plan.applyTo(seed.program());
    ValidationReport report = ProgramValidator.validate(program, seed.directory());
    List<Attendance> attendance = SeedAttendance.generate(program, ATTENDANCE_BEFORE,
        SeedAttendance.SEED);
    // the program's completion rules decide who completed each edition held, from attendance
    program = Completions.recordAll(program, attendance);
    return new Built(seed, plan, program, report, attendance);
  }

  private static void progress(PrintWriter err, int i, int n, String what, String result,
      long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    err.println(String.format(Locale.ROOT, "[%d/%d] %s ... %s (%.1f s)", i, n, what, result,
        seconds));
    err.flush();
  }

  /** One seed program as the demo built it. */
  static final class Built {
    final SeedProgram seed;
    final ProgramPlan plan;
    final Program program;
    final ValidationReport report;
    final List<Attendance> attendance;
    final List<Path> files = new ArrayList<>();

    Built(SeedProgram seed, ProgramPlan plan, Program program, ValidationReport report,
        List<Attendance> attendance) {
      this.seed = seed;
      this.plan = plan;
      this.program = program;
      this.report = report;
      this.attendance = attendance;
    }
  }
}
