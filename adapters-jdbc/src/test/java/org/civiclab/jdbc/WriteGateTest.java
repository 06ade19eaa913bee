package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civiclab.core.StoreException;
import org.junit.jupiter.api.Test;

/**
 * The H2 write gate: an interrupted writer gives up with an error naming the key and keeps
 * its interrupt, PostgreSQL writers pass without queueing, and the stripe is released when a
 * write fails so that the next writer of the key gets through.
 */
class WriteGateTest {

  @Test
  void anInterruptedH2WriterGivesUpNamingTheKey() {
    List<String> ran = new ArrayList<>();
    Thread.currentThread().interrupt();
    try {
      StoreException e = assertThrows(StoreException.class,
          () -> WriteGate.through(Dialect.H2, "program p-1", () -> ran.add("write")));
      assertEquals("program p-1: interrupted while waiting for another write to it",
          e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept");
    } finally {
      Thread.interrupted();
    }
    assertEquals(List.of(), ran);
  }

  @Test
  void postgresqlWritersDoNotQueue() {
    Thread.currentThread().interrupt();
    try {
      assertEquals("written", WriteGate.through(Dialect.POSTGRESQL, "program p-1",
          () -> "written"));
      List<String> ran = new ArrayList<>();
      WriteGate.through(Dialect.POSTGRESQL, "program p-1", () -> {
        ran.add("write");
      });
      assertEquals(List.of("write"), ran);
    } finally {
      assertTrue(Thread.interrupted());
    }
  }

  @Test
  void h2WritesRunAndReturnTheirResult() {
    assertEquals(42, WriteGate.through(Dialect.H2, "program p-2", () -> 42));
    List<String> ran = new ArrayList<>();
    WriteGate.through(Dialect.H2, "program p-2", () -> {
      ran.add("write");
    });
    assertEquals(List.of("write"), ran);
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void aFailedWriteReleasesTheKeyForOtherThreads() throws Exception {
    assertThrows(IllegalStateException.class, () -> WriteGate.through(Dialect.H2,
        "program p-3", () -> {
          throw new IllegalStateException("failed write");
        }));
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<String> next = other.submit(() -> WriteGate.through(Dialect.H2, "program p-3",
          () -> "next"));
      // a generous bound against a hang, not a timing assertion
      assertEquals("next", next.get(60, TimeUnit.SECONDS));
    } finally {
      other.shutdownNow();
    }
  }
}
