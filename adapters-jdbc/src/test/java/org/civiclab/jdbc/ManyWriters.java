package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;

/**
 * Concurrent writers against one store, with more threads than the machine has cores.
 *
 * <p>Contention is forced, not hoped for: in a <em>round</em> every writer reads the program,
 * waits at a barrier until all have read the same version, and then all save on that version.
 * Exactly one must win and every other must get a {@link ConcurrentUpdateException} naming the
 * winner's version, so each round has {@code writers - 1} conflicts whatever the scheduler does.
 * Then the writers run free, reloading and retrying after each lost race, to mix interleavings.
 * Throughout, each writer counts its acknowledged saves in the comment of its own evaluation.
 *
 * <p>The invariants: the final version is 1 plus the number of acknowledged saves; no two saves
 * returned the same version; each writer's count equals its acknowledged saves (none lost, none
 * phantom). No assertion depends on timing.
 */
final class ManyWriters {
  /** More writers than cores, so that the scheduler interleaves them anywhere. */
  static final int WRITERS = 2 * Runtime.getRuntime().availableProcessors() + 2;

  private ManyWriters() {}

  /** What a run saw. */
  record Outcome(long saves, long conflicts) {}

  /**
   * Runs contended rounds, then free-running writers, on one program.
   *
   * @param store an empty store
   * @param rounds rounds in which all writers save on the same version
   * @param freeSaves acknowledged saves each writer then makes with reload-and-retry
   * @return the acknowledged saves and the conflicts seen
   */
  static Outcome run(ProgramStore store, int rounds, int freeSaves) throws Exception {
    Program start = ProgramGenerator.generate(77, 3).program();
    Program.Builder b = Program.builder().from(start);
    for (int t = 0; t < WRITERS; t++) {
      b.addEvaluation(Evaluation.builder().id(writer(t))
          .subject(EvaluationSubject.of(EvaluationSubject.Kind.PROGRAM, start.id().value()))
          .submittedOn(start.period().end()).putRating("overall", 3).comment("0").build());
    }
    Program p = b.build();
    assertEquals(1, store.save(p, Versioned.NEW).version());

    Set<Long> returned = ConcurrentHashMap.newKeySet();
    AtomicLong duplicates = new AtomicLong();
    AtomicLong conflicts = new AtomicLong();
    AtomicLong roundConflicts = new AtomicLong();
    long[] won = new long[WRITERS];
    List<String> roundErrors = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier haveRead = new CyclicBarrier(WRITERS);
    CyclicBarrier roundDone = new CyclicBarrier(WRITERS);
    List<Versioned<Program>> winners = Collections.synchronizedList(new ArrayList<>());

    List<Long> saves = parallel(t -> {
      EvaluationId mine = writer(t);
      long mySaves = 0;
      for (int r = 0; r < rounds; r++) {
        Versioned<Program> read = store.find(p.id()).orElseThrow();
        haveRead.await();
        try {
          Versioned<Program> saved = store.save(increment(read.value(), mine), read.version());
          mySaves++;
          won[t]++;
          winners.add(saved);
          if (saved.version() != read.version() + 1 || !returned.add(saved.version())) {
            duplicates.incrementAndGet();
          }
        } catch (ConcurrentUpdateException e) {
          conflicts.incrementAndGet();
          roundConflicts.incrementAndGet();
          if (e.actualVersion() != read.version() + 1) {
            roundErrors.add("round " + r + ": " + e.getMessage());
          }
        }
        if (roundDone.await() == 0) {
          // one thread per round checks it, while the others wait at the next read barrier
          if (winners.size() != 1) {
            roundErrors.add("round " + r + ": " + winners.size() + " writers won on version "
                + read.version());
          } else {
            Versioned<Program> stored = store.find(p.id()).orElseThrow();
            if (!stored.equals(winners.get(0))) {
              roundErrors.add("round " + r + ": the store has version " + stored.version()
                  + ", not the winner's " + winners.get(0).version());
            }
          }
          winners.clear();
        }
        roundDone.await();
      }
      for (int u = 0; u < freeSaves; u++) {
        while (true) {
          Versioned<Program> read = store.find(p.id()).orElseThrow();
          try {
            long v = store.save(increment(read.value(), mine), read.version()).version();
            if (!returned.add(v)) {
              duplicates.incrementAndGet();
            }
            mySaves++;
            break;
          } catch (ConcurrentUpdateException e) {
            conflicts.incrementAndGet();
          }
        }
      }
      return mySaves;
    });

    assertEquals(List.of(), roundErrors);
    assertEquals(0, duplicates.get(), "saves that returned a version already returned");
    long total = saves.stream().mapToLong(Long::longValue).sum();
    assertEquals((long) rounds + (long) WRITERS * freeSaves, total);
    assertEquals(rounds * (long) (WRITERS - 1), roundConflicts.get(),
        "each round has exactly one winner");
    Versioned<Program> end = store.find(p.id()).orElseThrow();
    assertEquals(1 + total, end.version(), "1 + acknowledged saves");
    Map<EvaluationId, String> counts = new HashMap<>();
    end.value().evaluations().forEach(e -> counts.put(e.id(), e.comment().orElseThrow()));
    for (int t = 0; t < WRITERS; t++) {
      assertEquals(String.valueOf(saves.get(t)), counts.get(writer(t)),
          writer(t) + "'s acknowledged saves (" + won[t] + " rounds won)");
    }
    return new Outcome(total, conflicts.get());
  }

