package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/**
 * The regression test of the lost updates on H2: two writers of one program must never be in
 * H2 at the same time, because H2 2.3 can lose a committed row when a second transaction waits
 * for its row lock across the first one's commit (see {@link WriteGate}).
 *
 * <p>Deterministic, without timing: the first writer is held inside its transaction, right after
 * its first statement on {@code civiclab_program}, until the second writer either reaches the
 * database with a statement on that table (the failure) or is seen queued in {@link WriteGate}
 * (then the first is let go). Before the fix the second writer's {@code UPDATE ... WHERE version
 * = ?} always reached H2 while the first held the row.
 */
class H2WriterQueueTest {

  @Test
  void aSecondWriterOfAProgramWaitsOutsideH2UntilTheFirstHasCommitted() throws Exception {
    Path file = TestDatabases.newH2File();
    Watch watch = new Watch(TestDatabases.h2DataSource(file));
    try (JdbcStores stores = JdbcStores.on(watch.dataSource())) {
      Program p = ProgramGenerator.generate(11, 2).program();
      stores.programs().save(p, Versioned.NEW);
      Program first = p.withTitle(LocalizedText.of("en", "first"));
      Program second = p.withTitle(LocalizedText.of("en", "second"));

      CompletableFuture<Versioned<Program>> one = new CompletableFuture<>();
      Thread a = new Thread(() -> {
        try {
          one.complete(stores.programs().save(first, 1));
        } catch (Throwable e) {
          one.completeExceptionally(e);
        }
      });
      watch.hold(a);
      a.start();
      watch.awaitHeld();

      CompletableFuture<Versioned<Program>> two = new CompletableFuture<>();
      Thread b = new Thread(() -> {
        try {
          two.complete(stores.programs().save(second, 1));
        } catch (Throwable e) {
          two.completeExceptionally(e);
        }
      });
      watch.release(b);
      b.start();
      a.join();
      b.join();

      assertFalse(watch.overlap.get(), "the second writer reached H2 while the first was in"
          + " its transaction on the same program");
      assertEquals(Versioned.of(first, 2), one.get());
      ExecutionException e = assertThrows(ExecutionException.class, two::get);
      ConcurrentUpdateException c = (ConcurrentUpdateException) e.getCause();
      assertEquals(2, c.actualVersion());
      assertEquals(Versioned.of(first, 2), stores.programs().find(p.id()).orElseThrow());
    }
  }

  /**
   * A data source that sees statements on {@code civiclab_program} inside transactions: it
   * holds one thread there and notes whether another comes in meanwhile.
   */
  private static final class Watch {
    private final DataSource target;
    final AtomicBoolean overlap = new AtomicBoolean();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicReference<Thread> held = new AtomicReference<>();
    private final AtomicReference<Thread> other = new AtomicReference<>();
    private final AtomicBoolean holding = new AtomicBoolean();

    Watch(DataSource target) {
      this.target = target;
    }

    void hold(Thread t) {
      held.set(t);
    }

    void release(Thread t) {
      other.set(t);
    }

    /** Waits until the held thread is inside its transaction on the program. */
    void awaitHeld() throws InterruptedException {
      while (!holding.get()) {
        Thread.sleep(1);
      }
    }

    DataSource dataSource() {
      return proxy(DataSource.class, target, (m, args, result) ->
          m.getName().equals("getConnection") ? connection((Connection) result) : result);
    }

    private Connection connection(Connection c) {
      AtomicBoolean inTransaction = new AtomicBoolean();
      return proxy(Connection.class, c, (m, args, result) -> {
        if ((m.getName().equals("commit") || m.getName().equals("rollback"))
            && inTransaction.getAndSet(false)) {
          inside.decrementAndGet();
        }
        if (m.getName().equals("prepareStatement") && args[0] instanceof String
            && ((String) args[0]).contains("civiclab_program")
            && !c.getAutoCommit()) {
          return statement((PreparedStatement) result, inTransaction);
        }
        return result;
      });
    }

    private PreparedStatement statement(PreparedStatement s, AtomicBoolean inTransaction) {
      return proxy(PreparedStatement.class, s, (m, args, result) -> result, (m, args) -> {
        if (m.getName().startsWith("execute") && !inTransaction.getAndSet(true)) {
          if (inside.getAndIncrement() > 0) {
            overlap.set(true);
          }
        }
      }, (m, args) -> {
        if (m.getName().startsWith("execute") && Thread.currentThread() == held.get()
            && holding.compareAndSet(false, true)) {
          waitForTheOther();
        }
      });
    }

    /** Holds the first writer until the second is in H2 (the failure) or queued before it. */
    private void waitForTheOther() throws InterruptedException {
      while (!overlap.get() && !queued(other.get())) {
        Thread.sleep(1);
      }
    }

    private static boolean queued(Thread t) {
      return t != null && t.getState() == Thread.State.WAITING
          && Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().endsWith(
              ".WriteGate"));
    }

    private interface After {
      Object apply(java.lang.reflect.Method m, Object[] args, Object result) throws Exception;
    }

    private interface Hook {
      void run(java.lang.reflect.Method m, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
      return proxy(type, target, after, (m, a) -> { }, (m, a) -> { });
    }

    private static <T> T proxy(Class<T> type, T target, After after, Hook before, Hook then) {
      InvocationHandler h = (p, m, args) -> {
        before.run(m, args);
        Object result;
        try {
          result = m.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
        then.run(m, args);
        return after.apply(m, args, result);
      };
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }
  }
}
