package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC adapter promises beyond core's contract, run unchanged on H2 and PostgreSQL:
 * all-or-nothing writes when a statement fails midway, errors that name the aggregate, the
 * alumni query, exact instants, verbatim text in the query columns, and a schema history of
 * its own beside the host application's tables.
 */
abstract class StoreBehaviour {
  /** Stores on an empty database. */
  protected JdbcStores stores;

  /** @return stores on an empty database */
  protected abstract JdbcStores openEmpty();

  /** @return a plain data source on the same database as {@link #openEmpty()}'s */
  protected abstract DataSource dataSource();

  @BeforeEach
  void open() {
    stores = openEmpty();
  }

  @AfterEach
  void closeStores() {
    stores.close();
  }

  private static Program withCompletions(long seed) {
    Program p = ProgramGenerator.generate(seed, 4).program();
    List<Edition> editions = new ArrayList<>();
    for (Edition e : p.editions()) {
      List<Enrollment> xs = new ArrayList<>();
      for (Enrollment x : e.enrollments()) {
        xs.add(x.holdsPlace() && x.sequence() % 2 == 0
            ? x.withStatus(EnrollmentStatus.COMPLETED) : x);
      }
      editions.add(e.withEnrollments(xs));
    }
    return p.withEditions(editions);
  }

  private static Program withEditions(long seed) {
    for (long s = seed; ; s++) {
      Program p = withCompletions(s);
      if (p.editions().size() == 2 && p.editions().stream()
          .allMatch(e -> !e.enrollments().isEmpty())) {
        return p;
      }
    }
  }

  @Test
  void aSaveFailingAtAnyStatementLeavesThePreviousVersion() {
    Program before = withEditions(1);
    stores.programs().save(before, Versioned.NEW);
    Program after = withEditions(500).withId(before.id());
    var expected = stores.programs().enrollments(EnrollmentStatus.REGISTERED);
    FailingDataSource failing = new FailingDataSource(dataSource());
    try (JdbcStores broken = JdbcStores.on(failing.dataSource())) {
      for (int n = 1; ; n++) {
        failing.failAt(n);
        try {
          broken.programs().save(after, 1);
          assertFalse(failing.fired(), "a failed statement went unnoticed");
          break;
        } catch (StoreException e) {
          assertFalse(e instanceof ConcurrentUpdateException, e.getMessage());
          assertTrue(e.getMessage().startsWith("program " + before.id() + ": "), e.getMessage());
          Versioned<Program> stored = stores.programs().find(before.id()).orElseThrow();
          assertEquals(1, stored.version(), "failure at statement " + n);
          assertEquals(before, stored.value(), "failure at statement " + n);
          assertEquals(expected, stores.programs().enrollments(EnrollmentStatus.REGISTERED));
        }
        assertTrue(n < 50, "the save never got through");
      }
    }
    assertEquals(Versioned.of(after, 2), stores.programs().find(before.id()).orElseThrow());
  }

  @Test
  void aFailedAppendOrPutWritesNothing() {
    List<Attendance> records = new ArrayList<>();
    Instant t = Instant.parse("2025-03-30T00:59:59.123456789Z");
    for (int i = 0; i < 2_500; i++) {
      records.add(Attendance.builder().program(ProgramId.of("p")).event(EventId.of("e" + i % 7))
          .person(PersonId.of("x" + i)).status(AttendanceStatus.PRESENT)
          .recordedAt(t.plusNanos(i)).build());
    }
    List<Person> people = new ArrayList<>(ProgramGenerator.generate(5, 4).directory().people()
        .values());
    FailingDataSource failing = new FailingDataSource(dataSource());
    try (JdbcStores broken = JdbcStores.on(failing.dataSource())) {
      failing.failAt(2);
      StoreException e = assertThrows(StoreException.class,
          () -> broken.attendance().appendAll(records));
      assertTrue(e.getMessage().startsWith("attendance log: could not append 2500 records"),
          e.getMessage());
      assertEquals(0, stores.attendance().size());
      failing.failAt(1);
      assertThrows(StoreException.class, () -> broken.directory().putPeople(people));
      assertEquals(0, stores.directory().countPeople());
    }
    stores.attendance().appendAll(records);
    assertEquals(records.stream().filter(a -> a.event().equals(EventId.of("e3"))).toList(),
        stores.attendance().forEvent(EventId.of("e3")));
    List<Attendance> seen = new ArrayList<>();
    stores.attendance().forEach(seen::add);
    assertEquals(records, seen, "instants to the nanosecond, in append order");
  }