  /**
   * Every writer creates the same new program at once, then every writer deletes it on the same
   * version at once, for some rounds: exactly one creation and one deletion win each round.
   *
   * @param store an empty store
   * @param rounds how many times
   * @return the conflicts seen, {@code 2 * rounds * (writers - 1)}
   */
  static long createAndDeleteRaces(ProgramStore store, int rounds) throws Exception {
    Program p = ProgramGenerator.generate(78, 2).program();
    AtomicLong created = new AtomicLong();
    AtomicLong deleted = new AtomicLong();
    AtomicLong conflicts = new AtomicLong();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier go = new CyclicBarrier(WRITERS);
    parallel(t -> {
      for (int r = 0; r < rounds; r++) {
        go.await();
        try {
          store.save(p, Versioned.NEW);
          created.incrementAndGet();
        } catch (ConcurrentUpdateException e) {
          conflicts.incrementAndGet();
          if (e.actualVersion() != 1) {
            errors.add("create round " + r + ": " + e.getMessage());
          }
        }
        go.await();
        try {
          store.delete(p.id(), 1);
          deleted.incrementAndGet();
        } catch (ConcurrentUpdateException e) {
          conflicts.incrementAndGet();
          if (e.actualVersion() != Versioned.NEW) {
            errors.add("delete round " + r + ": " + e.getMessage());
          }
        }
        go.await();
      }
      return 0L;
    });
    assertEquals(List.of(), errors);
    assertEquals(rounds, created.get(), "one creation wins each round");
    assertEquals(rounds, deleted.get(), "one deletion wins each round");
    assertTrue(store.find(p.id()).isEmpty());
    return conflicts.get();
  }

