package org.civiclab.core.scheduling.internal;

import org.civiclab.core.scheduling.Level;
import org.civiclab.core.scheduling.spi.Rule;

/** Shared id, level and weight. */
abstract class BaseRule implements Rule {
  private final String id;
  private final Level level;
  private final long weight;

  BaseRule(String id, Level level, long weight) {
    this.id = id;
    this.level = level;
    this.weight = weight;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Level level() {
    return level;
  }

  @Override
  public long weight() {
    return weight;
  }

  @Override
  public String toString() {
    return id + " (" + level + " x" + weight + ")";
  }
}
