package org.civiclab.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a JDBC error into words that are safe to show and to log: the reason (from the SQLState),
 * the column or constraint it concerns when the driver names one, and the SQLState itself.
 *
 * <p>The drivers' own messages are never repeated: H2's embed the statement with its parameter
 * values ({@code VALUES ( /* 1 *&#47; 'Ada Lovelace' )}), PostgreSQL's may carry a
 * {@code Detail:} with the offending key or row. Those values are people's names and whole
 * documents. For the same reason {@link #sanitized(SQLException)} makes a copy of the error to
 * chain as the cause of a {@code StoreException}: it keeps the SQLState, the vendor code and the
 * stack trace, so that callers (and {@link Dialect#lostRace}) can still tell what happened, but
 * its message is the safe one and it has neither the original's cause nor its next exceptions.
 */
final class SqlErrors {
  /** H2 names an index or constraint, then the table and columns, before the values. */
  private static final Pattern H2_INDEX = Pattern.compile("\"(?:(?i:public)\\.)?([A-Za-z0-9_]+)"
      + "(?: ON (?:(?i:public)\\.)?([A-Za-z0-9_]+)\\(([A-Za-z0-9_, ]+)\\))?");
  /** H2's "Value too long for column" names the column first. */
  private static final Pattern H2_COLUMN = Pattern.compile(
      "(?:for column|column) \"([A-Za-z0-9_]+)");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,128}");

  private SqlErrors() {}

  /**
   * Describes an error without any value it carries.
   *
   * @param e the error
   * @return such as {@code a value is too long for its column (column full_name; SQLState 22001)}
   */
  static String describe(SQLException e) {
    SQLException detail = detail(e);
    String state = state(e);
    StringBuilder out = new StringBuilder(reason(state));
    out.append(" (");
    where(detail, state).ifPresent(w -> out.append(w).append("; "));
    out.append("SQLState ").append(state.isEmpty() ? "none" : state);
    int code = detail.getErrorCode();
    if (code != 0 && !String.valueOf(code).equals(state)) {
      out.append(", vendor code ").append(code);
    }
    return out.append(')').toString();
  }

  /**
   * A copy of an error that is safe to chain: the message of {@link #describe}, the same
   * SQLState, vendor code and stack trace, and neither cause nor next exception.
   *
   * @param e the error
   * @return the copy
   */
  static SQLException sanitized(SQLException e) {
    SQLException copy = new SQLException(describe(e), state(e), detail(e).getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /**
   * @param e an error
   * @return its SQLState, or that of the batch entry that failed; empty when there is none
   */
  static String state(SQLException e) {
    String state = e.getSQLState();
    if (state == null || state.isEmpty()) {
      state = detail(e).getSQLState();
    }
    return state == null ? "" : state;
  }

  /**
   * @param e an error
   * @return the error that says most about the cause: the driver's own for a failed batch item,
   *     the first entry's error for a failed batch
   */
  static SQLException detail(SQLException e) {
    SQLException d = e instanceof Jdbc.ItemFailure && ((Jdbc.ItemFailure) e).original != null
        ? ((Jdbc.ItemFailure) e).original : e;
    if (d instanceof BatchUpdateException && d.getNextException() != null) {
      return d.getNextException();
    }
    return d;
  }

  /**
   * The reason that an SQLState stands for, in the words of someone storing CivicLab data.
   *
   * @param state the SQLState, possibly empty
   * @return the reason
   */
  static String reason(String state) {
    switch (state) {
      case "23505":
        return "an entry with this key already exists";
      case "23503":
        return "a row it refers to is missing, or rows still refer to it";
      case "23502":
        return "a required value is missing";
      case "23513": // H2
      case "23514":
        return "a value breaks a check constraint";
      case "22001":
        return "a value is too long for its column";
      case "22003":
        return "a number is out of range for its column";
      case "22021":
      case "22P05":
        return "a text holds a character that the database cannot store";
      case "40001":
        return "the transaction lost a race with another one (serialization failure)";
      case "40P01":
        return "the transaction was chosen as the victim of a deadlock";
      case "HYT00":
      case "55P03":
        return "a row stayed locked by another transaction for too long";
      case "57014":
        return "the statement was cancelled";
      default:
        break;
    }
    String family = state.length() >= 2 ? state.substring(0, 2) : "";
    switch (family) {
      case "08":
        return "the connection to the database failed";
      case "22":
        return "the database refused a value (data exception)";
      case "23":
        return "a value breaks an integrity constraint";
      case "25":
      case "40":
        return "the transaction was rolled back by the database";
      case "28":
        return "the database refused the credentials";
      case "42":
        return "the database does not accept the statement (missing table or column, or no"
            + " permission): is the schema CivicLab's?";
      case "53":
        return "the database ran out of resources (disk, memory or connections)";
      case "57":
      case "58":
        return "the database is shutting down or failed";
      case "HY":
        return "the database driver failed";
      default:
        return "the database failed";
    }
  }

  /** The column, constraint or table the error names, when the driver names one. */
  private static Optional<String> where(SQLException e, String state) {
    if (e.getClass().getName().startsWith("org.postgresql.")) {
      return Postgres.where(e);
    }
    if (e.getClass().getName().startsWith("org.h2.")) {
      return h2Where(e.getMessage(), state);
    }
    return Optional.empty();
  }

  /**
   * Picks identifiers (never values) out of an H2 message: the column of a too-long value, or
   * the index or constraint, table and columns of an integrity violation.
   */
  static Optional<String> h2Where(@Nullable String message, String state) {
    if (message == null) {
      return Optional.empty();
    }
    if (state.startsWith("22") || state.equals("23502")) {
      Matcher m = H2_COLUMN.matcher(message);
      return m.find() ? Optional.of("column " + lower(m.group(1))) : Optional.empty();
    }
    if (state.startsWith("23")) {
      int colon = message.indexOf(':');
      Matcher m = H2_INDEX.matcher(message);
      if (colon >= 0 && m.find(colon) && m.start() - colon <= 2) {
        StringBuilder out = new StringBuilder("constraint ").append(lower(m.group(1)));
        if (m.group(2) != null) {
          out.append(" on ").append(lower(m.group(2))).append(" (")
              .append(lower(m.group(3)).replace(" ", "")).append(')');
        }
        return Optional.of(out.toString());
      }
    }
    return Optional.empty();
  }

  private static String lower(String identifier) {
    return identifier.toLowerCase(Locale.ROOT);
  }

  /** What PostgreSQL's structured error fields name; only loaded when its driver threw. */
  private static final class Postgres {
    static Optional<String> where(SQLException e) {
      if (!(e instanceof org.postgresql.util.PSQLException)) {
        return Optional.empty();
      }
      org.postgresql.util.ServerErrorMessage m =
          ((org.postgresql.util.PSQLException) e).getServerErrorMessage();
      if (m == null) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder();
      name(out, "column", m.getColumn());
      name(out, "constraint", m.getConstraint());
      name(out, "table", m.getTable());
      return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    private static void name(StringBuilder out, String what, String identifier) {
      if (identifier != null && IDENTIFIER.matcher(identifier).matches()) {
        out.append(out.length() == 0 ? "" : ", ").append(what).append(' ').append(identifier);
      }
    }
  }
}
