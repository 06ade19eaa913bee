package org.civiclab.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.EnrollmentRecord;
import org.civiclab.core.store.ProgramStore;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.DomainEdges;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProgramStore} does: round trips, optimistic locking, deletes, queries and
 * concurrent writers. Subclasses return a fresh, empty store from {@link #newStore()}.
 */
public abstract class ProgramStoreContract {
  /** The store under test, fresh for each test. */
  protected ProgramStore store;

  /** @return a fresh, empty store */
  protected abstract ProgramStore newStore();

  /** @return how many threads the concurrent-writer test uses */
  protected int writerThreads() {
    return 4;
  }

  /** @return how many updates each writer commits */
  protected int updatesPerWriter() {
    return 25;
  }

  @BeforeEach
  void freshStore() {
    store = newStore();
  }

  /** A program exercising every component, in several scripts. */
  protected static Program rich(long seed) {
    return ProgramGenerator.generate(seed, 4).program();
  }

  @Test
  void savesAndFindsEqualProgram() {
    Program p = rich(1);
    Versioned<Program> saved = store.save(p, Versioned.NEW);
    assertEquals(1, saved.version());
    Versioned<Program> found = store.find(p.id()).orElseThrow();
    assertEquals(p, found.value());
    assertEquals(1, found.version());
  }

  @Test
  void keepsEveryTextAndIdOfTheDomainExactly() {
    List<Program> saved = new ArrayList<>();
    for (int i = 0; i < DomainEdges.IDS.size(); i++) {
      String text = DomainEdges.TEXTS.get(i % DomainEdges.TEXTS.size());
      Program base = rich(100 + i);
      // evaluations name their program by id: drop them rather than leave them dangling
      Program p = base.withId(ProgramId.of(DomainEdges.IDS.get(i)))
          .withEvaluations(List.of())
          .withTitle(LocalizedText.of("ka", text).with("ru", DomainEdges.TEXTS.get(0)))
          .withDescription(LocalizedText.of("en", DomainEdges.longest()));
      store.save(p, Versioned.NEW);
      saved.add(p);
    }
    for (Program p : saved) {
      assertEquals(p, store.find(p.id()).orElseThrow().value(), () -> "program " + p.id());
    }
    assertEquals(saved.stream().map(Program::id).sorted().collect(java.util.stream.Collectors
        .toList()), store.ids().stream().sorted().collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void keepsSurveysAndCompletionRulesExactly() {
    for (long seed = 1; seed <= 4; seed++) {
      Program p = org.civiclab.core.testing.SurveyGenerator.withSurveys(rich(seed * 13), seed);
      store.save(p, Versioned.NEW);
      assertEquals(p, store.find(p.id()).orElseThrow().value(), "seed " + seed);
    }
  }

  @Test
  void keepsCommitmentsAndResultsFrameworkExactly() {
    for (long seed = 1; seed <= 4; seed++) {
      Program p = org.civiclab.core.testing.ResultsGenerator.withResults(
          org.civiclab.core.testing.SurveyGenerator.withSurveys(rich(seed * 7), seed), seed);
      store.save(p, Versioned.NEW);
      assertEquals(p, store.find(p.id()).orElseThrow().value(), "seed " + seed);
    }
  }

  @Test
  void keepsTheAttributeSchemaExactly() {
    for (long seed = 1; seed <= 3; seed++) {
      Program p = ProgramGenerator.withAttributeSchema(rich(seed * 11));
      store.save(p, Versioned.NEW);
      assertEquals(p, store.find(p.id()).orElseThrow().value(), "seed " + seed);
    }
  }

  @Test
  void findsNothingForUnknownId() {
    assertEquals(Optional.empty(), store.find(ProgramId.of("nope")));
  }

  @Test
  void roundTripsManyGeneratedProgramsExactly() {
    for (long seed = 0; seed < 12; seed++) {
      Program p = ProgramGenerator.generate(seed * 7919, (int) (seed % 5)).program();
      store.save(p, Versioned.NEW);
      assertEquals(p, store.find(p.id()).orElseThrow().value(), "seed " + seed);
    }
  }

  @Test
  void keepsTextsInEveryScriptVerbatim() {
    LocalizedText title = LocalizedText.of("ka", "სამოქალაქო ჩართულობა ‘ციტატა’")
        .with("bg", "Ангажираност на гражданите \"цитат\"")
        .with("sv", "Chefer får studenter som mentorer – Åsa Öberg")
        .with("bs", "Saradnja sa dijasporom: Brčko, đ, ž, ć")
        .with("en", "Robert'); DROP TABLE programs;-- 100% _x_ \\ back\\slash");
    Program p = rich(2).withTitle(title);
    store.save(p, Versioned.NEW);
    assertEquals(title, store.find(p.id()).orElseThrow().value().title());
  }

  @Test
  void updateWithReadVersionIncrementsIt() {
    Program p = rich(3);
    store.save(p, Versioned.NEW);
    Program changed = p.withTitle(LocalizedText.of("en", "Renamed"));
    Versioned<Program> v2 = store.save(changed, 1);
    assertEquals(2, v2.version());
    assertEquals(changed, store.find(p.id()).orElseThrow().value());
  }

  @Test
  void staleWriteIsRejectedAndLosesNothing() {
    Program p = rich(4);
    store.save(p, Versioned.NEW);
    Program winner = p.withTitle(LocalizedText.of("en", "Winner"));
    store.save(winner, 1);
    Program loser = p.withTitle(LocalizedText.of("en", "Loser"));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> store.save(loser, 1));
    assertEquals(1, e.expectedVersion());
    assertEquals(2, e.actualVersion());
    Versioned<Program> stored = store.find(p.id()).orElseThrow();
    assertEquals(winner, stored.value());
    assertEquals(2, stored.version());
  }

  @Test
  void creatingAnExistingProgramIsALostRace() {
    Program p = rich(5);
    store.save(p, Versioned.NEW);
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> store.save(p, Versioned.NEW));
    assertEquals(1, e.actualVersion());
  }

  @Test
  void updatingAMissingProgramIsALostRace() {
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> store.save(rich(6), 3));
    assertEquals(0, e.actualVersion());
  }

  @Test
  void deleteNeedsTheReadVersion() {
    Program p = rich(7);
    store.save(p, Versioned.NEW);
    assertThrows(ConcurrentUpdateException.class, () -> store.delete(p.id(), 2));
    assertTrue(store.find(p.id()).isPresent());
    store.delete(p.id(), 1);
    assertEquals(Optional.empty(), store.find(p.id()));
    assertThrows(ConcurrentUpdateException.class, () -> store.delete(p.id(), 1));
    Versioned<Program> again = store.save(p, Versioned.NEW);
    assertEquals(1, again.version());
  }

  @Test
  void listsIdsInOrder() {
    List<ProgramId> expected = new ArrayList<>();
    for (long seed : new long[] {42, 7, 19}) {
      Program p = rich(seed);
      store.save(p, Versioned.NEW);
      expected.add(p.id());
    }
    expected.sort(null);
    assertEquals(expected, store.ids());
  }

  @Test
  void findsEnrollmentsByStatusAcrossPrograms() {
    List<EnrollmentRecord> expected = new ArrayList<>();
    for (long seed : new long[] {11, 12, 13}) {
      Program p = ProgramGenerator.generate(seed, 4).program();
      store.save(p, Versioned.NEW);
    }
    for (ProgramId id : store.ids()) {
      Program p = store.find(id).orElseThrow().value();
      p.editions().forEach(e -> e.enrollments().stream()
          .filter(x -> x.status() == EnrollmentStatus.REGISTERED)
          .sorted(java.util.Comparator.comparingLong(x -> x.sequence()))
          .forEach(x -> expected.add(EnrollmentRecord.of(id, e.id(), e.label(), x))));
    }
    assertEquals(expected, store.enrollments(EnrollmentStatus.REGISTERED));
  }

  /** A generated program in which every other enrolment holding a place is completed. */
  private static Program withCompletions(long seed) {
    Program p = ProgramGenerator.generate(seed, 4).program();
    List<Edition> editions = new ArrayList<>();
    for (Edition e : p.editions()) {
      List<Enrollment> xs = new ArrayList<>();
      for (Enrollment x : e.enrollments()) {
        xs.add(x.holdsPlace() && x.sequence() % 2 == 0
            ? Enrollment.builder().from(x).status(EnrollmentStatus.COMPLETED).build() : x);
      }
      editions.add(Edition.builder().from(e).enrollments(xs).build());
    }
    return Program.builder().from(p).editions(editions).build();
  }

  @Test
  void alumniAreTheModelsAlumniOfTheStoredPrograms() {
    assertEquals(List.of(), store.alumni());
    List<Program> saved = new ArrayList<>();
    for (long seed : new long[] {21, 22, 23, 24}) {
      Program p = withCompletions(seed);
      store.save(p, Versioned.NEW);
      saved.add(p);
    }
    ImmutableList<Alumnus> expected = Alumnus.of(saved);
    assertTrue(!expected.isEmpty(), "the sample has no alumni");
    assertEquals(expected, store.alumni());
    store.delete(saved.get(0).id(), 1);
    assertEquals(Alumnus.of(saved.subList(1, saved.size())), store.alumni());
  }

  @Test
  void saveOrReplaceCreatesThenReplaces() {
    Program p = rich(30);
    Versioned<Program> created = store.saveOrReplace(p);
    assertEquals(1, created.version(), "version 1: nothing was stored");
    Program renamed = Program.builder().from(p).title(LocalizedText.of("sv", "Ny titel"))
        .build();
    Versioned<Program> replaced = store.saveOrReplace(renamed);
    assertEquals(2, replaced.version(), "a stored program was replaced");
    assertEquals(Optional.of(Versioned.of(renamed, 2)), store.find(p.id()));
    assertEquals(3, store.saveOrReplace(renamed).version());
  }

  @Test
  void concurrentSaveOrReplaceWritesWholeProgramsOrLosesARace() throws Exception {
    Program base = rich(31);
    store.save(base, Versioned.NEW);
    int threads = writerThreads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Program> versions = new ArrayList<>();
    try {
      List<Future<Boolean>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Program next = Program.builder().from(base)
            .title(LocalizedText.of("sv", "Titel " + t)).build();
        versions.add(next);
        done.add(pool.submit(() -> {
          try {
            store.saveOrReplace(next);
            return true;
          } catch (ConcurrentUpdateException e) {
            return false;
          }
        }));
      }
      long won = 0;
      for (Future<Boolean> f : done) {
        won += f.get(5, TimeUnit.MINUTES) ? 1 : 0;
      }
      Versioned<Program> end = store.find(base.id()).orElseThrow();
      assertTrue(won >= 1, "some writer wins");
      assertEquals(1 + won, end.version(), "every win is one version, no win is lost");
      assertTrue(versions.contains(end.value()), "the stored program is one writer's, whole");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentWritersLoseNoCommittedUpdate() throws Exception {
    Program p = rich(8);
    store.save(p, Versioned.NEW);
    int threads = writerThreads();
    int updates = updatesPerWriter();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> lost = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        lost.add(pool.submit(() -> {
          int races = 0;
          for (int u = 0; u < updates; u++) {
            while (true) {
              Versioned<Program> read = store.find(p.id()).orElseThrow();
              Program next = read.value().withEvaluations(
                  com.google.common.collect.ImmutableList.<Evaluation>builder()
                      .addAll(read.value().evaluations())
                      .add(Evaluation.builder().id(EvaluationId.of("w" + thread + "-" + u))
                          .subject(EvaluationSubject.of(EvaluationSubject.Kind.PROGRAM,
                              p.id().value()))
                          .submittedOn(p.period().end()).putRating("overall", 4).build())
                      .build());
              try {
                store.save(next, read.version());
                break;
              } catch (ConcurrentUpdateException e) {
                races++;
              }
            }
          }
          return races;
        }));
      }
      for (Future<Integer> f : lost) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    Versioned<Program> end = store.find(p.id()).orElseThrow();
    assertEquals(1 + (long) threads * updates, end.version());
    for (int t = 0; t < threads; t++) {
      for (int u = 0; u < updates; u++) {
        EvaluationId id = EvaluationId.of("w" + t + "-" + u);
        assertTrue(end.value().evaluations().stream().anyMatch(e -> e.id().equals(id)),
            "update " + id + " was committed but is missing");
      }
    }
  }
}
