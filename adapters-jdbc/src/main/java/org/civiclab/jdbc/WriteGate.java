package org.civiclab.jdbc;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.civiclab.core.StoreException;

/**
 * Lets one writer at a time change a given row of an embedded H2 database in this JVM.
 *
 * <p>Why: H2 2.3's MVStore mishandles a row lock that one transaction takes while another is
 * committing its change to that row. The losing writer of an optimistic-lock race (an
 * {@code UPDATE ... WHERE version = ?} or {@code SELECT ... FOR UPDATE} that waited for the
 * winner) can end up holding, and on its rollback restoring, the row as it was before the
 * winner's commit: the winner's save, already acknowledged, is gone and its version number is
 * handed out again. {@code ManyWritersTest} saw it as 10 consecutive versions returned twice, and
 * as a reader finding version 49 just after a save of version 50 had returned. No SQL-level
 * check can guard against a database that forgets a committed row, so on H2 CivicLab never lets
 * two of its own writers contend for the same row lock: they queue here first. An embedded H2
 * file is opened by one process only, so this covers every CivicLab writer of the database
 * (other programs writing the same rows through an H2 server are not covered).
 *
 * <p>On PostgreSQL the gate is open: the database's row locks do their job.
 */
final class WriteGate {
  private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new ReentrantLock();
    }
  }

  private WriteGate() {}

  /**
   * Runs a write with the stripe of {@code key} held when the database is H2.
   *
   * @param dialect the database
   * @param key what is written, such as {@code program p-1}; writes with equal keys queue
   * @param work the write
   * @return what the write returns
   * @throws StoreException naming the key when interrupted while queueing
   */
  static <T> T through(Dialect dialect, String key, Supplier<T> work) {
    if (dialect != Dialect.H2) {
      return work.get();
    }
    ReentrantLock lock = STRIPES[Math.floorMod(key.hashCode(), STRIPES.length)];
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(key + ": interrupted while waiting for another write to it");
    }
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs a write that returns nothing with the stripe of {@code key} held when the database
   * is H2.
   *
   * @param dialect the database
   * @param key what is written, such as {@code program p-1}; writes with equal keys queue
   * @param work the write
   * @throws StoreException naming the key when interrupted while queueing
   */
  static void through(Dialect dialect, String key, Runnable work) {
    through(dialect, key, () -> {
      work.run();
      return Boolean.TRUE;
    });
  }
}
