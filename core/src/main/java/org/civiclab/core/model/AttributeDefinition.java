package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One custom person attribute a program declares: its key, label, type, the choices of a
 * {@link AttributeType#CHOICE}, whether every person must have it, and its
 * {@link Sensitivity}. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class AttributeDefinition implements WithAttributeDefinition {

  /**
   * The key under which people carry the value ({@link Person#attributes()}): letters, digits,
   * {@code -} and {@code _}, starting with a letter, and none of the built-in attribute names
   * ({@link PersonAttributes#BUILT_IN}).
   *
   * @return the key
   */
  public abstract String key();

  /** @return what the attribute is called in a form or report */
  public abstract String label();

  /** @return the type */
  public abstract AttributeType type();

  /** @return the allowed values of a choice; empty for the other types */
  public abstract ImmutableSet<String> choices();

  /** @return whether every person must carry a value; false unless given */
  @Value.Default
  public boolean required() {
    return false;
  }

  /** @return how carefully to handle it; personal unless given */
  @Value.Default
  public Sensitivity sensitivity() {
    return Sensitivity.PERSONAL;
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code AttributeDefinition} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableAttributeDefinition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    if (c.text(key(), "key")) {
      c.require(key().matches("[A-Za-z][A-Za-z0-9_-]{0,63}"), "key", Texts.quote(key())
          + " is not a key: letters, digits, - and _, starting with a letter");
      c.require(!PersonAttributes.BUILT_IN.contains(key()), "key", Texts.quote(key())
          + " is a built-in attribute of every person; choose another key");
    }
    c.visibleText(label(), "label");
    c.texts(choices(), "choices", true);
    if (type() == AttributeType.CHOICE) {
      c.require(!choices().isEmpty(), "choices", "a choice attribute needs its choices");
    } else {
      c.require(choices().isEmpty(), "choices", "only a choice attribute has choices, not "
          + type());
    }
    c.done();
  }
}
