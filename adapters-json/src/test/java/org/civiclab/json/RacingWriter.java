package org.civiclab.json;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;

/**
 * A child process of {@link CrossProcessWritersTest}: adds evaluations to one program, one
 * save each, reloading and retrying whenever another process saved first.
 */
public final class RacingWriter {
  private RacingWriter() {}

  /**
   * Runs the updates, then prints how many races it lost.
   *
   * @param args the store's root, the program id, this writer's name, the number of updates
   */
  public static void main(String[] args) {
    ProgramStore store = JsonFileStores.open(Path.of(args[0])).programs();
    ProgramId id = ProgramId.of(args[1]);
    int updates = Integer.parseInt(args[3]);
    int races = 0;
    for (int u = 0; u < updates; u++) {
      while (true) {
        Versioned<Program> read = store.find(id).orElseThrow();
        Program p = read.value();
        Program next = p.withEvaluations(ImmutableList.<Evaluation>builder()
            .addAll(p.evaluations()).add(Evaluation.builder()
                .id(EvaluationId.of(args[2] + "-" + u))
                .subject(EvaluationSubject.of(EvaluationSubject.Kind.PROGRAM, id.value()))
                .submittedOn(p.period().end()).putRating("overall", 3).build()).build());
        try {
          store.save(next, read.version());
          break;
        } catch (ConcurrentUpdateException e) {
          races++;
        }
      }
    }
    System.out.println("races " + races);
  }
}
