package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/**
 * The words {@link SqlErrors} finds for JDBC errors, checked value by value: the reason of
 * every SQLState it knows and of every class it falls back on, the identifiers it picks out of
 * H2 messages and PostgreSQL's error fields (and the ones it must not pick), the SQLState and
 * vendor code suffix, and the error it digs out of failed batches.
 */
class SqlErrorsTest {

  @Test
  void everyKnownSqlStateHasItsOwnReason() {
    Map<String, String> exact = Map.ofEntries(
        Map.entry("23505", "an entry with this key already exists"),
        Map.entry("23503", "a row it refers to is missing, or rows still refer to it"),
        Map.entry("23502", "a required value is missing"),
        Map.entry("23513", "a value breaks a check constraint"),
        Map.entry("23514", "a value breaks a check constraint"),
        Map.entry("22001", "a value is too long for its column"),
        Map.entry("22003", "a number is out of range for its column"),
        Map.entry("22021", "a text holds a character that the database cannot store"),
        Map.entry("22P05", "a text holds a character that the database cannot store"),
        Map.entry("40001", "the transaction lost a race with another one (serialization"
            + " failure)"),
        Map.entry("40P01", "the transaction was chosen as the victim of a deadlock"),
        Map.entry("HYT00", "a row stayed locked by another transaction for too long"),
        Map.entry("55P03", "a row stayed locked by another transaction for too long"),
        Map.entry("57014", "the statement was cancelled"));
    exact.forEach((state, reason) -> assertEquals(reason, SqlErrors.reason(state), state));
  }

  @Test
  void otherStatesFallBackOnTheirClass() {
    Map<String, String> byClass = Map.ofEntries(
        Map.entry("08006", "the connection to the database failed"),
        Map.entry("08", "the connection to the database failed"),
        Map.entry("22007", "the database refused a value (data exception)"),
        Map.entry("23000", "a value breaks an integrity constraint"),
        Map.entry("25P02", "the transaction was rolled back by the database"),
        Map.entry("40002", "the transaction was rolled back by the database"),
        Map.entry("28P01", "the database refused the credentials"),
        Map.entry("42P01", "the database does not accept the statement (missing table or"
            + " column, or no permission): is the schema CivicLab's?"),
        Map.entry("53100", "the database ran out of resources (disk, memory or connections)"),
        Map.entry("57P01", "the database is shutting down or failed"),
        Map.entry("58030", "the database is shutting down or failed"),
        Map.entry("HY000", "the database driver failed"),
        Map.entry("XX000", "the database failed"),
        Map.entry("0", "the database failed"),
        Map.entry("", "the database failed"));
    byClass.forEach((state, reason) -> assertEquals(reason, SqlErrors.reason(state), state));
  }

  @Test
  void describeAddsTheStateAndAVendorCodeThatSaysMore() {
    assertEquals("an entry with this key already exists (SQLState 23505)",
        SqlErrors.describe(new SQLException("Ada Lovelace", "23505")));
    assertEquals("an entry with this key already exists (SQLState 23505)",
        SqlErrors.describe(new SQLException("Ada Lovelace", "23505", 23505)),
        "a vendor code equal to the state says nothing more");
    assertEquals("an entry with this key already exists (SQLState 23505, vendor code 7)",
        SqlErrors.describe(new SQLException("Ada Lovelace", "23505", 7)));
    assertEquals("the database failed (SQLState none)",
        SqlErrors.describe(new SQLException("Ada Lovelace")));
    assertEquals("the database failed (SQLState none, vendor code 42)",
        SqlErrors.describe(new SQLException("Ada Lovelace", null, 42)));
  }

  @Test
  void theStateOfAFailedBatchIsThatOfItsFailedEntry() {
    BatchUpdateException batch = new BatchUpdateException("batch", null, 0, new int[0]);
    SQLException entry = new SQLException("entry", "22001", 22001);
    batch.setNextException(entry);
    assertSame(entry, SqlErrors.detail(batch));
    assertEquals("22001", SqlErrors.state(batch));
    assertEquals("a value is too long for its column (SQLState 22001)",
        SqlErrors.describe(batch));

    BatchUpdateException empty = new BatchUpdateException("batch", "", 0, new int[0]);
    empty.setNextException(new SQLException("entry", "23502"));
    assertEquals("23502", SqlErrors.state(empty), "an empty state is no state");

    BatchUpdateException own = new BatchUpdateException("batch", "40001", 0, new int[0]);
    own.setNextException(new SQLException("entry", "23502"));
    assertEquals("40001", SqlErrors.state(own), "the batch's own state comes first");

    BatchUpdateException alone = new BatchUpdateException("batch", null, 0, new int[0]);
    assertSame(alone, SqlErrors.detail(alone));
    assertEquals("", SqlErrors.state(alone));
  }

  @Test
  void aFailedItemIsDescribedByTheDriversOwnError() {
    SQLException driver = new SQLException("Ada Lovelace", "23513", 23513);
    Jdbc.ItemFailure item = new Jdbc.ItemFailure("person p-7", driver);
    assertSame(driver, SqlErrors.detail(item));
    assertEquals("a value breaks a check constraint (SQLState 23513)", item.getMessage());
    assertEquals("23513", item.getSQLState());
    assertEquals(23513, item.getErrorCode());
    assertEquals("person p-7", item.item);
    assertSame(driver, item.original);
    assertArrayEquals(driver.getStackTrace(), item.getStackTrace());

    BatchUpdateException batch = new BatchUpdateException("batch", null, 0, new int[0]);
    batch.setNextException(new SQLException("Ada", "22001", 9));
    Jdbc.ItemFailure inBatch = new Jdbc.ItemFailure("person p-8", batch);
    assertEquals("22001", inBatch.getSQLState());
    assertEquals(9, inBatch.getErrorCode());
    assertEquals("a value is too long for its column (SQLState 22001, vendor code 9)",
        SqlErrors.describe(inBatch));
  }

