package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What an evaluation is about: the whole program, or one of its components named by kind and
 * id. Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class EvaluationSubject implements WithEvaluationSubject {

  /** The kinds of component that can be evaluated. */
  public enum Kind {
    /** The whole program. */
    PROGRAM,
    /** An edition. */
    EDITION,
    /** A module. */
    MODULE,
    /** A session. */
    SESSION,
    /** A mentor pairing. */
    PAIRING,
    /** A learning circle. */
    CIRCLE,
    /** An exchange visit. */
    VISIT
  }

  /** @return the kind of component */
  @Value.Parameter(order = 0)
  public abstract Kind kind();

  /** @return the component's id (the program's for {@link Kind#PROGRAM}) */
  @Value.Parameter(order = 1)
  public abstract String id();

  /**
   * @param kind the kind of component
   * @param id its id
   * @return the subject
   */
  public static EvaluationSubject of(Kind kind, String id) {
    return ImmutableEvaluationSubject.of(kind, id);
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
  }

  @Override
  public String toString() {
    return kind().name().toLowerCase(java.util.Locale.ROOT) + " " + id();
  }
}
