package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a session sits in its module's order, besides the sessions it names in {@link
 * Session#after()}: an opening comes first, a closing or a decision last.
 */
@API(status = STABLE, since = "0.1.0")
public enum SessionPosition {
  /** No place of its own: only {@link Session#after()} orders it. */
  ANYWHERE,
  /** Ends before every session of the module that is not itself first starts. */
  FIRST,
  /** Starts after every session of the module that is not itself last ends. */
  LAST
}