  @Test
  void theSanitizedCopyKeepsStateCodeAndTraceButNoValue() {
    SQLException original = new SQLException("VALUES ('Ada Lovelace')", "23505", 23505,
        new IllegalStateException("Ada Lovelace"));
    original.setNextException(new SQLException("Ada Lovelace again"));
    SQLException copy = SqlErrors.sanitized(original);
    assertEquals("an entry with this key already exists (SQLState 23505)", copy.getMessage());
    assertEquals("23505", copy.getSQLState());
    assertEquals(23505, copy.getErrorCode());
    assertNull(copy.getCause());
    assertNull(copy.getNextException());
    assertArrayEquals(original.getStackTrace(), copy.getStackTrace());
  }

  @Test
  void h2ColumnsAreNamedForValueErrorsAndMissingValues() {
    String tooLong = "Value too long for column \"COUNTRY CHARACTER VARYING(2)\": \"'Ada' (3)\"";
    assertEquals(Optional.of("column country"), SqlErrors.h2Where(tooLong, "22001"));
    assertEquals(Optional.of("column full_name"),
        SqlErrors.h2Where("NULL not allowed for column \"FULL_NAME\"; SQL statement:", "23502"));
    assertEquals(Optional.empty(), SqlErrors.h2Where("Data conversion error", "22018"));
    assertEquals(Optional.empty(), SqlErrors.h2Where(null, "22001"));
    assertEquals(Optional.empty(), SqlErrors.h2Where(tooLong, "42S22"),
        "only value and integrity errors name anything");
  }

  @Test
  void h2ConstraintsAreNamedWithTableAndColumns() {
    assertEquals(Optional.of("constraint primary_key_9 on civiclab_program (id)"),
        SqlErrors.h2Where("Unique index or primary key violation: \"PUBLIC.PRIMARY_KEY_9 ON"
            + " PUBLIC.CIVICLAB_PROGRAM(ID) VALUES ( /* 1 */ 'Ada' )\"; SQL statement:",
            "23505"));
    assertEquals(Optional.of("constraint idx on civiclab_enrollment (program_id,ordinal)"),
        SqlErrors.h2Where("Violation: \"public.IDX ON public.CIVICLAB_ENROLLMENT(PROGRAM_ID,"
            + " ORDINAL) VALUES ('Ada')\"", "23505"));
    assertEquals(Optional.of("constraint civiclab_test_short_label"),
        SqlErrors.h2Where("Check constraint violation: \"CIVICLAB_TEST_SHORT_LABEL: "
            + "(CHAR_LENGTH(LABEL) <= 100)\"; SQL statement:", "23513"));
    assertEquals(Optional.of("constraint fk_x"),
        SqlErrors.h2Where("Referential integrity: \"FK_X: PUBLIC.A FOREIGN KEY\"", "23503"));
  }

  @Test
  void h2NamesCountOnlyRightAfterTheFirstColon() {
    assertEquals(Optional.of("constraint late"),
        SqlErrors.h2Where("\"EARLY\" violation: \"LATE\"", "23505"),
        "a quoted name before the colon is not the constraint");
    assertEquals(Optional.of("constraint near"), SqlErrors.h2Where("x:\"NEAR\"", "23505"));
    assertEquals(Optional.of("constraint two"), SqlErrors.h2Where("x: \"TWO\"", "23505"));
    assertEquals(Optional.empty(), SqlErrors.h2Where("x:  \"FAR\"", "23505"),
        "a name further on may be a value");
    assertEquals(Optional.of("constraint first"), SqlErrors.h2Where(": \"FIRST\"", "23505"));
    assertEquals(Optional.empty(), SqlErrors.h2Where("no colon \"NAME\"", "23505"));
    assertEquals(Optional.empty(), SqlErrors.h2Where("x: 'Ada'", "23505"));
  }

  @Test
  void postgresqlErrorFieldsNameColumnConstraintAndTable() {
    assertEquals("an entry with this key already exists (column full_name, constraint"
        + " civiclab_person_pkey, table civiclab_person; SQLState 23505)",
        SqlErrors.describe(postgres("C23505", "MKey (id)=(Ada) already exists", "cfull_name",
            "nciviclab_person_pkey", "tciviclab_person")));
    assertEquals("a value breaks a check constraint (constraint short_name; SQLState 23514)",
        SqlErrors.describe(postgres("C23514", "Mfailing row contains (Ada)", "nshort_name")));
    assertEquals("a required value is missing (table civiclab_person; SQLState 23502)",
        SqlErrors.describe(postgres("C23502", "cAda Lovelace", "tciviclab_person")),
        "a field that is not an identifier is left out");
    assertEquals("the database failed (SQLState XX000)",
        SqlErrors.describe(postgres("CXX000", "Msomething")));
    assertEquals("the connection to the database failed (SQLState 08001)",
        SqlErrors.describe(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)));
  }

  private static PSQLException postgres(String... fields) {
    StringBuilder text = new StringBuilder("SERROR\0");
    for (String f : fields) {
      text.append(f).append('\0');
    }
    return new PSQLException(new ServerErrorMessage(text.toString()));
  }
}
