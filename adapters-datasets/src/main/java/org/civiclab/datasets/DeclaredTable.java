package org.civiclab.datasets;

import com.google.common.collect.ImmutableList;

/**
 * A tidy table whose name, description and columns are fixed when it is made, so each table
 * states only its columns and how it produces its rows.
 */
abstract class DeclaredTable implements TidyTable {
  private final String name;
  private final String description;
  private final ImmutableList<Column> columns;

  DeclaredTable(String name, String description, ImmutableList<Column> columns) {
    this.name = name;
    this.description = description;
    this.columns = columns;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final ImmutableList<Column> columns() {
    return columns;
  }
}
