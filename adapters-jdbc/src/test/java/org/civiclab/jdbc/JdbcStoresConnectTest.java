package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.civiclab.core.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcStores#connect} and {@link JdbcStores#h2} hand to the driver, seen by a
 * recording driver that stands in for H2's and PostgreSQL's while a test runs: the URL with
 * {@code reWriteBatchedInserts} added (or not), the credentials only when given, H2's trace
 * file switched off unless the URL says otherwise; and the error when the driver refuses,
 * with the password masked and H2's hint for a file that is not a database.
 */
class JdbcStoresConnectTest {
  /** Refuses every connection after writing down what it was asked. */
  private static final class Recording implements Driver {
    final List<String> urls = new ArrayList<>();
    final List<Map<String, String>> properties = new ArrayList<>();
    RuntimeException crash;
    String message = "refused by the recording driver";
    int code;

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
      if (!acceptsURL(url)) {
        return null;
      }
      urls.add(url);
      Map<String, String> p = new TreeMap<>();
      info.stringPropertyNames().forEach(n -> p.put(n, info.getProperty(n)));
      properties.add(p);
      if (crash != null) {
        throw crash;
      }
      // refused while the pool sets the connection up: the pool gives up at once, where a
      // refusal by connect() itself costs a second's pause before it does
      SQLException refusal = new SQLException(message, "08001", code);
      return (Connection) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {Connection.class}, (c, m, args) -> {
            if (m.getName().equals("close")) {
              return null;
            }
            throw refusal;
          });
    }

    @Override
    public boolean acceptsURL(String url) {
      return url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:h2:");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
      return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
      return 1;
    }

    @Override
    public int getMinorVersion() {
      return 0;
    }

    @Override
    public boolean jdbcCompliant() {
      return false;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }
  }

  private final Recording driver = new Recording();
  private final List<Driver> displaced = new ArrayList<>();

  @BeforeEach
  void standIn() throws SQLException {
    for (Driver d : DriverManager.drivers().toList()) {
      if (d.acceptsURL("jdbc:postgresql://x/y") || d.acceptsURL("jdbc:h2:mem:x")) {
        DriverManager.deregisterDriver(d);
        displaced.add(d);
      }
    }
    DriverManager.registerDriver(driver);
  }

  @AfterEach
  void restore() throws SQLException {
    DriverManager.deregisterDriver(driver);
    for (Driver d : displaced) {
      DriverManager.registerDriver(d);
    }
  }

  private String refusal(String url, String user, String password) {
    return assertThrows(StoreException.class, () -> JdbcStores.connect(url, user, password))
        .getMessage();
  }

  @Test
  void postgresqlUrlsGetBatchedInsertsRewrittenUnlessTheyChoose() {
    assertEquals("database jdbc:postgresql://db/civiclab: could not connect: refused by the"
        + " recording driver", refusal("jdbc:postgresql://db/civiclab", "", ""));
    refusal("jdbc:postgresql://db/civiclab?ssl=true", "", "");
    refusal("jdbc:postgresql://db/civiclab?reWriteBatchedInserts=false", "", "");
    assertEquals(List.of("jdbc:postgresql://db/civiclab?reWriteBatchedInserts=true",
        "jdbc:postgresql://db/civiclab?ssl=true&reWriteBatchedInserts=true",
        "jdbc:postgresql://db/civiclab?reWriteBatchedInserts=false"), driver.urls);
  }

  @Test
  void credentialsArePassedOnlyWhenGiven() {
    refusal("jdbc:postgresql://db/civiclab", "ada", "secret");
    refusal("jdbc:postgresql://db/civiclab", "", "");
    refusal("jdbc:postgresql://db/civiclab", "ada", "");
    refusal("jdbc:postgresql://db/civiclab", "", "secret");
    assertEquals(List.of(Map.of("user", "ada", "password", "secret"), Map.of(),
        Map.of("user", "ada"), Map.of("password", "secret")), driver.properties);
  }

  @Test
  void aPasswordInTheUrlIsMaskedInTheError() {
    assertEquals("database jdbc:postgresql://db/x?user=ada&password=***&ssl=true: could not"
        + " connect: refused by the recording driver",
        refusal("jdbc:postgresql://db/x?user=ada&password=secret&ssl=true", "", ""));
    assertEquals("database jdbc:h2:mem:x;password=***;MODE=PostgreSQL: could not connect:"
        + " refused by the recording driver",
        refusal("jdbc:h2:mem:x;password=secret;MODE=PostgreSQL", "", ""));
  }

  @Test
  void h2sCodesForWhatIsNotADatabaseAddAHint() {
    driver.code = 90028;
    assertEquals("database jdbc:h2:mem:x: could not connect: refused by the recording driver"
        + " (is the file an H2 database?)", refusal("jdbc:h2:mem:x", "", ""));
    driver.code = 90030;
    assertEquals("database jdbc:h2:mem:x: could not connect: refused by the recording driver"
        + " (is the file an H2 database?)", refusal("jdbc:h2:mem:x", "", ""));
    driver.code = 90029;
    assertEquals("database jdbc:h2:mem:x: could not connect: refused by the recording driver",
        refusal("jdbc:h2:mem:x", "", ""));
  }

  @Test
  void h2sTraceFileIsOffUnlessTheUrlSetsIt() {
    refusal("jdbc:h2:mem:x", "", "");
    refusal("jdbc:h2:mem:x;trace_level_file=2", "", "");
    refusal("jdbc:postgresql://db/x", "", "");
    assertEquals(List.of(Map.of("TRACE_LEVEL_FILE", "0"), Map.of(), Map.of()),
        driver.properties);
  }

  @Test
  void h2FilesOpenInPostgresqlModeWithDurableCommits() {
    Path file = Path.of("target", "h2-tests", "recorded", "civiclab").toAbsolutePath();
    Path withSuffix = file.resolveSibling("civiclab.mv.db");
    for (Path p : List.of(file, withSuffix)) {
      assertEquals("H2 database " + file + ": could not connect: refused by the recording"
          + " driver", assertThrows(StoreException.class, () -> JdbcStores.h2(p)).getMessage());
    }
    String url = "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
        + ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    assertEquals(List.of(url, url), driver.urls);
    assertEquals(Map.of("TRACE_LEVEL_FILE", "0"), driver.properties.get(0));
  }

  @Test
  void aFailureWithoutAnSqlErrorGivesThePoolsWords() {
    driver.crash = new IllegalStateException("the driver crashed");
    assertEquals("database jdbc:postgresql://db/x: could not connect: Failed to initialize"
        + " pool: the driver crashed", refusal("jdbc:postgresql://db/x", "", ""));
  }
}
