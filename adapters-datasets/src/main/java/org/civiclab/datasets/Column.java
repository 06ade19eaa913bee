package org.civiclab.datasets;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One column of a tidy table, as the data dictionary describes it.
 *
 * @param name the snake_case name
 * @param type the type of its values
 * @param sensitivity what it reveals about people
 * @param description one sentence for the data dictionary
 */
@API(status = STABLE, since = "0.1.0")
public record Column(String name, ColumnType type, Sensitivity sensitivity, String description) {

  /**
   * A column that reveals nothing about people.
   *
   * @param name the snake_case name
   * @param type the type
   * @param description the sentence for the dictionary
   * @return the column
   */
  public static Column of(String name, ColumnType type, String description) {
    return new Column(name, type, Sensitivity.NONE, description);
  }
}
