package org.civiclab.core.survey;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * One filled-in questionnaire: who answered (unless the survey is anonymous), when, and the
 * answers by question key. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Response implements WithResponse {

  /** @return who answered; empty in an anonymous survey */
  public abstract Optional<PersonId> respondent();

  /** @return when it was submitted */
  public abstract LocalDate submittedOn();

  /** @return the answers, by question key; unanswered questions are left out */
  public abstract ImmutableMap<String, Answer> answers();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Response} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
