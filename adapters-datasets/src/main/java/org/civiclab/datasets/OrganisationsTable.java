package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.function.Consumer;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.TypedId;
import org.jspecify.annotations.Nullable;

/** {@code organisations}: one row per organisation in the directory. */
final class OrganisationsTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      Column.of("organisation_id", ColumnType.STRING, "The organisation's id."),
      Column.of("name", ColumnType.STRING, "Name in its original language."),
      Column.of("sector", ColumnType.STRING, "Sector: civil_society, government, private, "
          + "media or academia."),
      Column.of("country", ColumnType.STRING, "Country, ISO 3166-1 alpha-2."),
      Column.of("city", ColumnType.STRING, "City, when known."),
      Column.of("parent_id", ColumnType.STRING, "The parent organisation, when any."));

  OrganisationsTable() {
    super("organisations",
        "One row per organisation in the directory.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Organization o : source.directory().organizations().values()) {
      rows.accept(new @Nullable Object[] {o.id().value(), o.name().text(),
          TidyTables.code(o.sector()), o.country(), o.city().orElse(null),
          o.parent().map(TypedId::value).orElse(null)});
    }
  }
}
