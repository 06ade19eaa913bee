package org.civiclab.core.commitment;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.PersonId;
import org.immutables.value.Value;

/**
 * A follow-up action of a commitment: what is to be done, by whom (a person or an
 * organisation), with which partners, by when, and its dated status history. Immutable.
 *
 * <p>An action is {@link ActionStatus#OPEN} until its first status change; its status on a
 * day is that of the last change on or before it. It is <em>closed</em> once its latest status
 * is {@code DONE} or {@code DROPPED}, on the day of that change.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Action implements WithAction {

  /** @return the action's id, unique within its commitment */
  public abstract ActionId id();

  /** @return what is to be done */
  public abstract String what();

  /** @return the person who owns it, when a person does */
  public abstract Optional<PersonId> ownerPerson();

  /** @return the organisation that owns it, when an organisation does */
  public abstract Optional<OrganizationId> ownerOrganization();

  /** @return partner organisations acting with the owner */
  public abstract ImmutableSet<OrganizationId> partners();

  /** @return the agreed date, if any */
  public abstract Optional<LocalDate> due();

  /** @return the status changes, in date order */
  public abstract ImmutableList<StatusChange> history();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Action} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableAction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(what(), "what");
    c.require(ownerPerson().isPresent() != ownerOrganization().isPresent(), "ownerPerson",
        "an action has exactly one owner, a person or an organisation");
    for (int i = 1; i < history().size(); i++) {
      c.require(!history().get(i).on().isBefore(history().get(i - 1).on()),
          "history[" + i + "].on", "status changes come in date order: "
              + history().get(i).on() + " is before " + history().get(i - 1).on());
    }
    c.done();
  }

  /**
   * @param day a day
   * @return the status on that day
   */
  public ActionStatus statusOn(LocalDate day) {
    ActionStatus s = ActionStatus.OPEN;
    for (StatusChange ch : history()) {
      if (!ch.on().isAfter(day)) {
        s = ch.status();
      }
    }
    return s;
  }

  /** @return the day it was closed (done or dropped), if its latest status closes it */
  public Optional<LocalDate> closedOn() {
    if (history().isEmpty()) {
      return Optional.empty();
    }
    StatusChange last = history().get(history().size() - 1);
    return last.status() == ActionStatus.DONE || last.status() == ActionStatus.DROPPED
        ? Optional.of(last.on()) : Optional.empty();
  }

  /**
   * @param day a day
   * @return whether it is overdue on that day: due before it, and neither done nor dropped
   */
  public boolean overdueOn(LocalDate day) {
    ActionStatus s = statusOn(day);
    return due().isPresent() && due().get().isBefore(day) && s != ActionStatus.DONE
        && s != ActionStatus.DROPPED;
  }

  /** @return whether it was done, on or before its due date when it has one */
  public boolean doneOnTime() {
    Optional<LocalDate> closed = closedOn();
    return closed.isPresent() && history().get(history().size() - 1).status()
        == ActionStatus.DONE && due().map(d -> !closed.get().isAfter(d)).orElse(true);
  }
}