  /**
   * Every writer appends batches at once; afterwards each batch is there exactly once, in its
   * own order.
   *
   * @param log an empty attendance log
   * @param batches batches per writer
   * @param size records per batch
   */
  static void concurrentAppends(AttendanceLog log, int batches, int size) throws Exception {
    CyclicBarrier go = new CyclicBarrier(WRITERS);
    java.time.Instant t0 = java.time.Instant.parse("2025-01-01T10:00:00.000000001Z");
    parallel(t -> {
      for (int n = 0; n < batches; n++) {
        List<Attendance> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          batch.add(Attendance.builder().program(ProgramId.of("p"))
              .event(EventId.of("w" + t + "-b" + n)).person(PersonId.of("x" + i))
              .status(AttendanceStatus.PRESENT).recordedAt(t0.plusNanos(i)).build());
        }
        go.await();
        log.appendAll(batch);
      }
      return 0L;
    });
    assertEquals((long) WRITERS * batches * size, log.size());
    Map<EventId, List<Integer>> seen = new HashMap<>();
    log.forEach(a -> seen.computeIfAbsent(a.event(), k -> new ArrayList<>())
        .add(Integer.parseInt(a.person().value().substring(1))));
    assertEquals(WRITERS * batches, seen.size());
    List<Integer> inOrder = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      inOrder.add(i);
    }
    seen.forEach((event, people) -> assertEquals(inOrder, people, event + "'s batch"));
  }

  /**
   * Every writer puts its own version of the same people at once, and people of its own; each
   * shared person ends as one writer's version, whole, and no one's own people are lost.
   *
   * @param directory an empty directory
   * @param rounds how many times
   */
  static void concurrentPuts(Directory directory, int rounds) throws Exception {
    List<Person> shared = new ArrayList<>(ProgramGenerator.generate(79, 2).directory().people()
        .values()).subList(0, 5);
    CyclicBarrier go = new CyclicBarrier(WRITERS);
    parallel(t -> {
      for (int r = 0; r < rounds; r++) {
        List<Person> mine = new ArrayList<>();
        for (Person s : shared) {
          mine.add(s.withFullName("writer " + t + " round " + r));
        }
        mine.add(shared.get(0)
            .withId(PersonId.of("own-" + t + "-" + r)).withFullName("own " + t));
        go.await();
        directory.putPeople(mine);
      }
      return 0L;
    });
    assertEquals(shared.size() + (long) WRITERS * rounds, directory.countPeople());
    Set<String> names = new HashSet<>();
    for (Person s : shared) {
      Person stored = directory.person(s.id()).orElseThrow();
      assertEquals(s.withFullName(stored.fullName()), stored);
      assertTrue(stored.fullName().endsWith("round " + (rounds - 1)), stored.fullName());
      names.add(stored.fullName());
    }
    assertEquals(1, names.size(), "one writer's put won for all the shared people: " + names);
    for (int t = 0; t < WRITERS; t++) {
      for (int r = 0; r < rounds; r++) {
        assertTrue(directory.person(PersonId.of("own-" + t + "-" + r)).isPresent());
      }
    }
  }

  /** A writer's task, given its number. */
  private interface Task {
    long run(int writer) throws Exception;
  }

  /**
   * Runs a task on {@link #WRITERS} threads. The first failure fails the whole run at once: the
   * other writers are interrupted, which releases any of them waiting at a barrier.
   */
  private static List<Long> parallel(Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      ExecutorCompletionService<Long> done = new ExecutorCompletionService<>(pool);
      List<Future<Long>> futures = new ArrayList<>();
      for (int t = 0; t < WRITERS; t++) {
        int n = t;
        futures.add(done.submit(() -> task.run(n)));
      }
      for (int i = 0; i < WRITERS; i++) {
        // a hang guard, not a timing assertion: a healthy run takes seconds to minutes
        Future<Long> f = done.poll(30, TimeUnit.MINUTES);
        if (f == null) {
          throw new AssertionError("the writers hang");
        }
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error) {
            throw (Error) e.getCause();
          }
          throw new AssertionError("a writer failed: " + e.getCause(), e.getCause());
        }
      }
      List<Long> out = new ArrayList<>();
      for (Future<Long> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static EvaluationId writer(int t) {
    return EvaluationId.of("writer-" + t);
  }

  private static Program increment(Program p, EvaluationId mine) {
    ImmutableList.Builder<Evaluation> out = ImmutableList.builder();
    for (Evaluation e : p.evaluations()) {
      out.add(e.id().equals(mine) ? e.withComment(
          String.valueOf(Integer.parseInt(e.comment().orElseThrow()) + 1)) : e);
    }
    return p.withEvaluations(out.build());
  }
}
