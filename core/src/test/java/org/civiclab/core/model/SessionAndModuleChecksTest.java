package org.civiclab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A session's own checks one by one (each refusal with its exact path and message, and the
 * values a valid session defaults to), its breakout groups, and a module's session order:
 * unknown predecessors by their index, and first and last sessions around the others.
 */
class SessionAndModuleChecksTest {
  private static final TimeSpan MORNING = TimeSpan.on(LocalDate.of(2024, 3, 13),
      LocalTime.of(9, 0), LocalTime.of(12, 0), ZoneId.of("Europe/Brussels"));
  private static final URI LINK = URI.create("https://meet.example.org/a");

  private static List<Problem> problems(Executable build) {
    return assertThrows(InvalidInputException.class, build).problems();
  }

  private static void refused(String path, String message, Executable build) {
    assertEquals(List.of(Problem.at(path, message)), problems(build));
  }

  private static Session.Builder session(String id, DeliveryMode mode) {
    return Session.builder().id(EventId.of(id)).title(LocalizedText.of("en", "Talk " + id))
        .format(SessionFormat.LECTURE).mode(mode);
  }

  private static Session.Builder timed(DeliveryMode mode) {
    return session("s", mode).when(MORNING);
  }

  private static SessionGroup.Builder group(String name) {
    return SessionGroup.builder().name(name);
  }

  @Test
  void aValidSessionIsRequiredAnywhereAndLastsItsSpan() {
    Session s = timed(DeliveryMode.HYBRID).venue(VenueId.of("hall")).onlineLink(LINK).build();
    assertEquals(true, s.required());
    assertEquals(SessionPosition.ANYWHERE, s.position());
    assertEquals(Duration.ofHours(3), s.duration());
    assertEquals(false, timed(DeliveryMode.ONLINE).required(false).build().required());
    assertEquals(Duration.ofMinutes(90), session("s", DeliveryMode.ONLINE)
        .duration(Duration.ofMinutes(90)).build().duration());
  }

  @Test
  void aDurationIsRequiredWithoutATimeAndMustBePositiveAndMatchTheSpan() {
    refused("duration", "is required while the session has no time ('when')",
        () -> session("s", DeliveryMode.ONLINE).build());
    refused("duration", "duration PT-1H must be positive",
        () -> session("s", DeliveryMode.ONLINE).duration(Duration.ofHours(-1)).build());
    refused("duration", "duration PT1H differs from the planned span " + MORNING + " (PT3H)",
        () -> timed(DeliveryMode.ONLINE).duration(Duration.ofHours(1)).build());
  }

  @Test
  void venuesAndLinksFollowTheMode() {
    refused("venue", "an online session has no venue, got hall",
        () -> timed(DeliveryMode.ONLINE).venue(VenueId.of("hall")).build());
    refused("onlineLink", "an on-site session has no online link, got " + LINK,
        () -> timed(DeliveryMode.ON_SITE).onlineLink(LINK).build());
    refused("onlineLink", "'ftp://x/y' is not an http(s) link",
        () -> timed(DeliveryMode.ONLINE).onlineLink(URI.create("ftp://x/y")).build());
    assertEquals(Optional.of(URI.create("http://x/y")), timed(DeliveryMode.ONLINE)
        .onlineLink(URI.create("http://x/y")).build().onlineLink());
    URI huge = URI.create("https://x/" + "a".repeat(70_000));
    String why = Texts.problem(huge.toString()).orElseThrow();
    refused("onlineLink", why, () -> timed(DeliveryMode.ONLINE).onlineLink(huge).build());
  }

  @Test
  void aSessionComesNotAfterItself() {
    refused("after", "session 's' cannot come after itself",
        () -> timed(DeliveryMode.ONLINE).addAfter(EventId.of("s")).build());
  }

  @Test
  void groupsAreTwoOrMoreWithDistinctNamesAndParticipants() {
    refused("groups", "a session held as groups has at least two",
        () -> timed(DeliveryMode.ONLINE).addGroups(group("A").build()).build());
    PersonId x = PersonId.of("x");
    refused("groups[2].name", "group name 'A' is used twice",
        () -> timed(DeliveryMode.ONLINE).addGroups(group("A").build(), group("B").build(),
            group("A").build()).build());
    refused("groups[1].participants", "'x' is in two groups",
        () -> timed(DeliveryMode.ONLINE).addGroups(group("A").addParticipants(x).build(),
            group("B").addParticipants(PersonId.of("y"), x).build()).build());
    assertEquals(2, timed(DeliveryMode.ONLINE).addGroups(group("A").addParticipants(x).build(),
        group("B").addParticipants(PersonId.of("y")).build()).build().groups().size());
  }

