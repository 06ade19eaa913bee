package org.civiclab.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.civiclab.core.CivicLabException;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.json.CivicLabJson;
import org.jspecify.annotations.Nullable;

/**
 * The documents in the {@code document} columns: exactly what {@link CivicLabJson} writes for
 * the aggregate, header ({@code format}, {@code version}, {@code kind}) included. A program
 * row holds its program document (without {@code revision}: the row's {@code version} column
 * is the revision); a person or organisation row holds the directory document of that one
 * entry, so that every row reads with the published schema and the rows of a directory
 * together say what the directory document says.
 *
 * <p>On H2 the column is text and keeps the document byte for byte. On PostgreSQL it is
 * {@code jsonb}, which drops whitespace and reorders keys; reading goes through
 * {@link CivicLabJson#readStoredProgram} and {@link CivicLabJson#readStoredDirectory}, which do
 * not depend on key order.
 */
final class Documents {
  private static final CivicLabJson JSON = CivicLabJson.create();

  private Documents() {}

  static String program(Program program) {
    return JSON.toJson(program);
  }

  static String person(Person person) {
    return JSON.toJson(DirectorySnapshot.of(List.of(person), List.of()));
  }

  static String organization(Organization organization) {
    return JSON.toJson(DirectorySnapshot.of(List.of(), List.of(organization)));
  }

  /**
   * Reads a program row's document.
   *
   * @param aggregate what the document is, such as {@code program p-1}
   * @param document the stored text
   * @return the program
   * @throws StoreException naming the aggregate and the fields at fault
   */
  static Program program(String aggregate, String document) {
    try {
      return JSON.readStoredProgram(document);
    } catch (CivicLabException | IllegalArgumentException e) {
      throw unreadable(aggregate, e.getMessage(), e);
    }
  }

  /**
   * Reads a person row's document: a directory document holding that person alone.
   *
   * @param id the row's id
   * @param document the stored text
   * @return the person
   * @throws StoreException naming the person and the fields at fault
   */
  static Person person(String id, String document) {
    String aggregate = "person " + id;
    DirectorySnapshot d = directory(aggregate, document);
    Person p = d.people().get(PersonId.of(id));
    if (p == null || d.people().size() != 1 || !d.organizations().isEmpty()) {
      throw unreadable(aggregate, "it does not hold person " + id + " alone", null);
    }
    return p;
  }

  /**
   * Reads an organisation row's document: a directory document holding that organisation alone.
   *
   * @param id the row's id
   * @param document the stored text
   * @return the organisation
   * @throws StoreException naming the organisation and the fields at fault
   */
  static Organization organization(String id, String document) {
    String aggregate = "organization " + id;
    DirectorySnapshot d = directory(aggregate, document);
    Organization o = d.organizations().get(OrganizationId.of(id));
    if (o == null || d.organizations().size() != 1 || !d.people().isEmpty()) {
      throw unreadable(aggregate, "it does not hold organization " + id + " alone", null);
    }
    return o;
  }

  private static DirectorySnapshot directory(String aggregate, String document) {
    try {
      return JSON.readStoredDirectory(document);
    } catch (CivicLabException | IllegalArgumentException e) {
      throw unreadable(aggregate, e.getMessage(), e);
    }
  }

  private static StoreException unreadable(String aggregate, @Nullable String why,
      @Nullable Exception cause) {
    return new StoreException(aggregate + ": the stored document cannot be read: " + why, cause);
  }

  /**
   * Binds a document parameter: as text on H2, as a value of unspecified type on PostgreSQL so
   * that the server casts it to the column's {@code jsonb}.
   *
   * @param dialect the database
   * @param statement the statement
   * @param index the parameter's index
   * @param document the document
   * @throws SQLException when the driver refuses the value
   */
  static void bind(Dialect dialect, PreparedStatement statement, int index, String document)
      throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      statement.setObject(index, document, java.sql.Types.OTHER);
    } else {
      statement.setString(index, document);
    }
  }
}
