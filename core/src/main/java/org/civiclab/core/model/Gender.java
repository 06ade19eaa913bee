package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A person's gender as they state it: one of a few common answers, a description in their own
 * words, or the choice not to disclose it.
 *
 * <p>A self-described gender carries its description; the other kinds carry none. The value
 * used for breakdowns and quotas is {@link #key()}: the kind's name in lower case, or the
 * description for a self-described gender. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class Gender implements WithGender {

  /** The kinds of answer. */
  public enum Kind {
    /** Woman. */
    WOMAN,
    /** Man. */
    MAN,
    /** Non-binary. */
    NON_BINARY,
    /** In the person's own words: see {@link Gender#selfDescription()}. */
    SELF_DESCRIBED,
    /** The person chose not to say. */
    NOT_DISCLOSED
  }

  /** @return the kind of answer */
  @Value.Parameter(order = 0)
  public abstract Kind kind();

  /** @return the person's own words, present exactly for {@link Kind#SELF_DESCRIBED} */
  @Value.Parameter(order = 1)
  public abstract Optional<String> selfDescription();

  /**
   * A gender of one of the named kinds.
   *
   * @param kind any kind but {@link Kind#SELF_DESCRIBED}
   * @return the gender
   */
  public static Gender of(Kind kind) {
    return ImmutableGender.of(kind, Optional.empty());
  }

  /**
   * A gender of any kind, as read from a document.
   *
   * @param kind the kind
   * @param selfDescription the words, exactly for {@link Kind#SELF_DESCRIBED}
   * @return the gender
   */
  public static Gender of(Kind kind, Optional<String> selfDescription) {
    return ImmutableGender.of(kind, selfDescription);
  }

  /**
   * A gender in the person's own words.
   *
   * @param description the words, not blank
   * @return the gender
   */
  public static Gender selfDescribed(String description) {
    return ImmutableGender.of(Kind.SELF_DESCRIBED, Optional.of(description));
  }

  /** @return the value breakdowns and quotas group by */
  public String key() {
    return selfDescription().orElse(kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    if (kind() == Kind.SELF_DESCRIBED) {
      c.require(selfDescription().isPresent(), "selfDescription",
          "a self-described gender needs the person's description");
      selfDescription().ifPresent(d -> c.visibleText(d, "selfDescription"));
    } else {
      c.require(selfDescription().isEmpty(), "selfDescription",
          "only a self-described gender has a description, not " + kind());
    }
    c.done();
  }

  @Override
  public String toString() {
    return key();
  }
}
