package org.civiclab.core.matching;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * Someone to place on an exchange visit or internship: their own organisation (never their
 * host), their interests and the dates of the visit.
 *
 * <p>Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Visitor implements WithVisitor {

  /** @return the visitor */
  public abstract PersonId person();

  /** @return the visitor's own organisation, if any; it cannot host them */
  public abstract Optional<OrganizationId> organization();

  /** @return the themes the visitor wants to learn about */
  public abstract ImmutableSet<String> interests();

  /** @return the days of the visit */
  public abstract DateRange dates();

  /**
   * A visitor from a match candidate and the visit's dates.
   *
   * @param candidate the person, whose organisation and interests are used
   * @param dates the days of the visit
   * @return the visitor
   */
  public static Visitor of(MatchCandidate candidate, DateRange dates) {
    return builder().person(candidate.id()).organization(candidate.organization())
        .interests(candidate.interests()).dates(dates).build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Visitor} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableVisitor.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return person() + " " + dates();
  }
}
