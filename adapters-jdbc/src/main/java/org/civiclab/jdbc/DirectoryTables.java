package org.civiclab.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.TypedId;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.PersonQuery;

/**
 * People and organisations in {@code civiclab_person} and {@code civiclab_organization}: the
 * columns that queries filter on, and the whole entry as a document.
 */
final class DirectoryTables implements Directory {
  private static final List<String> PERSON_COLUMNS = List.of("id", "full_name", "country",
      "region", "organization_id", "experience", "home_zone", "document");
  private static final List<String> ORGANIZATION_COLUMNS = List.of("id", "name", "sector",
      "country", "parent_id", "document");

  /**
   * On H2, directory writes queue on one key: a put of many entries locks many rows, and
   * writers contending for H2 row locks can lose committed rows (see {@link WriteGate}).
   */
  private static final String GATE = "directory";

  private final Jdbc jdbc;

  DirectoryTables(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Person> person(PersonId id) {
    return one("person " + id, "SELECT document FROM civiclab_person WHERE id = ?", id.value(),
        Documents::person);
  }

  @Override
  public Optional<Organization> organization(OrganizationId id) {
    return one("organization " + id, "SELECT document FROM civiclab_organization WHERE id = ?",
        id.value(), Documents::organization);
  }

  private <T> Optional<T> one(String aggregate, String sql, String id,
      BiFunction<String, String, T> read) {
    return jdbc.read(aggregate, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(read.apply(id, rs.getString(1))) : Optional.<T>empty();
        }
      }
    });
  }

  @Override
  public void putPeople(Collection<Person> people) {
    upsert("civiclab_person", PERSON_COLUMNS, people, Person::id, "person", "people",
        this::bindPerson);
  }

  private void bindPerson(PreparedStatement s, Person p) throws SQLException {
    s.setString(1, p.id().value());
    s.setString(2, p.fullName());
    s.setString(3, p.country());
    text(s, 4, p.region());
    text(s, 5, p.organization().map(OrganizationId::value));
    s.setString(6, p.experience().name());
    s.setString(7, p.homeZone().getId());
    Documents.bind(jdbc.dialect, s, 8, Documents.person(p));
  }

  @Override
  public void putOrganizations(Collection<Organization> organizations) {
    upsert("civiclab_organization", ORGANIZATION_COLUMNS, organizations, Organization::id,
        "organization", "organizations", this::bindOrganization);
  }

  private void bindOrganization(PreparedStatement s, Organization o)
      throws SQLException {
    s.setString(1, o.id().value());
    s.setString(2, o.name().text());
    s.setString(3, o.sector().name());
    s.setString(4, o.country());
    text(s, 5, o.parent().map(OrganizationId::value));
    Documents.bind(jdbc.dialect, s, 6, Documents.organization(o));
  }

  /** Organisations first, then people, in one transaction: both tables or neither. */
  @Override
  public void put(DirectorySnapshot snapshot) {
    int organizations = snapshot.organizations().size();
    int people = snapshot.people().size();
    if (organizations + people == 0) {
      return;
    }
    jdbc.inTransaction("directory: " + organizations + " organizations and " + people + " people",
        "write", c -> {
          if (organizations > 0) {
            try (PreparedStatement ps = c.prepareStatement(
                jdbc.dialect.upsert("civiclab_organization", ORGANIZATION_COLUMNS, "id"))) {
              Jdbc.batch(ps, snapshot.organizations().values(),
                  this::bindOrganization);
            }
          }
          if (people > 0) {
            try (PreparedStatement ps = c.prepareStatement(
                jdbc.dialect.upsert("civiclab_person", PERSON_COLUMNS, "id"))) {
              Jdbc.batch(ps, snapshot.people().values(), this::bindPerson);
            }
          }
        });
  }

  /**
   * Adds or replaces entries in one transaction; of two entries with one id, the last wins.
   * Concurrent puts of one entry leave one of them whole, never a mix.
   */
  private <T> void upsert(String table, List<String> columns, Collection<T> entries,
      Function<T, ? extends TypedId> id, String one, String many, Jdbc.Binder<T> binder) {
    Map<TypedId, T> last = new LinkedHashMap<>();
    entries.forEach(e -> last.put(id.apply(e), e));
    if (last.isEmpty()) {
      return;
    }
    String aggregate = last.size() == 1 ? one + " " + last.keySet().iterator().next()
        : "directory: " + last.size() + " " + many;
    WriteGate.through(jdbc.dialect, GATE, () -> jdbc.inTransaction(aggregate, "write", c -> {
      try (PreparedStatement ps = c.prepareStatement(jdbc.dialect.upsert(table, columns, "id"))) {
        Jdbc.batch(ps, last.values(), binder, e -> one + " " + id.apply(e));
      }
    }));
  }

  private static void text(PreparedStatement ps, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }

  @Override
  public void removePerson(PersonId id) {
    remove("person " + id, "DELETE FROM civiclab_person WHERE id = ?", id.value());
  }

  @Override
  public void removeOrganization(OrganizationId id) {
    remove("organization " + id, "DELETE FROM civiclab_organization WHERE id = ?", id.value());
  }

  private void remove(String aggregate, String sql, String id) {
    WriteGate.through(jdbc.dialect, GATE, () -> jdbc.transaction(aggregate, "remove", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, id);
        return ps.executeUpdate();
      }
    }));
  }

  @Override
  public void forEachPerson(Consumer<Person> visitor) {
    jdbc.inTransaction("directory", "read", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, document FROM civiclab_person"
          + " ORDER BY " + jdbc.dialect.byId("id"))) {
        ps.setFetchSize(Jdbc.BATCH);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            visitor.accept(Documents.person(rs.getString(1), rs.getString(2)));
          }
        }
      }
    });
  }

  @Override
  public ImmutableList<Organization> organizations() {
    return jdbc.read("directory", c -> {
      ImmutableList.Builder<Organization> out = ImmutableList.builder();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, document FROM"
          + " civiclab_organization ORDER BY " + jdbc.dialect.byId("id"));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(Documents.organization(rs.getString(1), rs.getString(2)));
        }
      }
      return out.build();
    });
  }

  @Override
  public ImmutableList<Person> findPeople(PersonQuery query) {
    StringBuilder sql = new StringBuilder("SELECT p.id, p.document FROM civiclab_person p");
    List<String> args = new ArrayList<>();
    if (query.sector().isPresent()) {
      sql.append(" JOIN civiclab_organization o ON o.id = p.organization_id AND o.sector = ?");
      args.add(query.sector().get().name());
    }
    sql.append(" WHERE 1 = 1");
    if (query.country().isPresent()) {
      sql.append(" AND p.country = ?");
      args.add(query.country().get());
    }
    if (query.organization().isPresent()) {
      sql.append(" AND p.organization_id = ?");
      args.add(query.organization().get().value());
    }
    sql.append(" ORDER BY ").append(jdbc.dialect.byId("p.id"));
    return jdbc.read("directory", c -> {
      ImmutableList.Builder<Person> out = ImmutableList.builder();
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          ps.setString(i + 1, args.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(Documents.person(rs.getString(1), rs.getString(2)));
          }
        }
      }
      return out.build();
    });
  }

  @Override
  public long countPeople() {
    return jdbc.count("directory", "civiclab_person");
  }
}
