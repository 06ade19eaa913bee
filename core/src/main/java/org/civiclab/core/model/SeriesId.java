package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Identifies an {@code OutreachSeries}: visits to one community, so many a year.
 *
 * <p>Obtain one with {@link #of(String)}; see {@link TypedId} for the form of an id.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
@API(status = STABLE, since = "0.1.0")
public abstract class SeriesId extends TypedId {

  /**
   * The id with the given text.
   *
   * @param value the id's text
   * @return the id
   * @throws org.civiclab.core.InvalidInputException when the text is not a valid id
   */
  public static SeriesId of(String value) {
    return ImmutableSeriesId.of(value);
  }
}
