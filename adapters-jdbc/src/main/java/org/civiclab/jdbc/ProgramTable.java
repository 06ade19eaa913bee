package org.civiclab.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.ConcurrentUpdateException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Alumnus;
import org.civiclab.core.model.Audience;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.store.EnrollmentRecord;
import org.civiclab.core.store.Versioned;

/**
 * Programs as one document row each ({@code civiclab_program}) with the edition and enrolment
 * projections rewritten in the same transaction.
 */
final class ProgramTable implements JdbcProgramStore {
  private static final String RECORD_COLUMNS = "e.program_id, d.edition_id, d.label, "
      + "e.person_id, e.status, e.audience, e.track_id, e.seq_no, d.starts_on";
  private static final String JOIN = " FROM civiclab_enrollment e JOIN civiclab_edition d"
      + " ON d.program_id = e.program_id AND d.ordinal = e.edition_ordinal";

  private final Jdbc jdbc;

  ProgramTable(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Thrown inside a transaction to roll it back when a version check fails. */
  private static final class VersionMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The version found under the row lock, {@link Versioned#NEW} when there is no row. */
    final long actual;

    VersionMismatch(long actual) {
      super(null, null, false, false);
      this.actual = actual;
    }
  }

  @Override
  public Optional<Versioned<Program>> find(ProgramId id) {
    String aggregate = "program " + id;
    return jdbc.read(aggregate, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT version, document FROM civiclab_program WHERE id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          long version = rs.getLong(1);
          return Optional.of(Versioned.of(Documents.program(aggregate, rs.getString(2)),
              version));
        }
      }
    });
  }

  /**
   * Saves under the optimistic lock, checked where no other writer can interleave: the row is
   * locked ({@code SELECT ... FOR UPDATE}) in the save's own transaction before its version is
   * compared, and the update is conditional on that version and must change exactly one row.
   * A new program is an insert that the primary key lets only one writer win; the loser gets a
   * {@link ConcurrentUpdateException}. On H2 writers of one program also queue in this JVM
   * first, see {@link WriteGate} for why.
   */
  @Override
  public Versioned<Program> save(Program program, long expectedVersion) {
    String aggregate = "program " + program.id();
    String document = Documents.program(program);
    try {
      return WriteGate.through(jdbc.dialect, aggregate, () -> jdbc.transaction(aggregate,
          "save", c -> {
            if (expectedVersion == Versioned.NEW) {
              insert(c, jdbc.dialect, program.id(), document);
            } else {
              checkVersion(c, program.id(), expectedVersion);
              try (PreparedStatement ps = c.prepareStatement("UPDATE civiclab_program"
                  + " SET version = ?, document = ? WHERE id = ? AND version = ?")) {
                ps.setLong(1, expectedVersion + 1);
                Documents.bind(jdbc.dialect, ps, 2, document);
                ps.setString(3, program.id().value());
                ps.setLong(4, expectedVersion);
                if (ps.executeUpdate() != 1) {
                  throw new VersionMismatch(Versioned.NEW);
                }
              }
              deleteProjections(c, program.id());
            }
            insertProjections(c, program);
            return Versioned.of(program, expectedVersion + 1);
          }));
    } catch (VersionMismatch e) {
      throw conflict(program.id(), expectedVersion, e.actual);
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException
          && jdbc.dialect.lostRace((SQLException) e.getCause())) {
        throw conflict(program.id(), expectedVersion, Versioned.NEW);
      }
      throw e;
    }
  }

  /** Inserts a new program's row; a row with its id already there is a lost race. */
  private static void insert(Connection c, Dialect dialect, ProgramId id, String document)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO civiclab_program (id, version, document) VALUES (?, 1, ?)")) {
      ps.setString(1, id.value());
      Documents.bind(dialect, ps, 2, document);
      ps.executeUpdate();
    } catch (SQLException e) {
      if ("23505".equals(SqlErrors.state(e))) {
        throw new VersionMismatch(Versioned.NEW);
      }
      throw e;
    }
  }

  /**
   * Locks a program's row for the rest of the transaction and checks its version.
   *
   * @throws VersionMismatch when the row is missing or has another version
   */
  private static void checkVersion(Connection c, ProgramId id, long expectedVersion)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT version FROM civiclab_program WHERE id = ? FOR UPDATE")) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        long actual = rs.next() ? rs.getLong(1) : Versioned.NEW;
        if (actual != expectedVersion) {
          throw new VersionMismatch(actual);
        }
      }
    }
  }

  private static void deleteProjections(Connection c, ProgramId id) throws SQLException {
    for (String table : List.of("civiclab_enrollment", "civiclab_edition")) {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + table + " WHERE program_id = ?")) {
        ps.setString(1, id.value());
        ps.executeUpdate();
      }
    }
  }

  private static void insertProjections(Connection c, Program program) throws SQLException {
    if (program.editions().isEmpty()) {
      return;
    }
    try (PreparedStatement editions = c.prepareStatement("INSERT INTO civiclab_edition"
        + " (program_id, ordinal, edition_id, label, starts_on, ends_on)"
        + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement enrollments = c.prepareStatement("INSERT INTO civiclab_enrollment"
            + " (program_id, edition_ordinal, ordinal, person_id, status, audience, track_id,"
            + " seq_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      boolean anyEnrollment = false;
      for (int i = 0; i < program.editions().size(); i++) {
        Edition e = program.editions().get(i);
        editions.setString(1, program.id().value());
        editions.setInt(2, i);
        editions.setString(3, e.id().value());
        editions.setString(4, e.label());
        editions.setObject(5, e.period().start());
        editions.setObject(6, e.period().end());
        editions.addBatch();
        for (int j = 0; j < e.enrollments().size(); j++) {
          Enrollment x = e.enrollments().get(j);
          enrollments.setString(1, program.id().value());
          enrollments.setInt(2, i);
          enrollments.setInt(3, j);
          enrollments.setString(4, x.person().value());
          enrollments.setString(5, x.status().name());
          enrollments.setString(6, x.audience().name());
          if (x.track().isPresent()) {
            enrollments.setString(7, x.track().get().value());
          } else {
            enrollments.setNull(7, Types.VARCHAR);
          }
          enrollments.setLong(8, x.sequence());
          enrollments.addBatch();
          anyEnrollment = true;
        }
      }
      editions.executeBatch();
      if (anyEnrollment) {
        enrollments.executeBatch();
      }
    }
  }

  /**
   * The error for a lost race.
   *
   * @param actual the version seen under the row lock; {@link Versioned#NEW} to read it again
   *     (the row may be missing, then the store has none)
   */
  private ConcurrentUpdateException conflict(ProgramId id, long expectedVersion, long actual) {
    long found = actual != Versioned.NEW ? actual : jdbc.read("program " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT version FROM civiclab_program WHERE id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(1) : Versioned.NEW;
        }
      }
    });
    return new ConcurrentUpdateException("program " + id, expectedVersion, found);
  }

  /** Deletes under the optimistic lock, checked on the locked row as {@link #save} does. */
  @Override
  public void delete(ProgramId id, long expectedVersion) {
    String aggregate = "program " + id;
    try {
      WriteGate.through(jdbc.dialect, aggregate, () -> jdbc.inTransaction(aggregate, "delete",
          c -> {
            checkVersion(c, id, expectedVersion);
            deleteProjections(c, id);
            try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM civiclab_program WHERE id = ? AND version = ?")) {
              ps.setString(1, id.value());
              ps.setLong(2, expectedVersion);
              if (ps.executeUpdate() != 1) {
                throw new VersionMismatch(Versioned.NEW);
              }
            }
          }));
    } catch (VersionMismatch e) {
      throw conflict(id, expectedVersion, e.actual);
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException
          && jdbc.dialect.lostRace((SQLException) e.getCause())) {
        throw conflict(id, expectedVersion, Versioned.NEW);
      }
      throw e;
    }
  }

  @Override
  public ImmutableList<ProgramId> ids() {
    return jdbc.read("programs", c -> {
      ImmutableList.Builder<ProgramId> out = ImmutableList.builder();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id FROM civiclab_program ORDER BY " + jdbc.dialect.byId("id"));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(ProgramId.of(rs.getString(1)));
        }
      }
      return out.build();
    });
  }

  @Override
  public ImmutableList<EnrollmentRecord> enrollments(EnrollmentStatus status) {
    return jdbc.read("enrolments " + status, c -> {
      ImmutableList.Builder<EnrollmentRecord> out = ImmutableList.builder();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + RECORD_COLUMNS + JOIN
          + " WHERE e.status = ? ORDER BY " + jdbc.dialect.byId("e.program_id")
          + ", e.edition_ordinal, e.seq_no, e.ordinal")) {
        ps.setString(1, status.name());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(record(rs));
          }
        }
      }
      return out.build();
    });
  }

  private static EnrollmentRecord record(ResultSet rs) throws SQLException {
    Enrollment enrollment = Enrollment.builder().person(PersonId.of(rs.getString(4)))
        .status(EnrollmentStatus.valueOf(rs.getString(5)))
        .audience(Audience.valueOf(rs.getString(6)))
        .track(Optional.ofNullable(rs.getString(7)).map(TrackId::of))
        .sequence(rs.getLong(8)).build();
    return EnrollmentRecord.of(ProgramId.of(rs.getString(1)), EditionId.of(rs.getString(2)),
        rs.getString(3), enrollment);
  }

  @Override
  public ImmutableList<Alumnus> alumni() {
    return jdbc.read("alumni", c -> {
      ImmutableList.Builder<Alumnus> out = ImmutableList.builder();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + RECORD_COLUMNS + JOIN
          + " WHERE e.status = ? ORDER BY " + jdbc.dialect.byId("e.person_id")
          + ", d.starts_on, " + jdbc.dialect.byId("e.program_id") + ", e.edition_ordinal,"
          + " e.ordinal")) {
        ps.setString(1, EnrollmentStatus.COMPLETED.name());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(Alumnus.builder().person(PersonId.of(rs.getString(4)))
                .program(ProgramId.of(rs.getString(1))).edition(EditionId.of(rs.getString(2)))
                .editionLabel(rs.getString(3))
                .year(rs.getObject(9, LocalDate.class).getYear()).build());
          }
        }
      }
      return out.build();
    });
  }
}
