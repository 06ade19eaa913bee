package org.civiclab.json;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;

/**
 * The child process of {@link CrashSafetyTest}: writes a big program, the directory and
 * attendance batches to a file store in a loop, printing each committed version, until it is
 * killed.
 */
public final class CrashWriter {
  static final int BATCH = 500;

  private CrashWriter() {}

  /** The program as written at a version: its title names the version. */
  static Program versionOf(Program base, long version) {
    return base.withTitle(LocalizedText.of("en", "version " + version));
  }

  /** A program of about a megabyte, so that a kill often lands inside a write. */
  static ProgramGenerator.Generated big() {
    return ProgramGenerator.generate(77, 4);
  }

  static Program bigProgram() {
    Program p = big().program();
    ImmutableList.Builder<Evaluation> evaluations = ImmutableList.builder();
    for (int i = 0; i < 4000; i++) {
      evaluations.add(Evaluation.builder().id(EvaluationId.of("crash-" + i))
          .subject(EvaluationSubject.of(EvaluationSubject.Kind.PROGRAM, p.id().value()))
          .submittedOn(p.period().end()).putRating("overall", 1 + i % 5)
          .comment("kommentar ნომერი " + i).build());
    }
    return p.withEvaluations(evaluations.build());
  }

  static List<Attendance> batch(Program p) {
    List<Attendance> out = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      out.add(Attendance.builder().program(p.id()).event(EventId.of("e" + i % 7))
          .person(PersonId.of("p" + i)).status(AttendanceStatus.values()[i % 4])
          .recordedAt(Instant.ofEpochSecond(1_700_000_000L + i)).build());
    }
    return out;
  }

  /**
   * Runs until killed.
   *
   * @param args the store's root directory
   */
  public static void main(String[] args) {
    JsonFileStores stores = JsonFileStores.open(Path.of(args[0]));
    ProgramGenerator.Generated g = big();
    Program program = bigProgram();
    List<Attendance> batch = batch(program);
    long version = stores.programs().find(program.id()).map(Versioned::version).orElse(0L);
    while (true) {
      stores.programs().save(versionOf(program, version + 1), version);
      version++;
      stores.directory().putPeople(g.directory().people().values());
      stores.attendance().appendAll(batch);
      System.out.println("saved " + version);
      System.out.flush();
    }
  }
}
