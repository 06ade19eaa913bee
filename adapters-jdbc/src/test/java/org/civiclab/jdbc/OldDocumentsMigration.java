package org.civiclab.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Test;

/**
 * A database written by the JDBC store's first codec, migrated to schema version 2 when
 * {@link JdbcStores} opens it. The rows are the documents that codec wrote for
 * {@code ProgramGenerator.generate(11, 0)} and {@code generate(12, 2)} with their directories,
 * kept under {@code old-codec/} one document per line; they must read back equal to those
 * values, and each document column must then hold what {@link Documents} writes.
 */
abstract class OldDocumentsMigration {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  /** The version of the program with this id is set apart from 1, to see that it stays. */
  private static final String BUMPED = "gc-program";

  /** @return a data source on an empty database, without CivicLab's tables */
  protected abstract DataSource emptyDatabase();

  /**
   * Whether the document column, read as text, holds the document exactly.
   *
   * @param c a connection
   * @param table the table
   * @param id the row
   * @param expected the document
   * @return true when the stored document is the expected one
   */
  protected abstract boolean holds(Connection c, String table, String id, String expected)
      throws SQLException;

  private static List<ProgramGenerator.Generated> originals() {
    return List.of(ProgramGenerator.generate(11, 0), ProgramGenerator.generate(12, 2));
  }

  @Test
  void oldDocumentsReadBackEqualAfterTheMigration() throws Exception {
    DataSource ds = emptyDatabase();
    DirectorySnapshot directory = DirectorySnapshot.builder().build();
    for (ProgramGenerator.Generated g : originals()) {
      directory = directory.merge(g.directory());
    }
    atVersionOne(ds, directory, Map.of());
    try (JdbcStores stores = JdbcStores.on(ds)) {
      for (ProgramGenerator.Generated g : originals()) {
        Program p = g.program();
        long version = p.id().value().equals(BUMPED) ? 3 : 1;
        assertEquals(Versioned.of(p, version), stores.programs().find(p.id()).orElseThrow());
      }
      for (Person p : directory.people().values()) {
        assertEquals(p, stores.directory().person(p.id()).orElseThrow());
      }
      List<Person> all = new ArrayList<>();
      stores.directory().forEachPerson(all::add);
      assertEquals(List.copyOf(directory.people().values()), all);
      assertEquals(List.copyOf(directory.organizations().values()),
          stores.directory().organizations());
    }
    try (Connection c = ds.getConnection()) {
      for (ProgramGenerator.Generated g : originals()) {
        Program p = g.program();
        assertTrue(holds(c, "civiclab_program", p.id().value(), Documents.program(p)),
            p.id().value());
      }
      for (Person p : directory.people().values()) {
        assertTrue(holds(c, "civiclab_person", p.id().value(), Documents.person(p)),
            p.id().value());
      }
      for (Organization o : directory.organizations().values()) {
        assertTrue(holds(c, "civiclab_organization", o.id().value(), Documents.organization(o)),
            o.id().value());
      }
    }
  }

  @Test
  void aBrokenOldDocumentStopsTheMigrationNamingRowAndField() throws Exception {
    DataSource ds = emptyDatabase();
    DirectorySnapshot directory = ProgramGenerator.generate(12, 2).directory();
    String person = directory.people().firstKey().value();
    atVersionOne(ds, directory, Map.of(person, "\"homeZone\":\"Mars/Olympus_Mons\""));
    StoreException e = assertThrows(StoreException.class, () -> JdbcStores.on(ds).close());
    assertTrue(e.getMessage().contains("civiclab_person row " + person + ": the stored document"
        + " cannot be converted to the civiclab format: document $.homeZone: 'Mars/Olympus_Mons'"
        + " is not a ZoneId"), e.getMessage());
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT max(version) FROM "
            + JdbcStores.HISTORY_TABLE + " WHERE success");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertEquals("1", rs.getString(1), "the schema stays at version 1");
      String organization = directory.organizations().firstKey().value();
      assertTrue(holds(c, "civiclab_organization", organization, fixture("organization")
          .get(organization)), "organisations converted before the failure are rolled back");
    }
  }

  /**
   * Creates CivicLab's tables at schema version 1 and fills them with the old-codec rows of
   * the programs and directory entries named, editing some documents first.
   *
   * @param edits per id, a replacement for the {@code "homeZone"} field of that document
   */
  private static void atVersionOne(DataSource ds, DirectorySnapshot directory,
      Map<String, String> edits) throws Exception {
    JdbcStores.flyway(ds).target("1").load().migrate();
    try (Connection c = ds.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO civiclab_organization (id,"
          + " name, sector, country, parent_id, document) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (Map.Entry<String, String> row : fixture("organization").entrySet()) {
          Organization o = directory.organizations().get(OrganizationId.of(row.getKey()));
          if (o == null) {
            continue;
          }
          ps.setString(1, o.id().value());
          ps.setString(2, o.name().text());
          ps.setString(3, o.sector().name());
          ps.setString(4, o.country());
          ps.setString(5, o.parent().map(OrganizationId::value).orElse(null));
          ps.setString(6, row.getValue());
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO civiclab_person (id,"
          + " full_name, country, region, organization_id, experience, home_zone, document)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Map.Entry<String, String> row : fixture("person").entrySet()) {
          Person p = directory.people().get(PersonId.of(row.getKey()));
          if (p == null) {
            continue;
          }
          ps.setString(1, p.id().value());
          ps.setString(2, p.fullName());
          ps.setString(3, p.country());
          ps.setString(4, p.region().orElse(null));
          ps.setString(5, p.organization().map(OrganizationId::value).orElse(null));
          ps.setString(6, p.experience().name());
          ps.setString(7, p.homeZone().getId());
          String document = row.getValue();
          if (edits.containsKey(row.getKey())) {
            document = document.replaceFirst("\"homeZone\":\"[^\"]*\"", edits.get(row.getKey()));
          }
          ps.setString(8, document);
          ps.executeUpdate();
        }
      }
      if (!edits.isEmpty()) {
        return;
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO civiclab_program (id, version, document) VALUES (?, ?, ?)")) {
        for (Map.Entry<String, String> row : fixture("program").entrySet()) {
          ps.setString(1, row.getKey());
          ps.setLong(2, row.getKey().equals(BUMPED) ? 3 : 1);
          ps.setString(3, row.getValue());
          ps.executeUpdate();
        }
      }
    }
  }

  /** The old-codec documents of one table, by id, in the order of the fixture file. */
  static Map<String, String> fixture(String table) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = OldDocumentsMigration.class.getResourceAsStream(
        "old-codec/" + table + ".jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          out.put(PLAIN.readTree(line).get("id").asText(), line);
        }
      }
    }
    return out;
  }
}
