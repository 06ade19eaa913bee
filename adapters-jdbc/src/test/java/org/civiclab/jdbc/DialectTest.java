package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import org.civiclab.core.StoreException;
import org.junit.jupiter.api.Test;

/**
 * The SQL each dialect writes (exact text), which errors count as a lost race on which
 * database, and how a connection's product name picks the dialect.
 */
class DialectTest {
  private static final List<String> COLUMNS = List.of("id", "name", "document");

  @Test
  void h2UpsertsWithMergeAndOrdersIdsAsTheyAre() {
    assertEquals("MERGE INTO civiclab_x (id, name, document) KEY (id) VALUES (?, ?, ?)",
        Dialect.H2.upsert("civiclab_x", COLUMNS, "id"));
    assertEquals("MERGE INTO t (k) KEY (k) VALUES (?)", Dialect.H2.upsert("t", List.of("k"),
        "k"));
    assertEquals("p.id", Dialect.H2.byId("p.id"));
  }

  @Test
  void postgresqlUpsertsOnConflictAndOrdersIdsInTheCCollation() {
    assertEquals("INSERT INTO civiclab_x (id, name, document) VALUES (?, ?, ?) ON CONFLICT (id)"
        + " DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document",
        Dialect.POSTGRESQL.upsert("civiclab_x", COLUMNS, "id"));
    assertEquals("INSERT INTO t (a, k) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET a ="
        + " EXCLUDED.a", Dialect.POSTGRESQL.upsert("t", List.of("a", "k"), "k"));
    assertEquals("p.id COLLATE \"C\"", Dialect.POSTGRESQL.byId("p.id"));
  }

  @Test
  void duplicatesSerializationFailuresAndDeadlocksAreLostRacesEverywhere() {
    for (Dialect d : Dialect.values()) {
      for (String state : List.of("23505", "40001", "40P01")) {
        assertTrue(d.lostRace(new SQLException("x", state)), d + " " + state);
      }
      for (String state : List.of("23503", "40002", "08006", "HYT00")) {
        assertFalse(d.lostRace(new SQLException("x", state)), d + " " + state);
      }
      assertFalse(d.lostRace(new SQLException("x")), d + " without a state");
    }
  }

  @Test
  void h2sConcurrentUpdateAndLockTimeoutCodesAreLostRacesOnH2Only() {
    for (int code : new int[] {90131, 50200}) {
      assertTrue(Dialect.H2.lostRace(new SQLException("x", "HY000", code)), "H2 " + code);
      assertFalse(Dialect.POSTGRESQL.lostRace(new SQLException("x", "HY000", code)),
          "PostgreSQL " + code);
    }
    assertFalse(Dialect.H2.lostRace(new SQLException("x", "HY000", 90132)));
  }

  @Test
  void aLostRaceIsFoundAnywhereInTheCauseChain() {
    SQLException deep = new SQLException("outer", "08006",
        new IllegalStateException("middle", new SQLException("inner", "40001")));
    assertTrue(Dialect.POSTGRESQL.lostRace(deep));
    assertTrue(Dialect.H2.lostRace(new SQLException("outer", null,
        new SQLException("inner", "HY000", 50200))));
    assertFalse(Dialect.H2.lostRace(new SQLException("outer", null,
        new IllegalStateException("no SQL error below"))));
  }

  @Test
  void theProductNamePicksTheDialectWhateverItsCase() throws SQLException {
    assertSame(Dialect.H2, Dialect.of(connection("H2")));
    assertSame(Dialect.H2, Dialect.of(connection("h2")));
    assertSame(Dialect.POSTGRESQL, Dialect.of(connection("PostgreSQL")));
    assertSame(Dialect.POSTGRESQL, Dialect.of(connection("POSTGRESQL")));
    StoreException e = assertThrows(StoreException.class, () -> Dialect.of(connection("MySQL")));
    assertEquals("database MySQL is not supported: CivicLab's JDBC adapter runs on H2 and"
        + " PostgreSQL", e.getMessage());
  }

  /** A connection that only answers for its metadata's product name. */
  static Connection connection(String product) {
    DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(
        DialectTest.class.getClassLoader(), new Class<?>[] {DatabaseMetaData.class},
        (p, m, args) -> {
          if (m.getName().equals("getDatabaseProductName")) {
            return product;
          }
          throw new UnsupportedOperationException(m.getName());
        });
    return (Connection) Proxy.newProxyInstance(DialectTest.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (p, m, args) -> {
          switch (m.getName()) {
            case "getMetaData":
              return meta;
            case "close":
              return null;
            default:
              throw new UnsupportedOperationException(m.getName());
          }
        });
  }
}
