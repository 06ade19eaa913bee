package org.civiclab.datasets;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One tidy table: its name, its columns and its rows, one per fact.
 *
 * <p>A row is an array with one value per column, in column order, of the Java type its
 * {@link ColumnType} names, or null where the fact is unknown. A table whose columns include
 * {@code program_id} and {@code year} (as its first two) is partitioned by them in Parquet.
 */
@API(status = STABLE, since = "0.1.0")
public interface TidyTable {

  /** @return the table's name, snake_case and plural, such as {@code enrolments} */
  String name();

  /** @return one sentence for the data dictionary: what one row is */
  String description();

  /** @return the columns, in order */
  ImmutableList<Column> columns();

  /**
   * Produces the rows.
   *
   * @param source the data
   * @param rows receives each row
   */
  void rows(TidySource source, Consumer<@Nullable Object[]> rows);

  /** @return whether the first two columns are {@code program_id} and {@code year} */
  default boolean partitioned() {
    return columns().size() >= 2 && columns().get(0).name().equals("program_id")
        && columns().get(1).name().equals("year");
  }
}
