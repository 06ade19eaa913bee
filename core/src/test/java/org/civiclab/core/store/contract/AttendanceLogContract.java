package org.civiclab.core.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.store.AttendanceLog;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.testing.DomainEdges;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AttendanceLog} does. Subclasses return a fresh, empty log from
 * {@link #newLog()}.
 */
public abstract class AttendanceLogContract {
  /** The log under test, fresh for each test. */
  protected AttendanceLog log;

  /** @return a fresh, empty log */
  protected abstract AttendanceLog newLog();

  @BeforeEach
  void fresh() {
    log = newLog();
  }

  private static List<Attendance> sample() {
    List<Attendance> all = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      all.addAll(ProgramGenerator.attendance(ProgramGenerator.generate(seed * 31, 4), seed));
    }
    return all;
  }

  @Test
  void keepsAppendOrderAndEveryRecord() {
    List<Attendance> records = sample();
    log.appendAll(records.subList(0, records.size() / 2));
    records.subList(records.size() / 2, records.size()).forEach(log::append);
    List<Attendance> seen = new ArrayList<>();
    log.forEach(seen::add);
    assertEquals(records, seen);
    assertEquals(records.size(), log.size());
  }

  @Test
  void answersByEventAndByPerson() {
    List<Attendance> records = sample();
    log.appendAll(records);
    for (EventId event : records.stream().map(Attendance::event).distinct()
        .collect(Collectors.toList())) {
      assertEquals(records.stream().filter(a -> a.event().equals(event))
          .collect(Collectors.toList()), log.forEvent(event));
    }
    for (PersonId person : records.stream().map(Attendance::person).distinct()
        .collect(Collectors.toList())) {
      assertEquals(records.stream().filter(a -> a.person().equals(person))
          .collect(Collectors.toList()), log.forPerson(person));
    }
    assertEquals(List.of(), log.forEvent(EventId.of("none")));
  }

  @Test
  void keepsModeMinutesAndPartialPresenceOfEveryEventKind() {
    java.time.Instant t = java.time.Instant.parse("2024-03-01T09:00:00Z");
    List<Attendance> records = new ArrayList<>();
    int i = 0;
    for (AttendanceStatus status : AttendanceStatus.values()) {
      for (java.util.Optional<org.civiclab.core.model.DeliveryMode> mode : List.of(
          java.util.Optional.<org.civiclab.core.model.DeliveryMode>empty(),
          java.util.Optional.of(org.civiclab.core.model.DeliveryMode.ON_SITE),
          java.util.Optional.of(org.civiclab.core.model.DeliveryMode.ONLINE))) {
        Attendance.Builder b = Attendance.builder().program(ProgramId.of("p"))
            .event(EventId.of("meeting-" + (i % 3))).person(PersonId.of("x" + i))
            .status(status).recordedAt(t = t.plusMillis(1500)).mode(mode);
        if (i % 2 == 0) {
          b.minutes(i * 7);
        }
        records.add(b.build());
        i++;
      }
    }
    log.appendAll(records);
    List<Attendance> seen = new ArrayList<>();
    log.forEach(seen::add);
    assertEquals(records, seen);
    assertEquals(0, log.appendNew(records));
  }

  @Test
  void keepsEveryIdOfTheDomainExactly() {
    List<Attendance> records = new ArrayList<>();
    java.time.Instant t = java.time.Instant.parse("2024-03-01T09:00:00Z");
    for (String id : DomainEdges.IDS) {
      for (String other : List.of(DomainEdges.IDS.get(0), id)) {
        records.add(Attendance.builder().program(ProgramId.of(id)).event(EventId.of(other))
            .person(PersonId.of(id)).status(AttendanceStatus.PRESENT)
            .recordedAt(t = t.plusSeconds(1)).build());
      }
    }
    log.appendAll(records);
    List<Attendance> seen = new ArrayList<>();
    log.forEach(seen::add);
    assertEquals(records, seen);
    for (String id : DomainEdges.IDS) {
      assertEquals(records.stream().filter(a -> a.person().value().equals(id))
          .collect(Collectors.toList()), log.forPerson(PersonId.of(id)), id);
      assertEquals(records.stream().filter(a -> a.event().value().equals(id))
          .collect(Collectors.toList()), log.forEvent(EventId.of(id)), id);
    }
  }

  @Test
  void appendNewAppendsOnlyWhatTheLogDoesNotHold() {
    List<Attendance> records = List.copyOf(new java.util.LinkedHashSet<>(sample()));
    List<Attendance> first = records.subList(0, records.size() / 2);
    assertEquals(first.size(), log.appendNew(first));
    List<Attendance> again = new ArrayList<>(records);
    again.add(records.get(records.size() - 1));
    assertEquals(records.size() - first.size(), log.appendNew(again),
        "held records and repeats within the batch are skipped");
    assertEquals(0, log.appendNew(records));
    assertEquals(0, log.appendNew(List.of()));
    List<Attendance> seen = new ArrayList<>();
    log.forEach(seen::add);
    assertEquals(records, seen);
  }

  @Test
  void appendNewKeepsACorrectionForTheSameEventAndPerson() {
    Attendance a = sample().get(0);
    log.append(a);
    Attendance later = Attendance.builder().from(a).status(AttendanceStatus.EXCUSED)
        .recordedAt(a.recordedAt().plusSeconds(60)).build();
    assertEquals(1, log.appendNew(List.of(a, later)));
    assertEquals(List.of(a, later), log.forEvent(a.event()));
  }

  @Test
  void racingAppendNewCallsAppendEachRecordOnce() throws Exception {
    List<Attendance> records = List.copyOf(new java.util.LinkedHashSet<>(sample()));
    int threads = 4;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      List<java.util.concurrent.Future<Integer>> added = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        added.add(pool.submit(() -> {
          start.await();
          return log.appendNew(records);
        }));
      }
      start.countDown();
      int total = 0;
      for (java.util.concurrent.Future<Integer> f : added) {
        total += f.get(5, java.util.concurrent.TimeUnit.MINUTES);
      }
      assertEquals(records.size(), total);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(records.size(), log.size());
    List<Attendance> seen = new ArrayList<>();
    log.forEach(seen::add);
    assertEquals(new java.util.HashSet<>(records), new java.util.HashSet<>(seen));
  }

  @Test
  void emptyLogIsEmpty() {
    assertEquals(0, log.size());
    List<Attendance> seen = new ArrayList<>();
    log.forEach(seen::add);
    assertEquals(List.of(), seen);
  }
}
