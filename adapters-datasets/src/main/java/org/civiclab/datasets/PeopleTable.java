package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;
import java.util.function.Consumer;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.TypedId;
import org.jspecify.annotations.Nullable;

/** {@code people}: one row per person in the directory. */
final class PeopleTable extends DeclaredTable {
  private static final ImmutableList<Column> COLUMNS = ImmutableList.of(
      new Column("person_id", ColumnType.STRING, Sensitivity.PERSON_ID, "The person's id."),
      new Column("full_name", ColumnType.STRING, Sensitivity.IDENTIFYING, "Name as written."),
      new Column("email", ColumnType.STRING, Sensitivity.IDENTIFYING, "E-mail address."),
      Column.of("organisation_id", ColumnType.STRING, "The person's organisation."),
      Column.of("unit", ColumnType.STRING, "Unit within the organisation."),
      Column.of("country", ColumnType.STRING, "Country, ISO 3166-1 alpha-2."),
      Column.of("region", ColumnType.STRING, "Region within the country."),
      Column.of("languages", ColumnType.STRING, "Working languages, BCP 47, space-separated."),
      Column.of("experience", ColumnType.STRING, "Experience level in the program's field."),
      Column.of("career_stage", ColumnType.STRING, "Career stage, when known."),
      Column.of("home_zone", ColumnType.STRING, "Time zone the person works in."));

  PeopleTable() {
    super("people",
        "One row per person in the directory.",
        COLUMNS);
  }

  @Override
  public void rows(TidySource source, Consumer<@Nullable Object[]> rows) {
    for (Person p : source.directory().people().values()) {
      rows.accept(new @Nullable Object[] {p.id().value(), p.fullName(), p.email().orElse(null),
          p.organization().map(TypedId::value).orElse(null), p.unit().orElse(null),
          p.country(), p.region().orElse(null), String.join(" ", p.languages()),
          TidyTables.code(p.experience()), p.careerStage().map(TidyTables::code).orElse(null),
          p.homeZone().getId()});
    }
  }
}
