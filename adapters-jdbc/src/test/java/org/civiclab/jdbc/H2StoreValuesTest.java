package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.EnrollmentRecord;
import org.civiclab.core.store.PersonQuery;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/**
 * The H2 stores' exact values after closing and reopening the file (versions, projections in
 * their documented order, attendance with mode and minutes), the exact conflict of every kind
 * of stale write, and the message each read and write gives when its statement fails.
 */
class H2StoreValuesTest {
  private static final org.civiclab.json.CivicLabJson JSON =
      org.civiclab.json.CivicLabJson.create();
  private static final String DOWN = "the connection to the database failed (SQLState 08006)";

  private static Program program(long seed) {
    return ProgramGenerator.generate(seed, 3).program();
  }

  private static String conflict(Runnable write) {
    return assertThrows(ConcurrentUpdateException.class, write::run).getMessage();
  }

  private static String stale(Program p, String expected, String found) {
    return "program " + p.id() + " was changed by someone else: expected version " + expected
        + " but the store has " + found + "; reload it and apply the change again";
  }

  @Test
  void programsKeepVersionsAndProjectionsAcrossReopening() {
    Path file = TestDatabases.newH2File();
    List<Program> saved = new ArrayList<>();
    for (long seed : new long[] {31, 32, 33}) {
      saved.add(program(seed));
    }
    Program changed = saved.get(0).withEditions(saved.get(1).editions());
    try (JdbcStores stores = JdbcStores.h2(file)) {
      for (Program p : saved) {
        assertEquals(Versioned.of(p, 1), stores.programs().save(p, Versioned.NEW));
      }
      assertEquals(Versioned.of(changed, 2), stores.programs().save(changed, 1));
    }
    saved.set(0, changed);
    try (JdbcStores stores = JdbcStores.h2(file)) {
      assertEquals(Optional.of(Versioned.of(changed, 2)),
          stores.programs().find(changed.id()));
      assertEquals(Optional.of(Versioned.of(saved.get(2), 1)),
          stores.programs().find(saved.get(2).id()));
      assertEquals(Optional.empty(), stores.programs().find(ProgramId.of("nowhere")));
      assertEquals(saved.stream().map(Program::id).sorted().toList(), stores.programs().ids());
      for (EnrollmentStatus s : EnrollmentStatus.values()) {
        assertEquals(records(saved, s), stores.programs().enrollments(s), s.name());
      }
      List<Alumnus> alumni = alumni(saved);
      assertEquals(alumni, stores.programs().alumni());
    }
  }

  /** Enrolment records as the query promises them: by program id, edition, sequence. */
  private static List<EnrollmentRecord> records(List<Program> programs, EnrollmentStatus s) {
    List<EnrollmentRecord> out = new ArrayList<>();
    for (Program p : programs.stream().sorted(Comparator.comparing(Program::id)).toList()) {
      for (Edition e : p.editions()) {
        e.enrollments().stream().filter(x -> x.status() == s)
            .sorted(Comparator.comparingLong(Enrollment::sequence))
            .forEach(x -> out.add(EnrollmentRecord.of(p.id(), e.id(), e.label(), x)));
      }
    }
    return out;
  }

  /** Completions by person, edition start, program id, edition and enrolment order. */
  private static List<Alumnus> alumni(List<Program> programs) {
    record Row(Alumnus alumnus, java.time.LocalDate start) {}
    List<Row> rows = new ArrayList<>();
    for (Program p : programs.stream().sorted(Comparator.comparing(Program::id)).toList()) {
      for (Edition e : p.editions()) {
        for (Enrollment x : e.enrollments()) {
          if (x.status() == EnrollmentStatus.COMPLETED) {
            rows.add(new Row(Alumnus.builder().person(x.person()).program(p.id())
                .edition(e.id()).editionLabel(e.label()).year(e.period().start().getYear())
                .build(), e.period().start()));
          }
        }
      }
    }
    rows.sort(Comparator.comparing((Row r) -> r.alumnus().person()).thenComparing(Row::start));
    return rows.stream().map(Row::alumnus).collect(Collectors.toList());
  }

