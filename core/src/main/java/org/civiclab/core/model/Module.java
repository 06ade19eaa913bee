package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.internal.Cycles;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * One module of an edition ("module 1 of 3"): a window of days, topics, facilitators, a
 * delivery mode and its sessions.
 *
 * <p>Modules are ordered by their position in {@link Edition#modules()}. A module serves all
 * tracks of its edition unless {@link #tracks()} names some. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Module implements WithModule {

  /** @return the module's id */
  public abstract ModuleId id();

  /** @return the title */
  public abstract LocalizedText title();

  /** @return the days within which its sessions take place */
  public abstract DateRange window();

  /** @return the topics covered, in the program's language */
  public abstract ImmutableList<String> topics();

  /** @return the module's delivery mode */
  public abstract DeliveryMode mode();

  /** @return the people who lead the module */
  public abstract ImmutableSet<PersonId> facilitators();

  /** @return the tracks the module serves; empty for all tracks */
  public abstract ImmutableSet<TrackId> tracks();

  /** @return the sessions, in order */
  public abstract ImmutableList<Session> sessions();

  /**
   * @return the shape of this module's days (an intensive week with its own hours and breaks);
   *     empty: the program's
   */
  public abstract java.util.Optional<org.civiclab.core.time.DayShape> dayShape();

  /**
   * Whether the module is meant for an enrolment's participant: a module naming no tracks
   * serves everyone; one naming tracks serves only enrolments in one of them (an enrolment
   * without a track then is not served).
   *
   * @param enrollment an enrolment of the module's edition
   * @return whether the module serves it
   */
  public boolean serves(Enrollment enrollment) {
    return tracks().isEmpty() || enrollment.track().map(tracks()::contains).orElse(false);
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Module} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableModule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.unique(sessions(), Session::id, "sessions", "id");
    c.texts(topics(), "topics", true);
    Set<EventId> ids = new HashSet<>();
    sessions().forEach(s -> ids.add(s.id()));
    for (int i = 0; i < sessions().size(); i++) {
      int j = 0;
      for (EventId a : sessions().get(i).after()) {
        c.require(ids.contains(a), "sessions[" + i + "].after[" + j + "]", "'" + a
            + "' is not a session of this module");
        j++;
      }
    }
    Map<EventId, ImmutableSet<EventId>> order = sessionOrder();
    List<EventId> inOrder = sessions().stream().map(Session::id).toList();
    Cycles.find(inOrder, id -> order.getOrDefault(id, ImmutableSet.of())).ifPresent(cycle -> c.add(
        "sessions[" + inOrder.indexOf(cycle.get(0)) + "].after", "the sessions' order has a cycle: "
            + cycle.stream().map(EventId::value).collect(Collectors.joining(" comes after "))));
    c.done();
  }

  /**
   * The order inside the module: for each session, every session of the module that must end
   * before it starts, from {@link Session#after()} and {@link Session#position()} together (a
   * first session comes before every session that is not first, a last one after every session
   * that is not last). Ids that name no session of the module are left out.
   *
   * @return per session id, in session order, the ids it comes after
   */
  public ImmutableMap<EventId, ImmutableSet<EventId>> sessionOrder() {
    Set<EventId> ids = new HashSet<>();
    sessions().forEach(s -> ids.add(s.id()));
    ImmutableMap.Builder<EventId, ImmutableSet<EventId>> out = ImmutableMap.builder();
    for (Session s : sessions()) {
      ImmutableSet.Builder<EventId> before = ImmutableSet.builder();
      s.after().stream().filter(ids::contains).forEach(before::add);
      for (Session o : sessions()) {
        if (o.id().equals(s.id())) {
          continue;
        }
        boolean opens = o.position() == SessionPosition.FIRST
            && s.position() != SessionPosition.FIRST;
        boolean closes = s.position() == SessionPosition.LAST
            && o.position() != SessionPosition.LAST;
        if (opens || closes) {
          before.add(o.id());
        }
      }
      out.put(s.id(), before.build());
    }
    return out.buildKeepingLast();
  }
}