  @Test
  void aGroupHasTheRoomOrBreakoutItsSessionsModeAllows() {
    refused("groups[1].venue", "an online session's group has no venue",
        () -> timed(DeliveryMode.ONLINE).addGroups(group("A").build(),
            group("B").venue(VenueId.of("r1")).build()).build());
    refused("groups[1].onlineLink", "an on-site session's group has no online link",
        () -> timed(DeliveryMode.ON_SITE).addGroups(group("A").build(),
            group("B").onlineLink(LINK).build()).build());
    assertEquals(2, timed(DeliveryMode.HYBRID).addGroups(group("A").onlineLink(LINK).build(),
        group("B").venue(VenueId.of("r1")).build()).build().groups().size());
    refused("name", "must not be blank", () -> group(" ").build());
    refused("onlineLink", "'mailto:a@b.c' is not an http(s) link",
        () -> group("A").onlineLink(URI.create("mailto:a@b.c")).build());
    assertEquals(Optional.of(URI.create("http://x")),
        group("A").onlineLink(URI.create("http://x")).build().onlineLink());
  }

  private static Module.Builder module(Session... sessions) {
    return Module.builder().id(ModuleId.of("m")).title(LocalizedText.of("en", "M"))
        .window(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
        .mode(DeliveryMode.ONLINE).addSessions(sessions);
  }

  private static Session after(String id, String... before) {
    Session.Builder b = timed(DeliveryMode.ONLINE).id(EventId.of(id));
    for (String x : before) {
      b.addAfter(EventId.of(x));
    }
    return b.build();
  }

  private static Session at(String id, SessionPosition position) {
    return timed(DeliveryMode.ONLINE).id(EventId.of(id)).position(position).build();
  }

  @Test
  void unknownPredecessorsAreNamedByTheirPlace() {
    assertEquals(List.of(Problem.at("sessions[1].after[1]", "'nope' is not a session of this "
        + "module"), Problem.at("sessions[1].after[2]", "'gone' is not a session of this module")),
        problems(() -> module(after("a"), after("b", "a", "nope", "gone")).build()));
  }

  @Test
  void firstSessionsOpenAndLastSessionsCloseTheModule() {
    Module m = module(at("open", SessionPosition.FIRST), after("mid", "any"),
        at("close", SessionPosition.LAST), at("open2", SessionPosition.FIRST),
        at("any", SessionPosition.ANYWHERE)).build();
    EventId open = EventId.of("open");
    EventId open2 = EventId.of("open2");
    EventId mid = EventId.of("mid");
    EventId any = EventId.of("any");
    ImmutableMap<EventId, ImmutableSet<EventId>> order = m.sessionOrder();
    assertEquals(List.of(open, mid, EventId.of("close"), open2, any),
        List.copyOf(order.keySet()));
    assertEquals(ImmutableSet.of(), order.get(open));
    assertEquals(ImmutableSet.of(), order.get(open2));
    assertEquals(ImmutableSet.of(any, open, open2), order.get(mid));
    assertEquals(ImmutableSet.of(open, open2), order.get(any));
    assertEquals(ImmutableSet.of(open, mid, open2, any), order.get(EventId.of("close")));
  }

  @Test
  void aSessionIdUsedTwiceIsReportedOnceAndNotAsASessionComingAfterItself() {
    assertEquals(List.of(Problem.at("sessions[1].id", "id " + Texts.quote("x")
        + " is used twice")), problems(() -> module(at("x", SessionPosition.FIRST),
        at("x", SessionPosition.ANYWHERE)).build()));
  }

  @Test
  void anOrderCycleIsRefusedAtItsFirstSession() {
    List<Problem> p = problems(() -> module(after("a", "b"), after("b", "a")).build());
    assertEquals(1, p.size(), p.toString());
    assertEquals("sessions[0].after", p.get(0).path());
  }
}
