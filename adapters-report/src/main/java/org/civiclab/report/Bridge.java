package org.civiclab.report;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSortedSet;
import org.apiguardian.api.API;
import org.civiclab.core.model.PersonId;

/**
 * A person whose ties reach across countries, sectors or tracks, with their betweenness
 * centrality: how often they lie on the shortest paths between others.
 *
 * @param person the person
 * @param betweenness the normalised betweenness centrality, in [0, 1]
 * @param countries the countries of the person and their neighbours
 * @param sectors the sectors of the organisations of the person and their neighbours
 * @param tracks the tracks (as {@code edition/track}) of the person and their neighbours
 */
@API(status = STABLE, since = "0.1.0")
public record Bridge(PersonId person, double betweenness, ImmutableSortedSet<String> countries,
    ImmutableSortedSet<String> sectors, ImmutableSortedSet<String> tracks) {

  /**
   * A sentence a coordinator understands, such as "links 3 countries (GE, SE, UA), 2 sectors".
   *
   * @return the explanation
   */
  public String explanation() {
    StringBuilder b = new StringBuilder("links");
    String sep = " ";
    if (countries.size() > 1) {
      b.append(sep).append(countries.size()).append(" countries (")
          .append(String.join(", ", countries)).append(')');
      sep = ", ";
    }
    if (sectors.size() > 1) {
      b.append(sep).append(sectors.size()).append(" sectors (")
          .append(String.join(", ", sectors)).append(')');
      sep = ", ";
    }
    if (tracks.size() > 1) {
      b.append(sep).append(tracks.size()).append(" tracks");
    }
    return b.toString();
  }
}