  @Test
  void alumniAreEveryCompletionAcrossProgramsAndEditions() {
    List<Alumnus> expected = new ArrayList<>();
    for (long seed : new long[] {21, 22, 23, 24}) {
      Program p = withCompletions(seed);
      stores.programs().save(p, Versioned.NEW);
      for (Edition e : p.editions()) {
        e.enrollments().stream().filter(x -> x.status() == EnrollmentStatus.COMPLETED)
            .forEach(x -> expected.add(Alumnus.builder().person(x.person()).program(p.id())
                .edition(e.id()).editionLabel(e.label()).year(e.period().start().getYear())
                .build()));
      }
    }
    assertFalse(expected.isEmpty(), "the sample has no alumni");
    List<Alumnus> sorted = new ArrayList<>(expected);
    sorted.sort(Comparator.comparing(Alumnus::person).thenComparing(Alumnus::year)
        .thenComparing(Alumnus::program));
    List<Alumnus> actual = stores.programs().alumni();
    assertEquals(sorted.size(), actual.size());
    assertEquals(new java.util.HashSet<>(sorted), new java.util.HashSet<>(actual));
    assertEquals(sorted.stream().map(Alumnus::person).toList(),
        actual.stream().map(Alumnus::person).toList());
  }

  @Test
  void queryColumnsHoldNamesVerbatim() throws SQLException {
    Person p = ProgramGenerator.generate(6, 1).directory().people().values().iterator().next();
    String name = "ნინო „Nino“ O'Hara; DROP TABLE civiclab_person;-- 100% _ \\ Ђорђе Åsa Brčko";
    Person odd = p.withFullName(name);
    stores.directory().putPeople(List.of(odd));
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT full_name FROM civiclab_person WHERE id = ?")) {
      ps.setString(1, p.id().value());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(name, rs.getString(1));
      }
    }
    assertEquals(Optional.of(odd), stores.directory().person(p.id()));
  }

  /** A value that the database refuses, so that its error would echo it if anything did. */
  static final String MARKER = "Zq7Marker".repeat(30);

  /**
   * Makes the database refuse long labels and names (as a host's DBA might), runs a write that
   * breaks the rule, and returns the error; the rules are dropped afterwards.
   */
  protected StoreException refusedWrite(Runnable write) throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE civiclab_edition ADD CONSTRAINT civiclab_test_short_label"
          + " CHECK (char_length(label) <= 100)");
      s.execute("ALTER TABLE civiclab_person ADD CONSTRAINT civiclab_test_short_name"
          + " CHECK (char_length(full_name) <= 100)");
    }
    try {
      return assertThrows(StoreException.class, write::run);
    } finally {
      try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
        s.execute("ALTER TABLE civiclab_edition DROP CONSTRAINT civiclab_test_short_label");
        s.execute("ALTER TABLE civiclab_person DROP CONSTRAINT civiclab_test_short_name");
      }
    }
  }

  /** Asserts that no message anywhere in an error and its causes carries {@link #MARKER}. */
  static void assertNoMarker(Throwable e) {
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(trace));
    assertFalse(trace.toString().contains("Zq7Marker"), trace.toString());
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (SQLException n = t instanceof SQLException ? (SQLException) t : null; n != null;
          n = n.getNextException()) {
        assertFalse(String.valueOf(n.getMessage()).contains("Zq7Marker"), n.getMessage());
      }
    }
  }

  @Test
  void aRefusedSaveNamesTheProgramAndTheConstraintButNoValue() throws SQLException {
    Program p = withEditions(40);
    Edition e = p.editions().get(0);
    Program labelled = p.withEditions(ImmutableList.<Edition>builder()
        .add(e.withLabel(MARKER))
        .addAll(p.editions().subList(1, p.editions().size())).build());
    StoreException x = refusedWrite(() -> stores.programs().save(labelled, Versioned.NEW));
    assertFalse(x instanceof ConcurrentUpdateException, x.getMessage());
    assertTrue(x.getMessage().startsWith("program " + p.id() + ": could not save: "),
        x.getMessage());
    assertTrue(x.getMessage().contains("civiclab_test_short_label"), x.getMessage());
    assertTrue(x.getMessage().contains("a value breaks a check constraint"), x.getMessage());
    assertNoMarker(x);
    assertTrue(x.getCause() instanceof SQLException, "the cause keeps the SQLState");
    String state = ((SQLException) x.getCause()).getSQLState();
    assertTrue(state.equals("23513") || state.equals("23514"), state);
    assertTrue(stores.programs().find(p.id()).isEmpty());
  }

  @Test
  void aRefusedPutNamesThePersonButNoValue() throws SQLException {
    Person p = ProgramGenerator.generate(12, 1).directory().people().values().iterator().next();
    Person odd = p.withFullName(MARKER);
    StoreException x = refusedWrite(() -> stores.directory().putPeople(List.of(odd)));
    assertTrue(x.getMessage().startsWith("person " + p.id() + ": could not write: "
        + "a value breaks a check constraint ("), x.getMessage());
    assertTrue(x.getMessage().contains("civiclab_test_short_name"), x.getMessage());
    assertNoMarker(x);
    assertEquals(0, stores.directory().countPeople());
  }

  @Test
  void aBrokenDocumentIsAStoreErrorNamingTheProgram() throws SQLException {
    Program p = ProgramGenerator.generate(7, 1).program();
    stores.programs().save(p, Versioned.NEW);
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE civiclab_program SET document = '{\"id\":\"x\"}'");
    }
    StoreException e = assertThrows(StoreException.class,
        () -> stores.programs().find(p.id()));
    assertTrue(e.getMessage().startsWith("program " + p.id() + ": the stored document"),
        e.getMessage());
  }

  @Test
  void aBrokenFieldIsNamedWithItsAggregateAndPath() throws SQLException {
    Person p = ProgramGenerator.generate(7, 1).directory().people().values().iterator().next();
    stores.directory().putPeople(List.of(p));
    String zone = "\"homeZone\":\"" + p.homeZone().getId() + "\"";
    String broken = Documents.person(p).replace(zone, "\"homeZone\":\"Mars/Olympus_Mons\"");
    assertFalse(broken.contains(zone), broken);
    try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "UPDATE civiclab_person SET document = ? WHERE id = ?")) {
      Documents.bind(Dialect.of(c), ps, 1, broken);
      ps.setString(2, p.id().value());
      assertEquals(1, ps.executeUpdate());
    }
    StoreException e = assertThrows(StoreException.class,
        () -> stores.directory().person(p.id()));
    assertTrue(e.getMessage().startsWith("person " + p.id() + ": the stored document cannot be"
        + " read: people[0].homeZone (line "), e.getMessage());
    assertTrue(e.getMessage().contains("Mars/Olympus_Mons"), e.getMessage());
    assertFalse(e.getMessage().contains("\tat "), e.getMessage());
  }

  @Test
  void keepsItsHistoryApartFromTheHostApplication() throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_things (id INTEGER PRIMARY KEY, name TEXT)");
      s.execute("INSERT INTO host_things VALUES (1, 'kept')");
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM civiclab_schema_history")) {
        assertTrue(rs.next());
        assertTrue(rs.getInt(1) >= 1);
      }
    }
    try (JdbcStores again = JdbcStores.on(dataSource())) {
      assertEquals(0, again.attendance().size());
    }
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM host_things")) {
      assertTrue(rs.next());
      assertEquals("kept", rs.getString(1));
    }
  }

  @Test
  void deletingAProgramDropsItsProjections() {
    Program p = withEditions(30);
    stores.programs().save(p, Versioned.NEW);
    assertFalse(stores.programs().alumni().isEmpty()
        && stores.programs().enrollments(EnrollmentStatus.REGISTERED).isEmpty()
        && stores.programs().enrollments(EnrollmentStatus.CONFIRMED).isEmpty());
    stores.programs().delete(p.id(), 1);
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      assertEquals(List.of(), stores.programs().enrollments(s));
    }
    assertEquals(List.of(), stores.programs().alumni());
  }

  @Test
  void renamingAProgramInANewVersionKeepsOldTitlesNowhere() {
    Program p = ProgramGenerator.generate(8, 2).program();
    stores.programs().save(p, Versioned.NEW);
    Program renamed = p.withTitle(LocalizedText.of("sv", "Ny titel"));
    stores.programs().save(renamed, 1);
    assertEquals(renamed, stores.programs().find(p.id()).orElseThrow().value());
  }
}
