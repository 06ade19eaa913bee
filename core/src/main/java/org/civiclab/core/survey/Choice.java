package org.civiclab.core.survey;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.LocalizedText;
import org.immutables.value.Value;

/** One choice of a choice, ranking or ballot question: a key and its wording. Immutable. */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Choice implements WithChoice {

  /** @return the key answers name it by, unique within its question */
  public abstract String key();

  /** @return its wording, in several languages */
  public abstract LocalizedText label();

  /**
   * @param key the key
   * @param label the wording
   * @return the choice
   */
  public static Choice of(String key, LocalizedText label) {
    return builder().key(key).label(label).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Choice} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableChoice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.start().visibleText(key(), "key").done();
  }
}