  @Test
  void everyStaleWriteIsAConflictNamingBothVersions() {
    try (JdbcStores stores = JdbcStores.h2(TestDatabases.newH2File())) {
      Program p = program(41);
      stores.programs().save(p, Versioned.NEW);
      stores.programs().save(p, 1);
      assertEquals(stale(p, "1", "version 2"), conflict(() -> stores.programs().save(p, 1)));
      assertEquals(stale(p, "0", "version 2"),
          conflict(() -> stores.programs().save(p, Versioned.NEW)));
      assertEquals(stale(p, "3", "version 2"), conflict(() -> stores.programs().delete(p.id(),
          3)));
      Program missing = program(42);
      assertEquals(stale(missing, "1", "none"),
          conflict(() -> stores.programs().save(missing, 1)));
      assertEquals(stale(missing, "2", "none"),
          conflict(() -> stores.programs().delete(missing.id(), 2)));
      ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
          () -> stores.programs().save(p, 1));
      assertEquals(1, e.expectedVersion());
      assertEquals(2, e.actualVersion());
      assertEquals(Versioned.of(p, 3), stores.programs().save(p, 2));
      stores.programs().delete(p.id(), 3);
      assertEquals(Optional.empty(), stores.programs().find(p.id()));
      assertEquals(List.of(), stores.programs().ids());
      assertEquals(Versioned.of(p, 1), stores.programs().save(p, Versioned.NEW),
          "a deleted program starts again at version 1");
    }
  }

  private static Attendance attendance(String event, String person, int nanos) {
    return Attendance.builder().program(ProgramId.of("p")).event(EventId.of(event))
        .person(PersonId.of(person)).status(AttendanceStatus.PRESENT)
        .recordedAt(Instant.parse("2025-10-26T00:30:00Z").plusNanos(nanos)).build();
  }

  @Test
  void attendanceKeepsModeMinutesAndNanosAcrossReopening() {
    Path file = TestDatabases.newH2File();
    Attendance plain = attendance("e1", "a", 123_456_789);
    Attendance online = attendance("e1", "b", 1).withMode(DeliveryMode.values()[1])
        .withMinutes(0);
    Attendance late = attendance("e2", "a", 999_999_999).withStatus(AttendanceStatus.values()[1])
        .withMinutes(45);
    try (JdbcStores stores = JdbcStores.h2(file)) {
      assertEquals(0, stores.attendance().appendNew(List.of()));
      assertEquals(2, stores.attendance().appendNew(List.of(plain, online, plain)));
      assertEquals(1, stores.attendance().appendNew(List.of(online, late)));
      assertEquals(0, stores.attendance().appendNew(List.of(late, plain)));
      stores.attendance().appendAll(List.of());
    }
    try (JdbcStores stores = JdbcStores.h2(file)) {
      assertEquals(3, stores.attendance().size());
      assertEquals(List.of(plain, online), stores.attendance().forEvent(EventId.of("e1")));
      assertEquals(List.of(plain, late), stores.attendance().forPerson(PersonId.of("a")));
      assertEquals(List.of(), stores.attendance().forPerson(PersonId.of("nobody")));
      List<Attendance> all = new ArrayList<>();
      stores.attendance().forEach(all::add);
      assertEquals(List.of(plain, online, late), all);
    }
  }

  @Test
  void theDirectoryFindsPeopleByEveryFilter() {
    DirectorySnapshot d = ProgramGenerator.generate(51, 4).directory();
    try (JdbcStores stores = JdbcStores.h2(TestDatabases.newH2File())) {
      stores.directory().put(d);
      assertEquals(d.people().size(), stores.directory().countPeople());
      assertEquals(List.copyOf(d.organizations().values()), stores.directory().organizations());
      Person first = d.people().values().iterator().next();
      Organization org = d.organizations().values().iterator().next();
      List<PersonQuery> queries = List.of(PersonQuery.builder().build(),
          PersonQuery.builder().country(first.country()).build(),
          PersonQuery.builder().organization(org.id()).build(),
          PersonQuery.builder().sector(org.sector()).build(),
          PersonQuery.builder().sector(org.sector()).country(first.country())
              .organization(org.id()).build());
      for (PersonQuery q : queries) {
        List<Person> expected = d.people().values().stream()
            .filter(p -> q.country().map(c -> c.equals(p.country())).orElse(true))
            .filter(p -> q.organization().map(o -> p.organization().equals(Optional.of(o)))
                .orElse(true))
            .filter(p -> q.sector().map(s -> p.organization().map(d.organizations()::get)
                .map(o -> o.sector() == s).orElse(false)).orElse(true))
            .toList();
        assertEquals(expected, stores.directory().findPeople(q), q.toString());
      }
      assertTrue(stores.directory().findPeople(queries.get(1)).size() < d.people().size()
          || stores.directory().findPeople(queries.get(3)).size() < d.people().size(),
          "the sample filters something out");
      Person renamed = first.withFullName("Renamed once");
      stores.directory().putPeople(List.of(first.withFullName("Renamed twice"), renamed));
      assertEquals(Optional.of(renamed), stores.directory().person(first.id()),
          "of two entries with one id the last wins");
      stores.directory().removePerson(first.id());
      stores.directory().removeOrganization(org.id());
      assertEquals(Optional.empty(), stores.directory().person(first.id()));
      assertEquals(Optional.empty(), stores.directory().organization(org.id()));
      assertEquals(d.people().size() - 1, stores.directory().countPeople());
    }
  }

  @Test
  void aDocumentHoldingAnotherEntryIsRefused() throws SQLException {
    Path file = TestDatabases.newH2File();
    DirectorySnapshot d = ProgramGenerator.generate(52, 2).directory();
    List<Person> people = List.copyOf(d.people().values());
    List<Organization> orgs = List.copyOf(d.organizations().values());
    try (JdbcStores stores = JdbcStores.h2(file)) {
      stores.directory().put(d);
    }
    DataSource ds = TestDatabases.h2DataSource(file);
    setDocument(ds, "civiclab_person", people.get(0).id().value(),
        Documents.person(people.get(1)));
    setDocument(ds, "civiclab_organization", orgs.get(0).id().value(),
        Documents.organization(orgs.get(1)));
    setDocument(ds, "civiclab_person", people.get(1).id().value(),
        JSON.toJson(DirectorySnapshot.of(List.of(people.get(1)), List.of(orgs.get(1)))));
    try (JdbcStores stores = JdbcStores.h2(file)) {
      String person = people.get(0).id().value();
      assertEquals("person " + person + ": the stored document cannot be read: it does not"
          + " hold person " + person + " alone", assertThrows(StoreException.class,
              () -> stores.directory().person(people.get(0).id())).getMessage());
      String other = people.get(1).id().value();
      assertEquals("person " + other + ": the stored document cannot be read: it does not"
          + " hold person " + other + " alone", assertThrows(StoreException.class,
              () -> stores.directory().person(people.get(1).id())).getMessage());
      String org = orgs.get(0).id().value();
      assertEquals("organization " + org + ": the stored document cannot be read: it does not"
          + " hold organization " + org + " alone", assertThrows(StoreException.class,
              () -> stores.directory().organization(orgs.get(0).id())).getMessage());
    }
  }

  private static void setDocument(DataSource ds, String table, String id, String document)
      throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
        "UPDATE " + table + " SET document = ? WHERE id = ?")) {
      ps.setString(1, document);
      ps.setString(2, id);
      assertEquals(1, ps.executeUpdate());
    }
  }

  /** Runs an operation whose first statement fails; returns its error's message. */
  private static String down(FailingDataSource failing, Consumer<JdbcStores> operation,
      JdbcStores stores) {
    failing.failAt(1);
    try {
      return assertThrows(StoreException.class, () -> operation.accept(stores)).getMessage();
    } finally {
      failing.failAt(Integer.MAX_VALUE);
    }
  }

  @Test
  void everyFailedStatementNamesWhatItWasDoing() {
    FailingDataSource failing = new FailingDataSource(
        TestDatabases.h2DataSource(TestDatabases.newH2File()));
    DirectorySnapshot d = ProgramGenerator.generate(53, 2).directory();
    List<Person> people = List.copyOf(d.people().values());
    List<Organization> orgs = List.copyOf(d.organizations().values());
    Program p = program(54);
    Attendance a = attendance("e1", "a", 0);
    try (JdbcStores s = JdbcStores.on(failing.dataSource())) {
      s.programs().save(p, Versioned.NEW);
      String program = "program " + p.id() + ": could not ";
      assertEquals(program + "read: " + DOWN, down(failing, x -> x.programs().find(p.id()), s));
      assertEquals(program + "save: " + DOWN, down(failing, x -> x.programs().save(p, 1), s));
      assertEquals(program + "delete: " + DOWN, down(failing,
          x -> x.programs().delete(p.id(), 1), s));
      assertEquals("programs: could not read: " + DOWN, down(failing, x -> x.programs().ids(),
          s));
      assertEquals("enrolments CONFIRMED: could not read: " + DOWN, down(failing,
          x -> x.programs().enrollments(EnrollmentStatus.CONFIRMED), s));
      assertEquals("alumni: could not read: " + DOWN, down(failing, x -> x.programs().alumni(),
          s));

      Person one = people.get(0);
      assertEquals("person " + one.id() + ": could not write: " + DOWN, down(failing,
          x -> x.directory().putPeople(List.of(one, one)), s));
      assertEquals("directory: 2 people: could not write: " + DOWN, down(failing,
          x -> x.directory().putPeople(people.subList(0, 2)), s));
      assertEquals("organization " + orgs.get(0).id() + ": could not write: " + DOWN,
          down(failing, x -> x.directory().putOrganizations(orgs.subList(0, 1)), s));
      assertEquals("directory: 2 organizations: could not write: " + DOWN, down(failing,
          x -> x.directory().putOrganizations(orgs.subList(0, 2)), s));
      assertEquals("directory: " + orgs.size() + " organizations and " + people.size()
          + " people: could not write: " + DOWN, down(failing, x -> x.directory().put(d), s));
      assertEquals("person " + one.id() + ": could not remove: " + DOWN, down(failing,
          x -> x.directory().removePerson(one.id()), s));
      assertEquals("organization " + orgs.get(0).id() + ": could not remove: " + DOWN,
          down(failing, x -> x.directory().removeOrganization(orgs.get(0).id()), s));
      assertEquals("person " + one.id() + ": could not read: " + DOWN, down(failing,
          x -> assertTrue(x.directory().person(one.id()).isPresent()), s));
      assertEquals("organization " + orgs.get(0).id() + ": could not read: " + DOWN,
          down(failing, x -> assertTrue(x.directory().organization(orgs.get(0).id()).isPresent()),
              s));
      for (Consumer<JdbcStores> read : List.<Consumer<JdbcStores>>of(
          x -> x.directory().forEachPerson(q -> { }), x -> x.directory().organizations(),
          x -> x.directory().findPeople(PersonQuery.builder().build()),
          x -> x.directory().countPeople())) {
        assertEquals("directory: could not read: " + DOWN, down(failing, read, s));
      }

      assertEquals("attendance log: could not append new of 2 records: " + DOWN,
          down(failing, x -> x.attendance().appendNew(List.of(a, a)), s));
      assertEquals("event e1: could not read: " + DOWN, down(failing,
          x -> x.attendance().forEvent(EventId.of("e1")), s));
      assertEquals("attendance of person a: could not read: " + DOWN, down(failing,
          x -> x.attendance().forPerson(PersonId.of("a")), s));
      assertEquals("attendance log: could not read: " + DOWN, down(failing,
          x -> x.attendance().size(), s));
      assertEquals("attendance log: could not read: " + DOWN, down(failing,
          x -> x.attendance().forEach(q -> { }), s));

      failing.failAt(1);
      s.directory().put(DirectorySnapshot.builder().build());
      s.directory().putPeople(List.of());
      s.directory().putOrganizations(List.of());
      s.attendance().appendAll(List.of());
      assertEquals(0, s.attendance().appendNew(List.of()));
      assertFalse(failing.fired(), "empty writes run no statement");
      failing.failAt(Integer.MAX_VALUE);
      assertEquals(0, s.directory().countPeople());
      assertEquals(0, s.attendance().size());
    }
  }

  @Test
  void storesOnTheCallersDataSourceLeaveItOpen() throws SQLException {
    Path file = TestDatabases.newH2File();
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL"
          + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
      Program p = program(61);
      try (JdbcStores stores = JdbcStores.on(pool)) {
        stores.programs().save(p, Versioned.NEW);
        assertEquals("H2", stores.database());
      }
      assertFalse(pool.isClosed());
      try (JdbcStores again = JdbcStores.on(pool)) {
        assertEquals(Optional.of(Versioned.of(p, 1)), again.programs().find(p.id()));
      }
    }
  }

  @Test
  void closedStoresFailWithAStoreError() {
    JdbcStores stores = JdbcStores.h2(TestDatabases.newH2File());
    stores.close();
    assertEquals("program p: could not read: the database failed (SQLState none)",
        assertThrows(StoreException.class, () -> stores.programs().find(ProgramId.of("p")))
            .getMessage());
  }

  @Test
  void aDatabaseThatIsNeitherH2NorPostgresqlIsRefused() {
    DataSource mysql = dataSource(() -> DialectTest.connection("MySQL"));
    assertEquals("database MySQL is not supported: CivicLab's JDBC adapter runs on H2 and"
        + " PostgreSQL", assertThrows(StoreException.class, () -> JdbcStores.on(mysql))
            .getMessage());
    DataSource refusing = dataSource(() -> {
      throw new SQLException("refused", "08001");
    });
    assertEquals("database: could not connect: the connection to the database failed"
        + " (SQLState 08001)", assertThrows(StoreException.class,
            () -> JdbcStores.on(refusing)).getMessage());
  }

  private interface Opener {
    Connection open() throws SQLException;
  }

  private static DataSource dataSource(Opener opener) {
    return (DataSource) java.lang.reflect.Proxy.newProxyInstance(
        H2StoreValuesTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, m, args) -> {
          if (m.getName().equals("getConnection")) {
            return opener.open();
          }
          throw new UnsupportedOperationException(m.getName());
        });
  }

  private static List<String> migrationError(Path file) {
    String message = assertThrows(StoreException.class, () -> JdbcStores.h2(file)).getMessage();
    return List.of(message.split("\n"));
  }

  @Test
  void aChangedOrFailedMigrationInTheHistoryStopsTheOpening() throws SQLException {
    Path changed = TestDatabases.newH2File();
    JdbcStores.h2(changed).close();
    String resolved;
    try (Connection c = TestDatabases.h2DataSource(changed).getConnection();
        Statement s = c.createStatement()) {
      try (var rs = s.executeQuery("SELECT checksum FROM civiclab_schema_history"
          + " WHERE version = '1'")) {
        assertTrue(rs.next());
        resolved = rs.getString(1);
      }
      s.executeUpdate("UPDATE civiclab_schema_history SET checksum = 12345 WHERE version = '1'");
    }
    List<String> lines = migrationError(changed);
    assertEquals(List.of("database: could not migrate CivicLab's tables: Validate failed:"
        + " Migrations have failed validation",
        "Migration checksum mismatch for migration version 1",
        "-> Applied to database : 12345",
        "-> Resolved locally    : " + resolved), lines.subList(0, 4), String.join("\n", lines));

    Path failed = TestDatabases.newH2File();
    JdbcStores.h2(failed).close();
    try (Connection c = TestDatabases.h2DataSource(failed).getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE civiclab_schema_history SET success = FALSE WHERE version = '4'");
    }
    assertEquals(List.of("database: could not migrate CivicLab's tables: Validate failed:"
        + " Migrations have failed validation",
        "Detected failed migration to version 4 (civiclab attendance mode minutes)."),
        migrationError(failed).subList(0, 2));
  }
}
