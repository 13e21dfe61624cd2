package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.CostType;
import org.convene.Event;
import org.convene.MissingValueException;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/**
 * What an organiser meets while registration runs, on small hand-made events: partitions in
 * canonical form, request changes, new versions of the event, and the limits whose freeing must
 * promote the right person.
 */
class OrganiserRulesTest {
  private static final Instant NOW = Instant.parse("2030-05-01T09:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2030, 6, 3);

  private static Session session(String id, int fromHour, int fromMinute, int toHour, int toMinute) {
    return new Session.Builder().id(id).title(id).kind(SessionKind.TALK)
        .start(LocalDateTime.of(DAY, java.time.LocalTime.of(fromHour, fromMinute)))
        .end(LocalDateTime.of(DAY, java.time.LocalTime.of(toHour, toMinute)))
        .build();
  }

  private static Track track(String id, Session... sessions) {
    return new Track.Builder().id(id).title(id).addSessions(sessions).build();
  }

  /** Two parallel tracks a (09-10) and b (09-10), waiting list on, always open. */
  private static Event.Builder event() {
    return new Event.Builder().id("ev").title("Event").zone(ZoneId.of("Europe/Brussels"))
        .startDate(DAY).endDate(DAY)
        .registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(true)
        .tracks(List.of(track("a", session("a1", 9, 0, 10, 0)), track("b", session("b1", 9, 0, 10, 0))));
  }

  private static Participant person(String id, String delegation) {
    return new Participant.Builder().id(id).name(id).delegation(delegation).build();
  }

  private static RegistrationRequest in(Participant p, String... tracks) {
    return RegistrationRequest.forTracks(p, Attendance.IN_PERSON, NOW, tracks);
  }

  private static Registrations registerAll(Registrations r, RegistrationRequest... requests) {
    for (RegistrationRequest request : requests) {
      r = r.register(request).getRegistrations();
    }
    return r;
  }

  private static List<String> promoted(Update u) {
    return u.getChanges().stream().filter(c -> c.getKind() == Change.Kind.PROMOTED)
        .map(Change::getParticipantId).collect(java.util.stream.Collectors.toList());
  }

  // ---------------------------------------------------------------- organiser holes

  @Test
  void frAndFR_areOneDelegation_soThreePerDelegationHoldsWhateverTheCase() {
    Event e = event().quotas(List.of(new Quota.Builder().id("q").scope(QuotaScope.eachTrack())
        .partition(Partition.by(PartitionKey.DELEGATION)).limit(3).build())).build();
    Registrations r = registerAll(Registrations.empty(e),
        in(person("f1", "FR"), "a"), in(person("f2", "fr"), "a"), in(person("f3", " Fr "), "a"));
    Decision fourth = r.evaluate(in(person("f4", "fr"), "a"));
    assertEquals(Decision.Outcome.WAITLISTED, fourth.getOutcome());
    assertEquals("3 of 3 used for track a, delegation FR", fourth.getFailures().get(0).getFigures());
  }

  @Test
  void anOrganisationNamedNone_doesNotShareAQuotaWithPeopleWithoutOne() {
    Event e = event().quotas(List.of(new Quota.Builder().id("q").scope(QuotaScope.event())
        .partition(Partition.by(PartitionKey.ORGANISATION)).limit(1).build())).build();
    Registrations r = registerAll(Registrations.empty(e), in(new Participant.Builder().id("x").name("x").build(), "a"));
    Participant named = new Participant.Builder().id("y").name("y").organisation("(none)").build();
    assertEquals(Decision.Outcome.ACCEPTED, r.evaluate(in(named, "a")).getOutcome());
  }

  @Test
  void aBlankParticipantId_isRefusedNamingTheField() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> in(person(" ", "BE"), "a"));
    assertTrue(e.getMessage().startsWith("RegistrationRequest.participant.id is \" \""), e.getMessage());
  }

  @Test
  void forTracksWithNoTrack_isRefused_insteadOfMeaningTheWholeEvent() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> RegistrationRequest.forTracks(person("p", "BE"), Attendance.IN_PERSON, NOW));
    assertEquals("trackIds", e.getField());
    assertTrue(e.getMessage().contains("RegistrationRequest.forTracks: trackIds is empty"), e.getMessage());
    assertEquals("sessionIds", assertThrows(MissingValueException.class,
        () -> RegistrationRequest.forSessions(person("p", "BE"), Attendance.IN_PERSON, NOW, List.of())).getField());
  }

  @Test
  void collectionOverloads_keepTheOrderGiven() {
    RegistrationRequest r = RegistrationRequest.forTracks(person("p", "BE"), Attendance.ONLINE, NOW, List.of("b", "a"));
    assertEquals(List.of("b", "a"), r.getTrackIds());
    RegistrationRequest s = RegistrationRequest.forSessions(person("p", "BE"), Attendance.ONLINE, NOW, Set.of("a1"));
    assertEquals(List.of("a1"), s.getSessionIds());
  }

  @Test
  void amend_letsSomeoneWaitingForOneTrackTakeTheOtherInOneStep() {
    Event e = event().tracks(List.of(
        new Track.Builder().from(track("a", session("a1", 9, 0, 10, 0))).capacity(Capacity.inPerson(1)).build(),
        track("b", session("b1", 9, 0, 10, 0)))).build();
    Registrations r = registerAll(Registrations.empty(e), in(person("first", "BE"), "a"), in(person("second", "BE"), "a"));
    assertEquals(Decision.Outcome.REJECTED, r.evaluate(in(person("second", "BE"), "b")).getOutcome(), "ALREADY_WAITING");
    DecidedUpdate u = r.amend(in(person("second", "BE"), "b"));
    assertEquals(Decision.Outcome.ACCEPTED, u.getDecision().getOutcome());
    assertEquals(List.of(Change.Kind.AMENDED, Change.Kind.PROMOTED),
        u.getChanges().stream().map(Change::getKind).collect(java.util.stream.Collectors.toList()));
    assertEquals(List.of("b"), u.getRegistrations().find("second").orElseThrow().getRequest().getTrackIds());
    assertEquals(0, u.getRegistrations().getWaitingCount());
  }

  @Test
  void amend_toAFullChoice_keepsTheRegistrationAsItWas() {
    Event e = event().tracks(List.of(
        track("a", session("a1", 9, 0, 10, 0)),
        new Track.Builder().from(track("b", session("b1", 9, 0, 10, 0))).capacity(Capacity.inPerson(1)).build())).build();
    Registrations r = registerAll(Registrations.empty(e), in(person("x", "BE"), "b"), in(person("y", "BE"), "a"));
    DecidedUpdate u = r.amend(in(person("y", "BE"), "b"));
    assertEquals(Decision.Outcome.REJECTED, u.getDecision().getOutcome());
    assertEquals("CAPACITY_FULL", u.getDecision().getFailures().get(0).getReasonCode());
    assertTrue(u.getRegistrations() == r);
  }

  @Test
  void amend_ofAFreedChoice_promotesWhoWaitedForIt() {
    Event e = event().tracks(List.of(
        new Track.Builder().from(track("a", session("a1", 9, 0, 10, 0))).capacity(Capacity.inPerson(1)).build(),
        track("b", session("b1", 9, 0, 10, 0)))).build();
    Registrations r = registerAll(Registrations.empty(e), in(person("x", "BE"), "a"), in(person("w", "BE"), "a"));
    DecidedUpdate u = r.amend(in(person("x", "BE"), "b"));
    assertEquals(List.of("w"), promoted(u));
  }

  // ---------------------------------------------------------------- new versions of the event

  @Test
  void raisingAQuota_promotesTheEarliestWaiting() {
    Quota q = new Quota.Builder().id("q").scope(QuotaScope.event()).partition(Partition.none()).limit(1).build();
    Event e = event().quotas(List.of(q)).build();
    Registrations r = registerAll(Registrations.empty(e),
        in(person("p1", "BE"), "a"), in(person("p2", "BE"), "a"), in(person("p3", "BE"), "b"));
    Update u = r.withEvent(event().quotas(List.of(new Quota.Builder().from(q).limit(2).build())).build());
    assertEquals(List.of("p2"), promoted(u));
    assertEquals(List.of("p3"), SimpleModel.ids(u.getRegistrations().getWaiting(), false));
  }

  @Test
  void loweringAQuota_keepsEveryoneAndReportsTheLatestOverIt() {
    Quota q = new Quota.Builder().id("q").scope(QuotaScope.event()).partition(Partition.none()).limit(3).build();
    Event e = event().quotas(List.of(q)).build();
    Registrations r = registerAll(Registrations.empty(e),
        in(person("p1", "BE"), "a"), in(person("p2", "BE"), "a"), in(person("p3", "BE"), "b"));
    Update u = r.withEvent(event().quotas(List.of(new Quota.Builder().from(q).limit(1).build())).build());
    assertEquals(3, u.getRegistrations().getRegisteredCount());
    assertEquals(List.of(Change.of(Change.Kind.OVER_LIMIT, "p2"), Change.of(Change.Kind.OVER_LIMIT, "p3")), u.getChanges());
  }

  @Test
  void droppingATrack_keepsItsRegistrationsAndReportsThem_andItsWaitersAreNeverPromoted() {
    Event e = event().capacity(Capacity.inPerson(1)).build();
    Registrations r = registerAll(Registrations.empty(e), in(person("p1", "BE"), "b"), in(person("p2", "BE"), "b"));
    Event dropped = event().capacity(Capacity.inPerson(1))
        .tracks(List.of(track("a", session("a1", 9, 0, 10, 0)))).build();
    Update u = r.withEvent(dropped);
    assertEquals(List.of(Change.of(Change.Kind.SELECTION_REMOVED, "p1"), Change.of(Change.Kind.SELECTION_REMOVED, "p2")),
        u.getChanges());
    Update cancelled = u.getRegistrations().cancel("p1");
    assertEquals(List.of(Change.of(Change.Kind.CANCELLED, "p1")), cancelled.getChanges());
    Decision d = cancelled.getRegistrations().promote("p2").getDecision();
    assertEquals("SELECTION_REMOVED", d.getFailures().get(0).getReasonCode());
  }

  @Test
  void closingTheWindow_refusesNewRequests_butWaitingRequestsMadeInTimeAreStillPromoted() {
    Event e = event().capacity(Capacity.inPerson(1)).build();
    Registrations r = registerAll(Registrations.empty(e), in(person("p1", "BE"), "a"), in(person("p2", "BE"), "a"));
    Registrations closed = r.withEvent(event().capacity(Capacity.inPerson(1)).registration(RegistrationWindow.closed()).build())
        .getRegistrations();
    assertEquals("WINDOW_CLOSED", closed.evaluate(in(person("p3", "BE"), "b")).getFailures().get(0).getReasonCode());
    assertEquals(List.of("p2"), promoted(closed.cancel("p1")));
  }

  // ---------------------------------------------------------------- freed limits promote the right person

  @Test
  void cancellingInAFullTrack_promotesItsWaiter() {
    Event e = event().tracks(List.of(
        new Track.Builder().from(track("a", session("a1", 9, 0, 10, 0))).capacity(Capacity.inPerson(2)).build(),
        track("b", session("b1", 9, 0, 10, 0)))).build();
    Registrations r = registerAll(Registrations.empty(e),
        in(person("p1", "BE"), "a"), in(person("p2", "BE"), "a"), in(person("w", "BE"), "a"));
    assertEquals(1, r.getWaitingCount());
    assertEquals(List.of("w"), promoted(r.cancel("p2")));
  }

  @Test
  void cancellingInAFullSession_promotesItsWaiter() {
    Session limited = new Session.Builder().from(session("a1", 9, 0, 10, 0)).capacity(Capacity.inPerson(1)).build();
    Event e = event().tracks(List.of(track("a", limited, session("a2", 11, 0, 12, 0)), track("b", session("b1", 9, 0, 10, 0))))
        .build();
    Registrations r = registerAll(Registrations.empty(e),
        RegistrationRequest.forSessions(person("p1", "BE"), Attendance.IN_PERSON, NOW, "a1"),
        RegistrationRequest.forSessions(person("w", "BE"), Attendance.IN_PERSON, NOW, "a1", "a2"));
    assertEquals("CAPACITY_FULL", r.find("w").map(x -> "waiting").map(x -> r.evaluate(
        RegistrationRequest.forSessions(person("z", "BE"), Attendance.IN_PERSON, NOW, "a1")).getFailures().get(0).getReasonCode())
        .orElseThrow());
    assertEquals(List.of("w"), promoted(r.cancel("p1")));
  }

  @Test
  void oneCancellation_freeingTwoQueues_promotesFirstComeFirstAcrossThem() {
    // p holds both sessions; w1 waits for s2 (asked first), w2 for s1: both fit once p cancels
    Session s1 = new Session.Builder().from(session("s1", 9, 0, 10, 0)).capacity(Capacity.inPerson(1)).build();
    Session s2 = new Session.Builder().from(session("s2", 11, 0, 12, 0)).capacity(Capacity.inPerson(1)).build();
    Event e = event().tracks(List.of(track("a", s1, s2))).build();
    Registrations r = registerAll(Registrations.empty(e),
        RegistrationRequest.forSessions(person("p", "BE"), Attendance.IN_PERSON, NOW, "s1", "s2"),
        RegistrationRequest.forSessions(person("w1", "BE"), Attendance.IN_PERSON, NOW, "s2"),
        RegistrationRequest.forSessions(person("w2", "BE"), Attendance.IN_PERSON, NOW, "s1"));
    assertEquals(List.of("w1", "w2"), promoted(r.cancel("p")));
  }

  @Test
  void theSecondAndThirdSessionsOfARequestOverlapping_isDoubleBooking() {
    // A 09-10, B 10-11, C 10:30-11:30: only B and C overlap
    Event e = event().tracks(List.of(track("a", session("A", 9, 0, 10, 0), session("B", 10, 0, 11, 0)),
        track("b", session("C", 10, 30, 11, 30)))).build();
    Decision d = Registrations.empty(e).evaluate(
        RegistrationRequest.forSessions(person("p", "BE"), Attendance.IN_PERSON, NOW, "A", "B", "C"));
    assertEquals("OVERLAPPING_SESSIONS", d.getFailures().get(0).getReasonCode());
    assertEquals("session B overlaps session C", d.getFailures().get(0).getFigures());
  }

  @Test
  void travelByRole_countsAPersonWithTwoRolesInBoth_andGrantsTheFirst() {
    Event e = event().travelPolicy(new TravelPolicy.Builder().funder("EC").addCoveredCosts(CostType.TRAVEL)
        .partition(Partition.by(PartitionKey.ROLE))
        .addSlots(TravelSlot.of("expert", ParticipantFilter.any(), 1)).build()).build();
    Participant both = new Participant.Builder().id("both").name("both").addRoles("clerk", "developer").build();
    Participant dev = new Participant.Builder().id("dev").name("dev").addRoles("developer").build();
    Participant clerk = new Participant.Builder().id("clerk").name("clerk").addRoles("Clerk").build();
    DecidedUpdate first = Registrations.empty(e).register(in(both, "a"));
    assertEquals("GRANTED", first.getDecision().getEntitlements().getTravelReason());
    assertTrue(first.getDecision().getEntitlements().isTravelGranted());
    Registrations r = first.getRegistrations();
    DecidedUpdate second = r.register(in(dev, "b"));
    assertEquals("SLOT_TAKEN", second.getDecision().getEntitlements().getTravelReason());
    DecidedUpdate third = second.getRegistrations().register(in(clerk, "b"));
    assertEquals("1 of 1 expert slots used, role clerk", third.getDecision().getEntitlements().getTravelFigures());
    Update cancelled = third.getRegistrations().cancel("both");
    // both partitions "both" held are freed: each goes to its first refused person, clerk's first by name
    assertEquals(List.of(Change.of(Change.Kind.CANCELLED, "both"),
        new Change.Builder().kind(Change.Kind.TRAVEL_GRANTED).participantId("clerk").travelSlot("expert").build(),
        new Change.Builder().kind(Change.Kind.TRAVEL_GRANTED).participantId("dev").travelSlot("expert").build()),
        cancelled.getChanges());
  }

  @Test
  void promote_succeedsOnceACustomRuleChangesItsAnswer() {
    AtomicBoolean open = new AtomicBoolean(false);
    Rule gate = RulesGenerators.rule("gate",
        request -> open.get() ? RuleOutcome.passed("gate", "OPEN", "") : RuleOutcome.full("gate", "SHUT", "", 0, 0));
    Registrations r = Registrations.empty(event().build(), List.of(gate)).register(in(person("p", "BE"), "a")).getRegistrations();
    assertEquals(Decision.Outcome.WAITLISTED, r.promote("p").getDecision().getOutcome());
    open.set(true);
    DecidedUpdate u = r.promote("p");
    assertEquals(Decision.Outcome.ACCEPTED, u.getDecision().getOutcome());
    assertEquals(List.of("p"), promoted(u));
    assertEquals(Optional.of(Registration.State.REGISTERED), u.getRegistrations().find("p").map(Registration::getState));
  }

  // ---------------------------------------------------------------- retained size

  private static Registrations waitAndWithdraw(Registrations r, int cycles) {
    for (int i = 0; i < cycles; i++) {
      r = r.register(in(person("w", "BE"), "a")).getRegistrations().cancel("w").getRegistrations();
    }
    return r;
  }

  private static Registrations swapPlaces(Registrations r, int cycles) {
    for (int i = 0; i < cycles; i++) {
      String leaving = i % 2 == 0 ? "p1" : "w";
      r = r.cancel(leaving).getRegistrations().register(in(person(leaving, "BE"), "a")).getRegistrations();
    }
    return r;
  }

  @Test
  void waitlistAndWithdrawCycles_leaveTheSnapshotAsLargeAsItsLiveState_whateverTheirNumber() {
    Event e = event().capacity(Capacity.inPerson(1)).build();
    Registrations start = registerAll(Registrations.empty(e), in(person("p1", "BE"), "a"));
    Registrations after10 = waitAndWithdraw(start, 10);
    Registrations after2000 = waitAndWithdraw(start, 2000);
    assertEquals(start.footprint(), after10.footprint());
    assertEquals(after10.footprint(), after2000.footprint());
  }

  @Test
  void promoteCycles_leaveTheSnapshotAsLargeAsItsLiveState_whateverTheirNumber() {
    Event e = event().capacity(Capacity.inPerson(1)).build();
    Registrations start = registerAll(Registrations.empty(e), in(person("p1", "BE"), "a"), in(person("w", "BE"), "a"));
    Registrations after10 = swapPlaces(start, 10);
    Registrations after2000 = swapPlaces(start, 2000);
    assertEquals(1, after2000.getRegisteredCount());
    assertEquals(1, after2000.getWaitingCount());
    assertEquals(after10.footprint(), after2000.footprint());
    assertEquals(start.footprint(), after10.footprint());
  }
}
