package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.ImmutableEvaluation;
import org.civiclab.core.model.ImmutableProgram;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;

/**
 * The concurrency check: 8 writers commit 1,000 updates each to one program, retrying
 * whenever they lose the optimistic-lock race. Each writer counts its commits in the comment of
 * its own evaluation, so the document stays small; a lost update would show as a count below
 * 1,000, a phantom one as a version above 8,001.
 */
final class ManyWriters {
  static final int THREADS = 8;
  static final int UPDATES = 1_000;

  private ManyWriters() {}

  /**
   * Runs the writers.
   *
   * @param store an empty store
   * @return how many races were lost in total
   */
  static long run(ProgramStore store) throws Exception {
    Program start = ProgramGenerator.generate(77, 3).program();
    ImmutableProgram.Builder b = ImmutableProgram.builder().from(start);
    for (int t = 0; t < THREADS; t++) {
      b.addEvaluation(Evaluation.builder().id(EvaluationId.of("writer-" + t))
          .subject(EvaluationSubject.of(EvaluationSubject.Kind.PROGRAM, start.id().value()))
          .submittedOn(start.period().end()).putRating("overall", 3).comment("0").build());
    }
    Program p = b.build();
    store.save(p, Versioned.NEW);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long races = 0;
    try {
      List<Future<Integer>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        EvaluationId mine = EvaluationId.of("writer-" + t);
        writers.add(pool.submit(() -> {
          int lost = 0;
          for (int u = 0; u < UPDATES; u++) {
            while (true) {
              Versioned<Program> read = store.find(p.id()).orElseThrow();
              try {
                store.save(increment(read.value(), mine), read.version());
                break;
              } catch (ConcurrentUpdateException e) {
                lost++;
              }
            }
          }
          return lost;
        }));
      }
      for (Future<Integer> f : writers) {
        races += f.get(20, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    Versioned<Program> end = store.find(p.id()).orElseThrow();
    assertEquals(1 + THREADS * UPDATES, end.version());
    for (Evaluation e : end.value().evaluations()) {
      if (e.id().value().startsWith("writer-")) {
        assertEquals(String.valueOf(UPDATES), e.comment().orElseThrow(),
            e.id() + "'s committed updates");
      }
    }
    return races;
  }

  private static Program increment(Program p, EvaluationId mine) {
    ImmutableList.Builder<Evaluation> out = ImmutableList.builder();
    for (Evaluation e : p.evaluations()) {
      out.add(e.id().equals(mine) ? ImmutableEvaluation.copyOf(e).withComment(
          String.valueOf(Integer.parseInt(e.comment().orElseThrow()) + 1)) : e);
    }
    return ImmutableProgram.copyOf(p).withEvaluations(out.build());
  }
}
