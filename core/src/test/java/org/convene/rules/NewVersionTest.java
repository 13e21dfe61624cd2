package org.convene.rules;

import static org.convene.rules.SmallEvents.changes;
import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.convene.rules.SmallEvents.person;
import static org.convene.rules.SmallEvents.registerAll;
import static org.convene.rules.SmallEvents.session;
import static org.convene.rules.SmallEvents.track;
import static org.convene.rules.SmallEvents.travel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.ParticipantFilter;
import org.convene.Participant;
import org.convene.Price;
import org.convene.Sector;
import org.convene.TargetGroup;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.Session;
import org.convene.Track;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/**
 * A new version of the event ({@link Registrations#withEvent}): who keeps a travel slot, who
 * loses it, who gets one freed, and who is reported over a lowered limit. The participants'
 * ids are deliberately not in the order they registered, so an order taken from the ids (or
 * from a hash) instead of the order of acceptance shows.
 */
class NewVersionTest {
  private static final String[] SCRAMBLED = {"kim", "ada", "zed", "bob", "yan", "eve", "liv", "cat", "uma", "dan"};

  private static TravelSlot expertsFromBelgium(int perPartition) {
    return TravelSlot.of("expert", new ParticipantFilter.Builder().addDelegations("BE").build(), perPartition);
  }

  private static TravelSlot members(int perPartition) {
    return TravelSlot.of("member", ParticipantFilter.any(), perPartition);
  }

  /** Three in-person places; travel for one Belgian expert and one member. */
  private static Event.Builder withTravel() {
    return event().capacity(Capacity.inPerson(3))
        .travelPolicy(travel(Partition.none(), expertsFromBelgium(1), members(1)));
  }

  /**
   * e1 holds the expert slot, e2 (Belgian too) was refused it, m1 holds the member slot and w1
   * waits for an in-person place.
   */
  private static Registrations travellers(Event e) {
    return registerAll(Registrations.empty(e), in("e1", "BE"), in("e2", "BE"), in("m1", "FR"), in("w1", "FR"));
  }

  private static Optional<String> slotOf(Registrations r, String id) {
    return r.find(id).orElseThrow().getTravelSlot();
  }

  @Test
  void travellers_fixture_isAsDescribed() {
    Registrations r = travellers(withTravel().build());
    assertEquals(Optional.of("expert"), slotOf(r, "e1"));
    assertEquals(Optional.empty(), slotOf(r, "e2"));
    assertEquals(Optional.of("member"), slotOf(r, "m1"));
    assertEquals(Registration.State.WAITING, r.find("w1").orElseThrow().getState());
  }

  @Test
  void anUnrelatedChange_keepsEveryPlaceAndTravelSlot_andReportsNothing() {
    Registrations r = travellers(withTravel().build());
    Update u = r.withEvent(withTravel().title("Event, new title").build());
    assertEquals(List.of(), changes(u));
    assertEquals(r.getRegistered(), u.getRegistrations().getRegistered());
    assertEquals(r.getWaiting(), u.getRegistrations().getWaiting());
  }

  @Test
  void droppingATravelCategory_withdrawsItsSlots_fromThoseNowInNoCategory() {
    Registrations r = travellers(withTravel().build());
    Event onlyFrenchMembers = withTravel().travelPolicy(travel(Partition.none(),
        TravelSlot.of("member", new ParticipantFilter.Builder().addDelegations("FR").build(), 1))).build();
    Update u = r.withEvent(onlyFrenchMembers);
    assertEquals(List.of("TRAVEL_WITHDRAWN e1"), changes(u));
    assertEquals(Optional.empty(), slotOf(u.getRegistrations(), "e1"));
    assertEquals(Optional.of("member"), slotOf(u.getRegistrations(), "m1"));
  }

  @Test
  void droppingTheTravelPolicy_withdrawsEverySlot() {
    Registrations r = travellers(withTravel().build());
    Update u = r.withEvent(event().capacity(Capacity.inPerson(3)).build());
    assertEquals(List.of("TRAVEL_WITHDRAWN e1", "TRAVEL_WITHDRAWN m1"), changes(u));
    assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()),
        u.getRegistrations().getRegistered().stream().map(Registration::getTravelSlot).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void aHolderWhoNoLongerFallsInTheirCategory_losesTheSlot_andWaitsForTheOneTheyFallIn() {
    Registrations r = travellers(withTravel().build());
    Event expertsFromTheNetherlands = withTravel().travelPolicy(travel(Partition.none(),
        TravelSlot.of("expert", new ParticipantFilter.Builder().addDelegations("NL").build(), 1), members(1))).build();
    Update u = r.withEvent(expertsFromTheNetherlands);
    assertEquals(List.of("TRAVEL_WITHDRAWN e1"), changes(u));
    assertEquals(Optional.of("member"), slotOf(u.getRegistrations(), "m1"));
    // when m1 leaves, the member slot goes to e1, accepted before e2
    Update cancelled = u.getRegistrations().cancel("m1");
    assertEquals(List.of("CANCELLED m1", "TRAVEL_GRANTED e1", "PROMOTED w1"), changes(cancelled));
  }

  /** Someone of the given roles asking for the whole event in person. */
  private static RegistrationRequest withRoles(String id, String... roles) {
    return RegistrationRequest.forEvent(new Participant.Builder().from(person(id, "BE")).addRoles(roles).build(),
        Attendance.IN_PERSON, SmallEvents.NOW);
  }

  private static Event travelByRole(int perPartition) {
    return event().travelPolicy(travel(Partition.by(PartitionKey.ROLE), members(perPartition))).build();
  }

  @Test
  void moreTravelSlotsByRole_goOnlyToThoseWithRoomInEveryRoleTheyHave() {
    // dev and ops hold the two slots; ops2, then both (dev and ops), then dev2 are refused
    Registrations r = registerAll(Registrations.empty(travelByRole(1)), withRoles("dev", "dev"),
        withRoles("ops", "ops"), withRoles("ops2", "ops"), withRoles("both", "dev", "ops"), withRoles("dev2", "dev"));
    Update u = r.withEvent(travelByRole(2));
    assertEquals(List.of("TRAVEL_GRANTED ops2", "TRAVEL_GRANTED dev2"), changes(u),
        "ops is full again once ops2 has the second slot, so both gets none");
    assertEquals(Optional.empty(), slotOf(u.getRegistrations(), "both"));
    assertEquals(r.withEvent(travelByRole(2), false).getChanges(), u.getChanges());
  }

  @Test
  void moreTravelSlotsByRole_grantSomeoneInTwoRolesOnce() {
    Registrations r = registerAll(Registrations.empty(travelByRole(1)), withRoles("dev", "dev"),
        withRoles("ops", "ops"), withRoles("both", "dev", "ops"), withRoles("dev2", "dev"));
    Update u = r.withEvent(travelByRole(3));
    assertEquals(List.of("TRAVEL_GRANTED both", "TRAVEL_GRANTED dev2"), changes(u),
        "both, once, though both role queues hold them; dev2 gets the third dev slot");
    assertEquals(r.withEvent(travelByRole(3), false).getChanges(), u.getChanges());
  }

  @Test
  void fewerTravelSlots_keepTheHolders_andReportTheLatestAcceptedOverTheLimit() {
    Event two = event().travelPolicy(travel(Partition.none(), members(2))).build();
    Registrations r = registerAll(Registrations.empty(two), in("zed", "FR"), in("ada", "FR"));
    Update u = r.withEvent(event().travelPolicy(travel(Partition.none(), members(1))).build());
    assertEquals(List.of("OVER_LIMIT ada"), changes(u));
    assertEquals(Optional.of("member"), slotOf(u.getRegistrations(), "zed"));
    assertEquals(Optional.of("member"), slotOf(u.getRegistrations(), "ada"));
  }

  @Test
  void moreTravelSlots_goToTheEarliestAcceptedOfThoseRefused() {
    Event one = event().travelPolicy(travel(Partition.none(), members(1))).build();
    Registrations r = Registrations.empty(one);
    for (String id : SCRAMBLED) {
      r = r.register(in(id, "FR")).getRegistrations();
    }
    Update u = r.withEvent(event().travelPolicy(travel(Partition.none(), members(3))).build());
    assertEquals(List.of("TRAVEL_GRANTED ada", "TRAVEL_GRANTED zed"), changes(u));
  }

  @Test
  void aLowerQuota_keepsEveryone_andReportsEachRegistrationPastIt_inTheOrderTheyWereAccepted() {
    Quota q = new Quota.Builder().id("q").scope(QuotaScope.event()).partition(Partition.none()).limit(10).build();
    Registrations r = Registrations.empty(event().quotas(List.of(q)).build());
    for (String id : SCRAMBLED) {
      r = r.register(in(id, "FR")).getRegistrations();
    }
    Update u = r.withEvent(event().quotas(List.of(new Quota.Builder().from(q).limit(3).build())).build());
    List<String> expected = new ArrayList<>();
    for (int i = 3; i < SCRAMBLED.length; i++) {
      expected.add("OVER_LIMIT " + SCRAMBLED[i]);
    }
    assertEquals(expected, changes(u));
    assertEquals(SCRAMBLED.length, u.getRegistrations().getRegisteredCount());
  }

  @Test
  void droppingASession_keepsTheRegistrationsThatNamedIt_andReportsThem() {
    RegistrationRequest named = RegistrationRequest.forSessions(person("s1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, "a1", "b1");
    Registrations r = registerAll(Registrations.empty(event().build()), named, in(person("t1", "FR"), "a"));
    Event withoutB1 = event().tracks(List.of(track("a", session("a1", 9, 10)), track("b", session("b2", 11, 12)))).build();
    Update u = r.withEvent(withoutB1);
    assertEquals(List.of("SELECTION_REMOVED s1"), changes(u));
    assertEquals(2, u.getRegistrations().getRegisteredCount());
  }

  @Test
  void aNewTitle_keepsTheCountersAndQueuesThemselves_walkingNoRegistration() {
    Registrations r = travellers(withTravel().build());
    Registrations after = r.withEvent(withTravel().title("Event, new title").build()).getRegistrations();
    assertSame(r.entries, after.entries);
    assertSame(r.counts, after.counts);
    assertSame(r.waiting, after.waiting);
    assertSame(r.waitingByKey, after.waitingByKey);
    assertSame(r.travelQueues, after.travelQueues);
  }

  /** The update a version gives, after checking that placing everyone again gives the same. */
  private static Update same(Registrations r, Event next) {
    Update u = r.withEvent(next);
    Update placedAgain = r.withEvent(next, false);
    assertEquals(placedAgain.getChanges(), u.getChanges());
    assertEquals(placedAgain.getRegistrations(), u.getRegistrations());
    return u;
  }

  @Test
  void aRequestNamingADroppedSession_isReportedOnce_byTheVersionThatDropsIt_andLaterVersionsKeepTheCounters() {
    RegistrationRequest named = RegistrationRequest.forSessions(person("s1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, "a1", "b1");
    Registrations r = registerAll(Registrations.empty(event().build()), named, in(person("t1", "FR"), "a"));
    Event withoutB1 = event().tracks(List.of(track("a", session("a1", 9, 10)), track("b", session("b2", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, withoutB1), "b1 counted nobody; s1 still holds a1");
    Update dropped = same(r, withoutB1);
    assertEquals(List.of("SELECTION_REMOVED s1"), changes(dropped));
    assertSame(r.entries, dropped.getRegistrations().entries);
    Registrations d = dropped.getRegistrations();
    Update retitled = same(d, withTitle(withoutB1, "Event, new title"));
    assertEquals(List.of(), changes(retitled), "reported once, by the version that dropped b1");
    assertSame(d.entries, retitled.getRegistrations().entries);
    // b1 back: the counters kept (b1 counts nobody), reported by no one; dropped again: reported again
    Registrations back = retitled.getRegistrations();
    assertTrue(NewVersion.keepsCounters(back, event().build()), "s1 holds b1 again, which counts nobody");
    Update readded = same(back, event().build());
    assertEquals(List.of(), changes(readded));
    assertEquals(List.of("SELECTION_REMOVED s1"), changes(same(readded.getRegistrations(), withoutB1)));
  }

  @Test
  void droppingASessionNoLiveRequestHolds_keepsTheCounters() {
    Registrations r = registerAll(Registrations.empty(event().build()), in(person("t1", "FR"), "a"), in(person("t2", "BE"), "a"));
    Update u = r.withEvent(event().tracks(List.of(track("a", session("a1", 9, 10)), track("b"))).build());
    assertEquals(List.of(), changes(u));
    assertSame(r.entries, u.getRegistrations().entries);
  }

  @Test
  void droppingASessionATrackRequestHolds_thatCountsNobodyAndOverlapsNothingInIt_keepsTheCounters() {
    Event two = event().tracks(List.of(track("a", session("a1", 9, 10), session("a2", 11, 12)))).build();
    Registrations r = registerAll(Registrations.empty(two), in(person("t1", "FR"), "a"));
    Update u = r.withEvent(event().tracks(List.of(track("a", session("a1", 9, 10)))).build());
    assertEquals(List.of(), changes(u));
    assertSame(r.entries, u.getRegistrations().entries);
    assertEquals(r.withEvent(u.getRegistrations().getEvent(), false).getRegistrations(), u.getRegistrations());
  }

  @Test
  void droppingASessionThatOverlappedAnotherOfAHeldSelection_keepsTheCounters_andPromotesAWaitingRequestDoubleBookingRefused() {
    Event one = event().capacity(Capacity.inPerson(1)).build();
    Registrations r = registerAll(Registrations.empty(one), in(person("t1", "FR"), "a"), in(person("t2", "BE"), "a"));
    assertEquals(Registration.State.WAITING, r.find("t2").orElseThrow().getState());
    // a session that overlaps a1 added to track a (it counts nobody): t2's request now overlaps
    Event overlapping = new Event.Builder().from(one).tracks(List.of(track("a", session("a1", 9, 10), session("a2", 9, 11)),
        track("b", session("b1", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, overlapping));
    Registrations cancelled = same(r, overlapping).getRegistrations().cancel("t1").getRegistrations();
    assertEquals(Registration.State.WAITING, cancelled.find("t2").orElseThrow().getState(), "double booking refuses t2");
    assertTrue(NewVersion.keepsCounters(cancelled, one), "a2 counted nobody");
    Update dropped = same(cancelled, one);
    assertEquals(List.of("PROMOTED t2"), changes(dropped));
  }

  @Test
  void addingASessionWithACapacityToAHeldTrack_orToATrackNobodyHolds_keepsTheCounters() {
    Registrations r = registerAll(Registrations.empty(event().build()), in(person("t1", "FR"), "a"));
    Session limited = new Session.Builder().from(session("b2", 13, 14)).capacity(Capacity.inPerson(1)).build();
    assertTrue(NewVersion.keepsCounters(r, event().tracks(List.of(track("a", session("a1", 9, 10)),
        track("b", session("b1", 11, 12), limited))).build()), "nobody holds track b");
    Event heldLimited = event().tracks(List.of(track("a", session("a1", 9, 10), limited),
        track("b", session("b1", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, heldLimited), "t1 holds the limited session: a new counter, t1 its holder");
    assertEquals(List.of(), changes(same(r, heldLimited)));
  }

  // What keeps the counters (NewVersion.keepsCounters): where it says yes, withEvent keeps every
  // place, counter and queue as they are, so a yes where placing everyone again would differ is
  // a wrong registration, and a no where nothing changes a walk over every registration.

  private static Quota quota(QuotaScope scope) {
    return new Quota.Builder().id("q").scope(scope).partition(Partition.none()).limit(10).build();
  }

  private static Event.Builder limitedTrackA(Capacity capacity) {
    return event().tracks(List.of(new Track.Builder().from(track("a", session("a1", 9, 10))).capacity(capacity).build(),
        track("b", session("b1", 11, 12))));
  }

  @Test
  void aHeldTracksLimitMayChange_limitAnotherAttendance_orNoLongerLimitOne() {
    Registrations unlimited = registerAll(Registrations.empty(event().build()), in(person("t1", "FR"), "a"));
    assertTrue(NewVersion.keepsCounters(unlimited, limitedTrackA(Capacity.inPerson(5)).build()), "track a now counts");
    Registrations limited = registerAll(Registrations.empty(limitedTrackA(Capacity.inPerson(3)).build()),
        in(person("t1", "FR"), "a"));
    assertTrue(NewVersion.keepsCounters(limited, limitedTrackA(Capacity.inPerson(5)).build()), "another limit");
    Capacity both = new Capacity.Builder().inPerson(3).online(2).build();
    assertTrue(NewVersion.keepsCounters(limited, limitedTrackA(both).build()), "online places now count too");
    assertTrue(NewVersion.keepsCounters(limited, event().build()), "track a's in-person counter goes");
    assertEquals(List.of(), changes(same(limited, event().build())), "nobody loses a place");
  }

  /**
   * Track a has one in-person place, which t1 holds; zed (track a), ada (the whole event) and kim
   * (tracks a and b) wait for it, in that order, and the event has three in-person places.
   */
  private static Registrations waitingForTrackA(Event.Builder event) {
    return registerAll(Registrations.empty(event.build()), in(person("t1", "FR"), "a"), in(person("zed", "FR"), "a"),
        in("ada", "BE"), in(person("kim", "LU"), "a", "b"));
  }

  private static Event.Builder trackAForOne() {
    return limitedTrackA(Capacity.inPerson(1)).capacity(Capacity.inPerson(3));
  }

  @Test
  void aHeldTracksCapacityRemoved_keepsTheCounters_andPromotesTheWaitingRequestsWithRoom_inLineOrder() {
    Registrations r = waitingForTrackA(trackAForOne());
    assertEquals(List.of("zed", "ada", "kim"), ids(r.getWaiting()));
    Event unlimitedA = trackAForOne().tracks(List.of(track("a", session("a1", 9, 10)), track("b", session("b1", 11, 12))))
        .build();
    assertTrue(NewVersion.keepsCounters(r, unlimitedA));
    Update u = same(r, unlimitedA);
    // the event's three places: t1, then the two earliest in line, not the first by id
    assertEquals(List.of("PROMOTED zed", "PROMOTED ada"), changes(u));
    assertEquals(List.of("kim"), ids(u.getRegistrations().getWaiting()));
    CounterKey trackA = new CounterKey(CounterKey.Kind.TRACK_CAPACITY, Attendance.IN_PERSON.ordinal(), "a", List.of());
    assertTrue(r.counts.get(trackA) != null && r.waitingByKey.get(trackA) != null, "track a's counter and queue, before");
    assertTrue(u.getRegistrations().counts.get(trackA) == null && u.getRegistrations().waitingByKey.get(trackA) == null,
        "track a's counter and queue are gone");
    // then t1 leaves: kim needs only the event's place it frees
    assertEquals(List.of("CANCELLED t1", "PROMOTED kim"), changes(u.getRegistrations().cancel("t1")));
  }

  @Test
  void theEventsCapacityRemoved_keepsTheCounters_andPromotesInLineOrderWhomTheOtherCountersAdmit() {
    Registrations r = waitingForTrackA(trackAForOne().capacity(Capacity.inPerson(1)));
    Event unlimited = limitedTrackA(Capacity.inPerson(2)).build();
    assertTrue(NewVersion.keepsCounters(r, unlimited));
    // track a's second place: zed, the earliest in line; ada and kim need it too
    assertEquals(List.of("PROMOTED zed"), changes(same(r, unlimited)));
  }

  @Test
  void aCapacityRemoved_withANewLimitElsewhere_reportsWhoIsOverTheNewOne_andPromotesWhomBothAdmit() {
    Registrations r = registerAll(Registrations.empty(limitedTrackA(Capacity.inPerson(1)).build()), in(person("t1", "FR"), "a"),
        in(person("bob", "BE"), "b"), in(person("cat", "LU"), "b"), in(person("zed", "FR"), "a", "b"),
        in(person("ada", "BE"), "a"));
    assertEquals(List.of("zed", "ada"), ids(r.getWaiting()));
    // track a no longer limited; track b now has one in-person place, which bob and cat hold
    Event next = event().tracks(List.of(track("a", session("a1", 9, 10)),
        new Track.Builder().from(track("b", session("b1", 11, 12))).capacity(Capacity.inPerson(1)).build())).build();
    assertTrue(NewVersion.keepsCounters(r, next));
    // zed needs track b's place, which is full: ada, later in line, is promoted
    assertEquals(List.of("OVER_LIMIT cat", "PROMOTED ada"), changes(same(r, next)));
  }

  /**
   * A hybrid event whose track a has one place of each attendance: kim (track b), t1 (track a),
   * zoe and amy (track b) registered in person, in that order; zed waits for
   * track a in person; on1 holds its online place and on2 waits for it.
   */
  private static Registrations inPersonAndOnline(Event.Builder event) {
    RegistrationRequest on1 = RegistrationRequest.forTracks(person("on1", "FR"), Attendance.ONLINE, SmallEvents.NOW, "a");
    RegistrationRequest on2 = RegistrationRequest.forTracks(person("on2", "BE"), Attendance.ONLINE, SmallEvents.NOW, "a");
    return registerAll(Registrations.empty(event.build()), in(person("kim", "LU"), "b"), in(person("t1", "FR"), "a"),
        in(person("zoe", "BE"), "b"), in(person("amy", "FR"), "b"), in(person("zed", "FR"), "a"), on1, on2);
  }

  private static Event.Builder hybridTrackAForOneEach() {
    return limitedTrackA(new Capacity.Builder().inPerson(1).online(1).build()).attendanceMode(AttendanceMode.HYBRID);
  }

  private static List<String> queued(Registrations r, CounterKey k) {
    List<String> ids = new ArrayList<>();
    r.waitingByKey.get(k).forEach(e -> ids.add(e.request.getParticipant().getId()));
    return ids;
  }

  @Test
  void theEventGivenAnInPersonCapacityBelowItsHolders_keepsTheCounters_reportsTheLatestAccepted_andQueuesTheWaiting() {
    Registrations r = inPersonAndOnline(hybridTrackAForOneEach());
    assertEquals(List.of("zed", "on2"), ids(r.getWaiting()));
    Event limited = hybridTrackAForOneEach().capacity(Capacity.inPerson(2)).build();
    assertTrue(NewVersion.keepsCounters(r, limited));
    Update u = same(r, limited);
    // four in person for two places: the two latest accepted, in that order (not by id)
    assertEquals(List.of("OVER_LIMIT zoe", "OVER_LIMIT amy"), changes(u));
    Registrations after = u.getRegistrations();
    CounterKey event = new CounterKey(CounterKey.Kind.EVENT_CAPACITY, Attendance.IN_PERSON.ordinal(), "", List.of());
    assertEquals(4, after.counts.get(event).n, "every in-person registration counts, online ones do not");
    assertEquals(List.of("zed"), queued(after, event), "the in-person request waiting needs the event's place now");
    assertTrue(after.counts.get(new CounterKey(CounterKey.Kind.EVENT_CAPACITY, Attendance.ONLINE.ordinal(), "", List.of()))
        == null, "no online counter");
    // t1 leaves: track a has room, the event none, so zed waits; on1 leaves: on2 has the online place
    Registrations placedAgain = r.withEvent(limited, false).getRegistrations();
    assertEquals(List.of("CANCELLED t1"), changes(after.cancel("t1")));
    assertEquals(changes(placedAgain.cancel("t1")), changes(after.cancel("t1")));
    assertEquals(List.of("CANCELLED on1", "PROMOTED on2"), changes(after.cancel("on1")));
    // then amy and zoe leave too: zed has the event's second place, once the places over it are freed
    Registrations fewer = after.cancel("t1").getRegistrations().cancel("amy").getRegistrations();
    assertEquals(List.of("CANCELLED zoe", "PROMOTED zed"), changes(fewer.cancel("zoe")));
  }

  @Test
  void theEventGivenAnInPersonCapacity_withATrackCapacityRemoved_promotesOnlyWhomTheEventHasRoomFor() {
    Registrations r = inPersonAndOnline(hybridTrackAForOneEach());
    Event.Builder unlimitedA = event().attendanceMode(AttendanceMode.HYBRID);
    // track a no longer limited: zed needs only the event's place, of which there are five, four held
    assertEquals(List.of("PROMOTED zed", "PROMOTED on2"), changes(same(r, unlimitedA.capacity(Capacity.inPerson(5)).build())));
    // of four, none: zed waits, in the event's queue; on2 has the online place track a no longer limits
    Event four = event().attendanceMode(AttendanceMode.HYBRID).capacity(Capacity.inPerson(4)).build();
    assertTrue(NewVersion.keepsCounters(r, four), "a capacity removed and one added: both kept");
    Update full = same(r, four);
    assertEquals(List.of("PROMOTED on2"), changes(full));
    CounterKey event = new CounterKey(CounterKey.Kind.EVENT_CAPACITY, Attendance.IN_PERSON.ordinal(), "", List.of());
    assertEquals(List.of("zed"), queued(full.getRegistrations(), event));
  }

  @Test
  void aCapacityRemovedFromATrackUnderAQuota_keepsTheQuotasCounterAndQueue() {
    Quota onePerDelegation = new Quota.Builder().id("q").scope(QuotaScope.track("a"))
        .partition(Partition.by(PartitionKey.DELEGATION)).limit(1).build();
    Event.Builder before = limitedTrackA(Capacity.inPerson(2)).addQuotas(onePerDelegation);
    // kim and bob fill track a; zed waits for the French quota, ada and cat for track a's places
    Registrations r = registerAll(Registrations.empty(before.build()), in(person("kim", "FR"), "a"),
        in(person("bob", "BE"), "a"), in(person("zed", "FR"), "a"), in(person("ada", "LU"), "a"),
        in(person("cat", "LU"), "a"));
    assertEquals(List.of("zed", "ada", "cat"), ids(r.getWaiting()));
    Event unlimitedA = event().addQuotas(onePerDelegation).build();
    assertTrue(NewVersion.keepsCounters(r, unlimitedA));
    Update u = same(r, unlimitedA);
    // the quota's counters stay: ada takes Luxembourg's place, cat and zed wait for their quota
    assertEquals(List.of("PROMOTED ada"), changes(u));
    assertEquals(List.of("zed", "cat"), ids(u.getRegistrations().getWaiting()));
    assertEquals(List.of("CANCELLED kim", "PROMOTED zed"), changes(u.getRegistrations().cancel("kim")));
  }

  @Test
  void aHeldSessionsOnlineCapacityRemoved_keepsItsInPersonCounter_andPromotesTheOnlineRequestsWaiting() {
    Session a1 = new Session.Builder().from(session("a1", 9, 10)).capacity(new Capacity.Builder().inPerson(1).online(1).build())
        .build();
    Event before = event().attendanceMode(AttendanceMode.HYBRID).tracks(List.of(track("a", a1), track("b", session("b1", 11, 12))))
        .build();
    RegistrationRequest zed = RegistrationRequest.forTracks(person("zed", "FR"), Attendance.ONLINE, SmallEvents.NOW, "a");
    RegistrationRequest ada = RegistrationRequest.forTracks(person("ada", "BE"), Attendance.ONLINE, SmallEvents.NOW, "a");
    Registrations r = registerAll(Registrations.empty(before), zed, ada, in(person("kim", "LU"), "a"), in(person("bob", "LU"), "a"));
    assertEquals(List.of("ada", "bob"), ids(r.getWaiting()));
    Event inPersonOnly = event().attendanceMode(AttendanceMode.HYBRID).tracks(List.of(track("a", a1.withCapacity(Capacity.inPerson(1))), track("b", session("b1", 11, 12))))
        .build();
    assertTrue(NewVersion.keepsCounters(r, inPersonOnly));
    // ada waited for the online place; bob still waits for the in-person one
    assertEquals(List.of("PROMOTED ada"), changes(same(r, inPersonOnly)));
  }

  @Test
  void aRequestThatNeedsNoCounterOnceACapacityGoes_isPromotedWhenAMoveEndsTheOverlapThatRefusedIt() {
    Session a1 = new Session.Builder().from(session("a1", 9, 10)).capacity(Capacity.inPerson(1)).build();
    java.util.function.BiFunction<Session, Session, Event.Builder> version = (first, second) -> event()
        .doubleBookingAllowed(true).tracks(List.of(track("a", first), track("b", second)));
    Registrations r = registerAll(Registrations.empty(version.apply(a1, session("b1", 9, 10)).build()),
        in(person("t1", "FR"), "a"),
        RegistrationRequest.forSessions(person("w1", "BE"), Attendance.IN_PERSON, SmallEvents.NOW, "a1", "b1"));
    assertEquals(List.of("w1"), ids(r.getWaiting()));
    Event forbidden = version.apply(a1, session("b1", 9, 10)).doubleBookingAllowed(false).build();
    r = same(r, forbidden).getRegistrations();
    // a1 no longer limited: w1 needs no counter, and double booking still refuses it
    Event unlimited = version.apply(session("a1", 9, 10), session("b1", 9, 10)).doubleBookingAllowed(false).build();
    assertTrue(NewVersion.keepsCounters(r, unlimited));
    Update u = same(r, unlimited);
    assertEquals(List.of(), changes(u));
    // b1 moved to 11-12: the overlap ends, and w1, in no queue, is found and promoted
    Event moved = version.apply(session("a1", 9, 10), session("b1", 11, 12)).doubleBookingAllowed(false).build();
    assertTrue(NewVersion.keepsCounters(u.getRegistrations(), moved));
    assertEquals(List.of("PROMOTED w1"), changes(same(u.getRegistrations(), moved)));
  }

  private static List<String> ids(List<Registration> places) {
    List<String> ids = new ArrayList<>();
    places.forEach(p -> ids.add(p.getParticipant().getId()));
    return ids;
  }

  @Test
  void aTrackAddedToAWholeEventRequest_keepsTheCounters_evenWithACapacityOrUnderAQuota() {
    Track c = track("c", session("c1", 13, 14));
    Event withC = event().tracks(List.of(track("a", session("a1", 9, 10)), track("b", session("b1", 11, 12)), c)).build();
    Registrations whole = registerAll(Registrations.empty(event().build()), in("w1", "FR"));
    assertTrue(NewVersion.keepsCounters(whole, withC));
    assertTrue(NewVersion.keepsCounters(whole, new Event.Builder().from(withC).tracks(List.of(withC.getTracks().get(0),
        withC.getTracks().get(1), new Track.Builder().from(c).capacity(Capacity.inPerson(2)).build())).build()),
        "a new counter, of track c's capacity");
    Registrations eachTrack = registerAll(Registrations.empty(event().addQuotas(quota(QuotaScope.eachTrack())).build()),
        in("w1", "FR"));
    assertTrue(NewVersion.keepsCounters(eachTrack, new Event.Builder().from(withC).addQuotas(quota(QuotaScope.eachTrack()))
        .build()), "the quota of every track counts track c: a new counter");
    Registrations trackA = registerAll(Registrations.empty(event().addQuotas(quota(QuotaScope.track("a"))).build()),
        in("w1", "FR"));
    assertTrue(NewVersion.keepsCounters(trackA, new Event.Builder().from(withC).addQuotas(quota(QuotaScope.track("a")))
        .build()), "the quota names track a only");
  }

  @Test
  void aTrackDroppedFromAWholeEventRequest_keepsTheCounters_andPromotesTheRequestsItsCapacityHeldBack() {
    Track limitedB = new Track.Builder().from(track("b", session("b1", 11, 12))).capacity(Capacity.inPerson(1)).build();
    Event withB = event().tracks(List.of(track("a", session("a1", 9, 10)), limitedB)).build();
    Registrations whole = registerAll(Registrations.empty(withB), in("w1", "FR"), in("w2", "FR"), in("w3", "BE"));
    assertEquals(2, whole.getWaitingCount());
    Event onlyA = event().tracks(List.of(track("a", session("a1", 9, 10)))).build();
    assertTrue(NewVersion.keepsCounters(whole, onlyA));
    Update u = same(whole, onlyA);
    assertEquals(List.of("PROMOTED w2", "PROMOTED w3"), changes(u), "track b's capacity goes with it");
    assertEquals(0, u.getRegistrations().counts.size());
    assertEquals(0, u.getRegistrations().waitingByKey.size());
  }

  @Test
  void aSessionDroppedThatARequestNamesAlone_whileItsTrackStaysAndCounts_keepsTheCounters_andFreesItsPlaceInTheTrack() {
    Track limitedB = new Track.Builder().from(track("b", session("b1", 11, 12), session("b2", 13, 14)))
        .capacity(Capacity.inPerson(1)).build();
    // s1 names b1 alone and holds track b's one place; w1 waits for it
    Registrations r = registerAll(Registrations.empty(event()
            .tracks(List.of(track("a", session("a1", 9, 10)), limitedB)).build()),
        RegistrationRequest.forSessions(person("s1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, "b1"),
        in(person("w1", "BE"), "b"));
    assertEquals(Registration.State.WAITING, r.find("w1").orElseThrow().getState());
    Event withoutB1 = event().tracks(List.of(track("a", session("a1", 9, 10)),
        new Track.Builder().from(limitedB).sessions(List.of(session("b2", 13, 14))).build())).build();
    assertTrue(NewVersion.keepsCounters(r, withoutB1), "s1 leaves track b's counter, which stays");
    // s1 stays registered, reported, and no longer holds track b's place: w1 gets it
    assertEquals(List.of("SELECTION_REMOVED s1", "PROMOTED w1"), changes(same(r, withoutB1)));
  }

  @Test
  void aDroppedTrack_takesItsQuotaCountersWithIt_andAWaitingRequestNamingItIsNotPromotedWhileTheVersionLacksIt() {
    Registrations r = registerAll(Registrations.empty(event().addQuotas(new Quota.Builder().from(quota(QuotaScope.eachTrack()))
        .limit(1).build()).build()), in(person("b1", "FR"), "b"), in(person("a1", "FR"), "a"), in(person("b2", "BE"), "b"));
    assertEquals(Registration.State.WAITING, r.find("b2").orElseThrow().getState());
    Event onlyA = new Event.Builder().from(r.getEvent()).tracks(List.of(track("a", session("a1", 9, 10)))).build();
    assertTrue(NewVersion.keepsCounters(r, onlyA));
    Update u = same(r, onlyA);
    assertEquals(List.of("SELECTION_REMOVED b1", "SELECTION_REMOVED b2"), changes(u));
    Registrations after = u.getRegistrations();
    after.counts.forEach((k, c) -> assertEquals("a", k.target(), k.toString()));
    after.waitingByKey.forEach((k, q) -> assertEquals("a", k.target(), k.toString()));
    assertEquals(1, after.waitingKeyless.size(), "b2 now needs no counter");
    Update cancelled = after.cancel("b1");
    assertEquals(List.of("CANCELLED b1"), changes(cancelled));
    assertEquals(List.of(), changes(same(cancelled.getRegistrations(), withTitle(onlyA, "Again"))),
        "b2 names track b, which is gone: not promoted while the version lacks it, and not reported again");
  }

  @Test
  void registrationsNamingADroppedTrack_areReportedInTheOrderTheyWereAccepted_amongThoseOverALoweredLimit() {
    Event three = event().capacity(Capacity.inPerson(3)).build();
    Registrations r = registerAll(Registrations.empty(three), in(person("zed", "FR"), "a"), in(person("ada", "FR"), "a"),
        in(person("kim", "FR"), "b"));
    Event lowered = new Event.Builder().from(three).capacity(Capacity.inPerson(1))
        .tracks(List.of(track("a", session("a1", 9, 10)))).build();
    assertTrue(NewVersion.keepsCounters(r, lowered));
    assertEquals(List.of("OVER_LIMIT ada", "SELECTION_REMOVED kim", "OVER_LIMIT kim"), changes(same(r, lowered)));
  }

  @Test
  void aHeldSessionMovedInTime_orGivenACapacity_orMovedToAnotherTrack_keepsTheCounters() {
    Registrations r = registerAll(Registrations.empty(event().build()), in(person("t1", "FR"), "a"));
    Session a1 = session("a1", 9, 10);
    assertTrue(NewVersion.keepsCounters(r, event().tracks(List.of(track("a", a1.withStart(a1.getStart().minusHours(1))),
        track("b", session("b1", 11, 12)))).build()), "starts earlier: the same counters");
    assertTrue(NewVersion.keepsCounters(r, event().tracks(List.of(track("a", a1.withEnd(a1.getStart().plusHours(2))),
        track("b", session("b1", 11, 12)))).build()), "ends later: the same counters");
    assertTrue(NewVersion.keepsCounters(r, event().tracks(List.of(track("a", a1.withCapacity(Capacity.inPerson(4))),
        track("b", session("b1", 11, 12)))).build()), "counts its own places: a new counter");
    Registrations b1 = registerAll(Registrations.empty(event().build()),
        RegistrationRequest.forSessions(person("s1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, "b1"));
    assertTrue(NewVersion.keepsCounters(b1, limitedTrackA(Capacity.inPerson(4)).tracks(List.of(
        new Track.Builder().from(track("a", session("a1", 9, 10), session("b1", 11, 12))).capacity(Capacity.inPerson(4)).build(),
        track("b", session("b2", 13, 14)))).build()), "b1 now of track a, whose counter others hold: joined");
    assertTrue(NewVersion.keepsCounters(r, event().tracks(List.of(track("a", a1.withTitle("Renamed")),
        track("b", session("b1", 11, 12)))).build()));
  }

  /** A track of one in-person place. */
  private static Track forOne(String id, Session... sessions) {
    return new Track.Builder().from(track(id, sessions)).capacity(Capacity.inPerson(1)).build();
  }

  private static RegistrationRequest naming(String participant, String delegation, String... sessions) {
    return RegistrationRequest.forSessions(person(participant, delegation), Attendance.IN_PERSON, SmallEvents.NOW, sessions);
  }

  private static final CounterKey TRACK_A = new CounterKey(CounterKey.Kind.TRACK_CAPACITY, Attendance.IN_PERSON.ordinal(), "a", List.of());
  private static final CounterKey TRACK_B = new CounterKey(CounterKey.Kind.TRACK_CAPACITY, Attendance.IN_PERSON.ordinal(), "b", List.of());

  @Test
  void aSessionMovedToAnotherTrack_keepsTheCounters_reportsWhoIsOverTheTrackItJoins_andPromotesIntoThePlaceItLeaves() {
    // t1 holds track a's place, s1 (naming b1 alone) track b's; w1 waits for track b
    Registrations r = registerAll(Registrations.empty(event().tracks(List.of(forOne("a", session("a1", 9, 10)),
            forOne("b", session("b1", 11, 12), session("b2", 13, 14)))).build()),
        in(person("t1", "FR"), "a"), naming("s1", "BE", "b1"), in(person("w1", "LU"), "b"));
    assertEquals(List.of("w1"), ids(r.getWaiting()));
    Event moved = event().tracks(List.of(forOne("a", session("a1", 9, 10), session("b1", 11, 12)),
        forOne("b", session("b2", 13, 14)))).build();
    assertTrue(NewVersion.keepsCounters(r, moved), "s1 leaves track b's counter and joins track a's");
    Update u = same(r, moved);
    // s1, accepted after t1, is past track a's one place; its place in track b goes to w1
    assertEquals(List.of("OVER_LIMIT s1", "PROMOTED w1"), changes(u));
    assertEquals(List.of("t1", "s1"), holders(u.getRegistrations(), TRACK_A));
    assertEquals(List.of("w1"), holders(u.getRegistrations(), TRACK_B));
  }

  @Test
  void aSessionMovedToAnotherTrack_movesTheWaitingRequestsNamingIt_toTheOtherTracksQueue_inLineOrder() {
    // t1 and u1 fill tracks a and b; s2 (naming b1 alone) waits for b, then w2 for a
    Registrations r = registerAll(Registrations.empty(event().tracks(List.of(forOne("a", session("a1", 9, 10)),
            forOne("b", session("b1", 11, 12), session("b2", 13, 14)))).build()),
        in(person("t1", "FR"), "a"), in(person("u1", "BE"), "b"), naming("s2", "LU", "b1"), in(person("w2", "FR"), "a"));
    Event moved = event().tracks(List.of(forOne("a", session("a1", 9, 10), session("b1", 11, 12)),
        forOne("b", session("b2", 13, 14)))).build();
    assertTrue(NewVersion.keepsCounters(r, moved));
    Update u = same(r, moved);
    assertEquals(List.of(), changes(u), "track a is full: s2 waits for it now");
    Registrations after = u.getRegistrations();
    assertEquals(List.of("s2", "w2"), queued(after, TRACK_A), "s2 came first");
    assertNull(after.waitingByKey.get(TRACK_B), "nobody waits for track b now");
    assertEquals(List.of("CANCELLED u1"), changes(after.cancel("u1")));
    assertEquals(List.of("CANCELLED t1", "PROMOTED s2"), changes(after.cancel("t1")));
  }

  @Test
  void aSessionMovedOutOfItsTrack_toThePlenary_freesThePlacesOfThoseNamingIt_andOneMovedIntoATrack_joinsIt() {
    Registrations r = registerAll(Registrations.empty(event().tracks(List.of(forOne("a", session("a1", 9, 10)),
            forOne("b", session("b1", 11, 12), session("b2", 13, 14)))).plenarySessions(List.of(session("p1", 15, 16))).build()),
        in(person("t1", "FR"), "a"), naming("s1", "BE", "b1"), in(person("w1", "LU"), "b"), naming("q1", "FR", "p1"));
    Event toPlenary = event().tracks(List.of(forOne("a", session("a1", 9, 10)), forOne("b", session("b2", 13, 14))))
        .plenarySessions(List.of(session("p1", 15, 16), session("b1", 11, 12))).build();
    assertTrue(NewVersion.keepsCounters(r, toPlenary), "s1 leaves track b's counter, and now needs none");
    assertEquals(List.of("PROMOTED w1"), changes(same(r, toPlenary)));
    Event intoA = event().tracks(List.of(forOne("a", session("a1", 9, 10), session("p1", 15, 16)),
        forOne("b", session("b1", 11, 12), session("b2", 13, 14)))).build();
    assertTrue(NewVersion.keepsCounters(r, intoA), "q1, which needed no counter, joins track a's");
    Update u = same(r, intoA);
    assertEquals(List.of("OVER_LIMIT q1"), changes(u), "t1 was accepted first");
    assertEquals(List.of("t1", "q1"), holders(u.getRegistrations(), TRACK_A));
  }

  private static List<String> holders(Registrations r, CounterKey k) {
    List<String> ids = new ArrayList<>();
    r.counts.get(k).holders.forEach(e -> ids.add(e.request.getParticipant().getId()));
    return ids;
  }

  @Test
  void aHeldSessionMovedInTime_keepsTheCounters_reportsWhomANewOverlapRefuses_andAdmitsWhomALostOneHeldBack() {
    Event one = event().capacity(Capacity.inPerson(1)).build();
    RegistrationRequest s1 = RegistrationRequest.forSessions(person("s1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, "a1", "b1");
    RegistrationRequest s2 = RegistrationRequest.forSessions(person("s2", "BE"), Attendance.IN_PERSON, SmallEvents.NOW, "a1", "b1");
    Registrations r = registerAll(Registrations.empty(one), s1, s2);
    assertEquals(Registration.State.WAITING, r.find("s2").orElseThrow().getState());
    Event overlapping = new Event.Builder().from(one).tracks(List.of(track("a", session("a1", 9, 10)),
        track("b", session("b1", 9, 11)))).build();
    assertTrue(NewVersion.keepsCounters(r, overlapping), "b1 moved: the same counters, a new overlap");
    Update moved = same(r, overlapping);
    assertEquals(List.of("NO_LONGER_ADMITTED s1", "NO_LONGER_ADMITTED s2"), changes(moved),
        "s1 stays registered, s2 waiting");
    assertSame(r.counts, moved.getRegistrations().counts, "no counter read again");
    Registrations cancelled = moved.getRegistrations().cancel("s1").getRegistrations();
    assertEquals(Registration.State.WAITING, cancelled.find("s2").orElseThrow().getState(), "double booking refuses s2");
    Event later = new Event.Builder().from(one).tracks(List.of(track("a", session("a1", 9, 10)),
        track("b", session("b1", 12, 13)))).build();
    assertTrue(NewVersion.keepsCounters(cancelled, later), "b1 moved again, after a1");
    assertEquals(List.of("PROMOTED s2"), changes(same(cancelled, later)), "the overlap is gone and there is room");
  }

  @Test
  void aSessionAddedToAHeldTrack_keepsTheCounters_evenWhereASessionQuotaNamesIt() {
    Event twoInA = event().tracks(List.of(track("a", session("a1", 9, 10), session("a2", 11, 12)),
        track("b", session("b1", 11, 12)))).build();
    for (QuotaScope other : List.of(QuotaScope.session("a1"), QuotaScope.eachTrack())) {
      Registrations r = registerAll(Registrations.empty(event().addQuotas(quota(other)).build()),
          in(person("t1", "FR"), "a"));
      assertTrue(NewVersion.keepsCounters(r, new Event.Builder().from(twoInA).addQuotas(quota(other)).build()),
          "a quota of " + other + " does not count a2");
    }
    Registrations r = registerAll(Registrations.empty(event().addQuotas(quota(QuotaScope.eachSession())).build()),
        in(person("t1", "FR"), "a"));
    Event counted = new Event.Builder().from(twoInA).addQuotas(quota(QuotaScope.eachSession())).build();
    assertTrue(NewVersion.keepsCounters(r, counted), "the quota of every session counts a2: a new counter");
    assertEquals(1, same(r, counted).getRegistrations().counts.get(new CounterKey(CounterKey.Kind.QUOTA, 0, "a2", List.of())).n);
  }

  @Test
  void aHeldTrackGivenACapacity_countsItsHoldersInTheOrderTheyWereAccepted_reportsThosePastIt_andQueuesItsWaitingRequests() {
    Event three = event().capacity(Capacity.inPerson(3)).build();
    Registrations r = registerAll(Registrations.empty(three), in(person("zed", "FR"), "a"), in(person("ada", "FR"), "b"),
        in(person("kim", "FR"), "a"), in(person("uma", "FR"), "a"), in(person("bob", "FR"), "a"));
    Event limitedA = new Event.Builder().from(three).tracks(List.of(
        new Track.Builder().from(track("a", session("a1", 9, 10))).capacity(Capacity.inPerson(1)).build(),
        track("b", session("b1", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, limitedA));
    Update u = same(r, limitedA);
    assertEquals(List.of("OVER_LIMIT kim"), changes(u), "zed is its first holder, kim its second");
    Registrations after = u.getRegistrations();
    CounterKey a = new CounterKey(CounterKey.Kind.TRACK_CAPACITY, Attendance.IN_PERSON.ordinal(), "a", List.of());
    List<String> holders = new ArrayList<>();
    after.counts.get(a).holders.forEach(e -> holders.add(e.id()));
    assertEquals(List.of("zed", "kim"), holders);
    List<String> waiting = new ArrayList<>();
    after.waitingByKey.get(a).forEach(e -> waiting.add(e.id()));
    assertEquals(List.of("uma", "bob"), waiting);
    // ada leaves: the event has room, track a none; then kim and zed leave: uma, the first of its queue
    Registrations placedAgain = r.withEvent(limitedA, false).getRegistrations();
    List<String> last = List.of();
    for (String id : List.of("ada", "kim", "zed")) {
      Update expected = placedAgain.cancel(id);
      Update actual = after.cancel(id);
      assertEquals(changes(expected), changes(actual), "cancel " + id);
      placedAgain = expected.getRegistrations();
      after = actual.getRegistrations();
      last = changes(actual);
    }
    assertEquals(List.of("CANCELLED zed", "PROMOTED uma"), last);
  }

  @Test
  void aWaitingRequestThatNeededNoCounter_isQueuedByTheNewCounterItsTrackGets_andPromotedWhenAMoveEndsItsOverlap() {
    Event one = event().capacity(Capacity.inPerson(1)).build();
    Registrations r = registerAll(Registrations.empty(one),
        RegistrationRequest.forSessions(person("s1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, "a1", "b1"),
        RegistrationRequest.forSessions(person("s2", "BE"), Attendance.IN_PERSON, SmallEvents.NOW, "a1", "b1"));
    Event overlapping = new Event.Builder().from(one).tracks(List.of(track("a", session("a1", 9, 10)),
        track("b", session("b1", 9, 11)))).build();
    Registrations cancelled = same(r, overlapping).getRegistrations().cancel("s1").getRegistrations();
    Registrations free = same(cancelled, RulesGenerators.unlimited(overlapping)).getRegistrations();
    assertEquals(1, free.waitingKeyless.size(), "s2 waits for double booking alone: it needs no counter");
    Event limitedB = new Event.Builder().from(free.getEvent()).tracks(List.of(track("a", session("a1", 9, 10)),
        new Track.Builder().from(track("b", session("b1", 9, 11))).capacity(Capacity.inPerson(1)).build())).build();
    assertTrue(NewVersion.keepsCounters(free, limitedB), "track b's capacity is a new counter");
    Update limited = same(free, limitedB);
    assertEquals(List.of(), changes(limited), "a new counter alone admits no one");
    Registrations queued = limited.getRegistrations();
    assertEquals(0, queued.waitingKeyless.size(), "s2 now needs track b's counter");
    List<String> waiting = new ArrayList<>();
    queued.waitingByKey.get(new CounterKey(CounterKey.Kind.TRACK_CAPACITY, Attendance.IN_PERSON.ordinal(), "b", List.of()))
        .forEach(e -> waiting.add(e.id()));
    assertEquals(List.of("s2"), waiting);
    Event apart = new Event.Builder().from(limitedB).tracks(List.of(track("a", session("a1", 9, 10)),
        new Track.Builder().from(track("b", session("b1", 12, 13))).capacity(Capacity.inPerson(1)).build())).build();
    assertTrue(NewVersion.keepsCounters(queued, apart), "b1 moved after a1");
    assertEquals(List.of("PROMOTED s2"), changes(same(queued, apart)), "no overlap, and room in track b");
  }

  @Test
  void aHeldSessionWithACapacityDropped_takesItsCounterWithIt_andPromotesTheWaitingRequestItHeldBack() {
    Session limited = session("a2", 11, 12).withCapacity(Capacity.inPerson(1));
    Registrations r = registerAll(Registrations.empty(event().tracks(List.of(track("a", session("a1", 9, 10), limited),
        track("b", session("b1", 11, 12)))).build()), in(person("t1", "FR"), "a"), in(person("t2", "BE"), "a"));
    assertEquals(Registration.State.WAITING, r.find("t2").orElseThrow().getState());
    assertTrue(NewVersion.keepsCounters(r, event().build()), "a2 is dropped from the event: its counter goes");
    Update u = same(r, event().build());
    assertEquals(List.of("PROMOTED t2"), changes(u));
    assertEquals(0, u.getRegistrations().counts.size());
  }

  @Test
  void aVersionWithoutASessionARequestNames_keepsTheCounters_andReportsTheRequest() {
    Event twoInA = event().tracks(List.of(track("a", session("a1", 9, 10), session("a2", 11, 12)),
        track("b", session("b1", 11, 12)))).build();
    Registrations r = registerAll(Registrations.empty(twoInA),
        RegistrationRequest.forSessions(person("s1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, "a2"));
    assertTrue(NewVersion.keepsCounters(r, event().build()), "a2 counted nobody");
    Update u = same(r, event().build());
    assertEquals(List.of("SELECTION_REMOVED s1"), changes(u));
    assertSame(r.entries, u.getRegistrations().entries);
  }

  @Test
  void aRequestNamingWhatAnEarlierVersionDropped_keepsTheCounters_andSoDoesTheVersionThatBringsItBack() {
    Registrations r = registerAll(Registrations.empty(event().build()), in(person("t1", "FR"), "b"));
    Event onlyA = event().tracks(List.of(track("a", session("a1", 9, 10)))).build();
    Update dropped = same(r, onlyA);
    assertEquals(List.of("SELECTION_REMOVED t1"), changes(dropped));
    Registrations d = dropped.getRegistrations();
    assertEquals(List.of("b"), d.index.select(d.find("t1").orElseThrow().getRequest(), true).missing);
    assertTrue(NewVersion.keepsCounters(d, withTitle(onlyA, "Retitled")));
    assertEquals(List.of(), changes(same(d, withTitle(onlyA, "Retitled"))));
    assertTrue(NewVersion.keepsCounters(d, event().build()), "track b is back: t1 touches it again, which counts nobody");
    assertEquals(List.of(), changes(same(d, event().build())));
  }

  // A track or session an earlier version dropped, brought back: the requests that name it touch
  // that track or hold that session again, so they join its counters (new ones, or a track's that
  // others hold), those past a limit are reported, and the waiting ones that lack no id now are
  // evaluated where they have room, in line order. No one is placed again.

  /** A request of the seed event, by a participant of a delegation (academic: no travel slot), for its tracks or the whole event. */
  private static RegistrationRequest seedRequest(String id, String delegation, Attendance attendance, String... tracks) {
    Participant p = new Participant.Builder().id(id).name(id).delegation(delegation).sector(Sector.ACADEMIC).build();
    return tracks.length == 0 ? RegistrationRequest.forEvent(p, attendance, SmallEvents.NOW)
        : RegistrationRequest.forTracks(p, attendance, SmallEvents.NOW, tracks);
  }

  @Test
  void theSeedsReadinessTrackDroppedThenBroughtBack_keepsTheCounters_reportsWhoIsPastTheQuotaAgain_andPromotesWhomItNowAdmits() {
    String readiness = org.convene.SeedEvent.READINESS;
    // at most 3 per Member State in each track: three Belgians hold Belgium's readiness places and
    // a fourth waits; three French hold France's and a fourth waits
    Registrations r = registerAll(Registrations.empty(seedOpened()),
        seedRequest("be-1", "BE", Attendance.IN_PERSON, readiness), seedRequest("be-2", "BE", Attendance.IN_PERSON, readiness),
        seedRequest("be-3", "BE", Attendance.IN_PERSON, readiness), seedRequest("be-4", "BE", Attendance.IN_PERSON, readiness),
        seedRequest("fr-1", "FR", Attendance.IN_PERSON, readiness), seedRequest("fr-2", "FR", Attendance.IN_PERSON, readiness),
        seedRequest("fr-3", "FR", Attendance.IN_PERSON, readiness), seedRequest("fr-4", "FR", Attendance.IN_PERSON, readiness));
    assertEquals(List.of("be-4", "fr-4"), ids(r.getWaiting()));
    Event seed = r.getEvent();
    Event withoutReadiness = seed.withTracks(List.of(seed.getTracks().get(0)));
    assertTrue(NewVersion.keepsCounters(r, withoutReadiness));
    Update dropped = same(r, withoutReadiness);
    assertEquals(List.of("SELECTION_REMOVED be-1", "SELECTION_REMOVED be-2", "SELECTION_REMOVED be-3",
        "SELECTION_REMOVED fr-1", "SELECTION_REMOVED fr-2", "SELECTION_REMOVED fr-3",
        "SELECTION_REMOVED be-4", "SELECTION_REMOVED fr-4"), changes(dropped));
    // while the track is gone: a place of each Member State freed, which no one waiting for the
    // track takes; two Belgians register online for the whole event, which is the training track
    Registrations d = dropped.getRegistrations();
    Update cancelled = d.cancel("fr-1");
    assertEquals(List.of("CANCELLED fr-1"), changes(cancelled), "fr-4 names the readiness track, which is gone");
    d = registerAll(cancelled.getRegistrations().cancel("be-1").getRegistrations(),
        seedRequest("be-5", "BE", Attendance.ONLINE), seedRequest("be-6", "BE", Attendance.ONLINE));
    assertEquals(List.of("be-4", "fr-4"), ids(d.getWaiting()));
    // the track back, retitled: be-2, be-3 and the whole-event be-5 and be-6 hold Belgium's
    // readiness counter, in the order they were accepted, be-6 past its 3; fr-2 and fr-3 leave
    // France's a place, which fr-4 takes; be-4 waits on
    Event back = seed.withTracks(List.of(seed.getTracks().get(0), seed.getTracks().get(1).withTitle("Readiness, again")));
    assertTrue(NewVersion.keepsCounters(d, back), "the readiness track's counters are new: the walk builds them");
    Update u = same(d, back);
    assertEquals(List.of("OVER_LIMIT be-6", "PROMOTED fr-4"), changes(u));
    assertEquals(List.of("be-4"), ids(u.getRegistrations().getWaiting()));
    // then the same later decisions as placing everyone again: be-2 leaves, Belgium still holds 3
    Update later = u.getRegistrations().cancel("be-2");
    assertEquals(List.of("CANCELLED be-2"), changes(later));
    assertEquals(d.withEvent(back, false).getRegistrations().cancel("be-2"), later);
  }

  /** Track b of two in-person places, with sessions b1 and b2. */
  private static Track bForTwo(Session... sessions) {
    return new Track.Builder().from(track("b", sessions)).capacity(Capacity.inPerson(2)).build();
  }

  @Test
  void aSessionBroughtBack_joinsTheCounterOfItsTrackThatOthersHold_inTheOrderTheyWereAccepted_andItsQueueInLineOrder() {
    Event both = event().tracks(List.of(track("a", session("a1", 9, 10)), bForTwo(session("b1", 11, 12), session("b2", 13, 14))))
        .build();
    // s1 (b1 alone) and t1 hold track b's two places; w1 (track b) then w2 (b1 alone) wait for it
    Registrations r = registerAll(Registrations.empty(both), naming("s1", "FR", "b1"), in(person("t1", "BE"), "b"),
        in(person("w1", "LU"), "b"), naming("w2", "FR", "b1"));
    assertEquals(List.of("w1", "w2"), ids(r.getWaiting()));
    Event withoutB1 = event().tracks(List.of(track("a", session("a1", 9, 10)), bForTwo(session("b2", 13, 14)))).build();
    // s1 and w2 no longer touch track b: s1's place goes to w1
    Update dropped = same(r, withoutB1);
    assertEquals(List.of("SELECTION_REMOVED s1", "SELECTION_REMOVED w2", "PROMOTED w1"), changes(dropped));
    Registrations d = dropped.getRegistrations();
    assertTrue(NewVersion.keepsCounters(d, both), "s1 and w2 touch track b again, whose counter others hold: joined");
    Update u = same(d, both);
    // track b holds s1, t1 and w1, in the order they were accepted: w1 is past its two places
    assertEquals(List.of("OVER_LIMIT w1"), changes(u));
    Registrations back = u.getRegistrations();
    assertEquals(List.of("s1", "t1", "w1"), holders(back, TRACK_B));
    assertEquals(List.of("w2"), queued(back, TRACK_B));
    assertEquals(0, back.waitingKeyless.size(), "w2 needs track b's counter again");
    // t1 leaves: s1 and w1 fill track b; w1 leaves too: w2 takes the place
    Update first = back.cancel("t1");
    assertEquals(List.of("CANCELLED t1"), changes(first));
    assertEquals(List.of("CANCELLED w1", "PROMOTED w2"), changes(first.getRegistrations().cancel("w1")));
  }

  @Test
  void aTrackBroughtBack_promotesTheWaitingRequestNamingIt_thatAPlaceFreedWhileItWasGoneNowAdmits() {
    Event one = event().capacity(Capacity.inPerson(1)).build();
    Registrations r = registerAll(Registrations.empty(one), in(person("t1", "FR"), "a"), in(person("w1", "BE"), "b"),
        in(person("w2", "LU"), "a"));
    Event onlyA = new Event.Builder().from(one).tracks(List.of(track("a", session("a1", 9, 10)))).build();
    Update dropped = same(r, onlyA);
    assertEquals(List.of("SELECTION_REMOVED w1"), changes(dropped));
    // t1 leaves: the event's place goes to w2, w1 named track b, which is gone
    Update cancelled = dropped.getRegistrations().cancel("t1");
    assertEquals(List.of("CANCELLED t1", "PROMOTED w2"), changes(cancelled));
    Registrations d = cancelled.getRegistrations().cancel("w2").getRegistrations();
    assertEquals(List.of("w1"), ids(d.getWaiting()), "the event has room; w1 lacks track b");
    assertTrue(NewVersion.keepsCounters(d, one));
    assertEquals(List.of("PROMOTED w1"), changes(same(d, new Event.Builder().from(one).title("Event, b again").build())));
  }

  @Test
  void aTrackBroughtBack_promotesAWaitingRequestNamingItThatNeedsNoCounter_foundByTheWalkOverTheWaitingList() {
    Event one = event().capacity(Capacity.inPerson(1)).build();
    Registrations r = registerAll(Registrations.empty(one), in(person("t1", "FR"), "a"), in(person("w1", "BE"), "b"));
    Event onlyA = new Event.Builder().from(one).tracks(List.of(track("a", session("a1", 9, 10)))).build();
    Update dropped = same(r, onlyA);
    assertEquals(List.of("SELECTION_REMOVED w1"), changes(dropped));
    // the event's capacity removed: w1 needs no counter, and waits on while the version lacks track b
    Registrations unlimited = same(dropped.getRegistrations(), onlyA.withCapacity(Capacity.unlimited())).getRegistrations();
    assertEquals(List.of("w1"), ids(unlimited.getWaiting()));
    assertEquals(1, unlimited.waitingKeyless.size());
    Event back = event().build();
    assertTrue(NewVersion.keepsCounters(unlimited, back));
    assertEquals(List.of("PROMOTED w1"), changes(same(unlimited, back)));
  }

  // After a restart: a snapshot restored from its state or from the places a host stores keeps
  // the counters on its first version as the snapshot it was taken from would, unless its places
  // are not settled (a host's own places may not be).

  @Test
  void aSnapshotRestoredFromItsState_keepsTheCountersOnItsFirstVersion() {
    Registrations r = travellers(withTravel().build());
    Registrations restored = Registrations.restore(r.getState(), List.of());
    Update u = restored.withEvent(withTravel().title("Event, new title").build());
    assertEquals(List.of(), changes(u));
    assertSame(restored.entries, u.getRegistrations().entries);
    assertSame(restored.counts, u.getRegistrations().counts);
    assertSame(restored.waitingByKey, u.getRegistrations().waitingByKey);
    Update raised = restored.withEvent(withTravel().capacity(Capacity.inPerson(4)).build());
    assertEquals(List.of("PROMOTED w1"), changes(raised));
    assertEquals(r.withEvent(withTravel().capacity(Capacity.inPerson(4)).build()).getRegistrations(), raised.getRegistrations());
  }

  @Test
  void aSnapshotRestoredFromTheHostsPlaces_keepsTheCountersOnItsFirstVersion() {
    Registrations r = travellers(withTravel().build());
    List<Registration> places = new ArrayList<>(r.getRegistered());
    places.addAll(r.getWaiting());
    Registrations restored = Registrations.restore(r.getEvent(), List.of(), places);
    Update u = restored.withEvent(withTravel().title("Event, new title").build());
    assertEquals(List.of(), changes(u));
    assertSame(restored.entries, u.getRegistrations().entries);
    assertSame(restored.counts, u.getRegistrations().counts);
  }

  @Test
  void placesAHostStoredWithAWaitingRequestThatHasRoom_arePlacedAgainByTheFirstVersion_whichPromotesIt() {
    Registrations r = travellers(withTravel().build());
    // e2 is lost: w1 now has room in the three in-person places
    List<Registration> places = List.of(r.find("e1").orElseThrow(), r.find("m1").orElseThrow(), r.find("w1").orElseThrow());
    Registrations restored = Registrations.restore(r.getEvent(), List.of(), places);
    assertFalse(restored.settled);
    Update u = restored.withEvent(withTravel().title("Event, new title").build());
    assertEquals(List.of("PROMOTED w1"), changes(u));
  }

  @Test
  void aTravelSlotAHostStoredForSomeoneOfAnotherCategory_isWithdrawnByTheFirstVersion() {
    Event e = withTravel().build();
    Registration e1 = travellers(e).find("e1").orElseThrow();
    Registrations restored = Registrations.restore(e, List.of(),
        List.of(new Registration.Builder().from(e1).travelSlot("member").build()));
    assertFalse(restored.settled, "e1 is a Belgian expert");
    Update u = restored.withEvent(withTravel().title("Event, new title").build());
    assertEquals(List.of("TRAVEL_WITHDRAWN e1", "TRAVEL_GRANTED e1"), changes(u));
    assertEquals(Optional.of("expert"), slotOf(u.getRegistrations(), "e1"));
  }

  // What the rules read of a version is EventIndex.Inputs: anything else may change.

  @Test
  void whatNoRuleReads_keepsTheCounters() {
    Registrations r = travellers(withTravel().build());
    Event e = r.getEvent();
    Event edited = e.withDocuments(List.of()).withOrganiser(org.convene.Organiser.of("Another organiser"))
        .withUrl(java.net.URI.create("https://example.org/moved")).withZone(java.time.ZoneId.of("Europe/Lisbon"))
        .withSummary("Now with a summary").withDelegations(List.of("BE", "FR"))
        .withFee(e.getFee().withDescription("Still free, said otherwise"))
        .withTravelPolicy(e.getTravelPolicy().orElseThrow().withFunder("Another funder")
            .withCoveredCosts(List.of(org.convene.CostType.TRAVEL)).withDescription("Described otherwise"));
    Update u = r.withEvent(edited);
    assertEquals(List.of(), changes(u));
    assertSame(r.entries, u.getRegistrations().entries);

    Registrations quoted = registerAll(Registrations.empty(event().addQuotas(quota(QuotaScope.eachTrack())).build()),
        in("w1", "FR"));
    Event described = quoted.getEvent().withQuotas(quoted.getEvent().getQuotas().get(0).withDescription("Said otherwise"));
    assertTrue(NewVersion.keepsCounters(quoted, described), "a quota's description");
    assertSame(quoted.entries, quoted.withEvent(described).getRegistrations().entries);
  }

  private static final ParticipantFilter PUBLIC = ParticipantFilter.sector(Sector.PUBLIC);

  private static org.convene.Fee fee(Price... prices) {
    return new org.convene.Fee.Builder().addPrices(prices).build();
  }

  private static Price price(String category, int amount, ParticipantFilter appliesTo) {
    return Price.of(category, java.math.BigDecimal.valueOf(amount), java.util.Currency.getInstance("EUR"))
        .withAppliesTo(appliesTo);
  }

  /** pub (public sector) is registered in the one place; pri (private sector) waits. */
  private static Registrations oneRegisteredOneWaiting(Event.Builder event) {
    Participant pub = new Participant.Builder().from(person("pub", "BE")).sector(Sector.PUBLIC).build();
    Participant pri = new Participant.Builder().from(person("pri", "FR")).sector(Sector.PRIVATE).build();
    return registerAll(Registrations.empty(event.capacity(Capacity.inPerson(1)).build()),
        RegistrationRequest.forEvent(pub, Attendance.IN_PERSON, SmallEvents.NOW),
        RegistrationRequest.forEvent(pri, Attendance.IN_PERSON, SmallEvents.NOW));
  }

  /** Whether a version keeps the counters and refuses, with the rules that only refuse, everyone the snapshot's refused. */
  private static boolean refusesNoFewer(Registrations r, Event next) {
    return NewVersion.keepsCounters(r, next)
        && NewVersion.refusesNoFewer(r.index.inputs, new EventIndex(next, List.of()).inputs);
  }

  @Test
  void aFeeWhereThereWasNone_otherPrices_orAPriceCategoryNarrowed_refuseNoFewer_andKeepTheCounters() {
    Registrations free = oneRegisteredOneWaiting(event());
    Event priced = free.getEvent().withFee(fee(price("public", 100, PUBLIC), price("other", 250, ParticipantFilter.any())));
    Update u = free.withEvent(priced);
    assertEquals(List.of(), changes(u));
    assertSame(free.entries, u.getRegistrations().entries);
    Registrations r = u.getRegistrations();
    assertTrue(refusesNoFewer(r, priced.withFee(fee(price("public", 80, PUBLIC),
        price("standard", 300, ParticipantFilter.any())))), "other amounts and category names");
    assertTrue(refusesNoFewer(r, priced.withFee(fee(price("public", 100, PUBLIC)))), "a category dropped");
    assertTrue(refusesNoFewer(r, priced.withFee(fee(price("public", 100, PUBLIC),
        price("other", 250, new ParticipantFilter.Builder().addDelegations("BE").build())))), "a category narrowed");
    assertTrue(refusesNoFewer(r, priced.withFee(org.convene.Fee.free())),
        "no fee after a price for anyone: the fee admitted everyone already");
    Registrations publicOnly = r.withEvent(priced.withFee(fee(price("public", 100, PUBLIC)))).getRegistrations();
    assertFalse(refusesNoFewer(publicOnly, priced.withFee(org.convene.Fee.free())),
        "no fee after a public-sector price: the fee refuses no one, where it refused the others");
    assertTrue(NewVersion.keepsCounters(r, priced.withFee(org.convene.Fee.free())), "the fee counts nothing");
  }

  @Test
  void aWaitingRequestTheFeeRefuses_isNotPromoted_untilAVersionAdmitsIt() {
    Registrations free = oneRegisteredOneWaiting(event());
    Update publicOnly = free.withEvent(free.getEvent().withFee(fee(price("public", 100, PUBLIC))));
    assertSame(free.entries, publicOnly.getRegistrations().entries, "a fee where there was none refuses no fewer");
    Update cancelled = publicOnly.getRegistrations().cancel("pub");
    assertEquals(List.of("CANCELLED pub"), changes(cancelled), "pri, of the private sector, is refused by the fee");
    Registrations r = cancelled.getRegistrations();
    Event everyone = r.getEvent().withFee(fee(price("public", 100, PUBLIC), price("other", 250, ParticipantFilter.any())));
    assertTrue(NewVersion.keepsCounters(r, everyone));
    assertEquals(List.of("PROMOTED pri"), changes(r.withEvent(everyone)));
    assertEquals(r.withEvent(everyone, false).getRegistrations(), r.withEvent(everyone).getRegistrations());
  }

  @Test
  void aTargetGroupNarrowed_refusesNoFewer_andOneWidened_readsTheWaitingRequestsWithRoom_promotingWhomItAdmits() {
    ParticipantFilter beAndFr = new ParticipantFilter.Builder().addDelegations("BE", "FR").build();
    TargetGroup group = new TargetGroup.Builder().id("members").description("BE and FR").filter(beAndFr).build();
    Event wide = withTravel().addTargetGroups(group).build();
    Registrations r = travellers(wide);
    Event beOnly = wide.withTargetGroups(group.withFilter(beAndFr.withDelegations("BE")));
    assertTrue(refusesNoFewer(r, beOnly));
    Update narrowed = r.withEvent(beOnly);
    assertSame(r.entries, narrowed.getRegistrations().entries);
    Registrations cancelled = narrowed.getRegistrations().cancel("m1").getRegistrations();
    assertEquals(Registration.State.WAITING, cancelled.find("w1").orElseThrow().getState(), "w1, of FR, is not in the group");
    assertFalse(refusesNoFewer(cancelled, wide));
    assertTrue(NewVersion.keepsCounters(cancelled, wide));
    Update widened = cancelled.withEvent(wide);
    assertEquals(List.of("PROMOTED w1"), changes(widened));
    assertEquals(Optional.of("member"), slotOf(widened.getRegistrations(), "w1"));
    assertEquals(cancelled.withEvent(wide, false).getRegistrations(), widened.getRegistrations());
    assertSame(cancelled.travelQueues, widened.getRegistrations().travelQueues, "e2 still waits for the expert slot");
    assertNotSame(cancelled.travelQueues, cancelled.withEvent(wide, false).getRegistrations().travelQueues);
    assertFalse(refusesNoFewer(cancelled, wide.withTargetGroups(List.of())), "no target group admits everyone");
    assertTrue(refusesNoFewer(Registrations.empty(event().build()), event().addTargetGroups(group).build()),
        "a target group where there was none");
  }

  @Test
  void aTargetGroupWidened_whileTheCounterIsFull_keepsEveryPlaceAsItIs() {
    ParticipantFilter be = new ParticipantFilter.Builder().addDelegations("BE").build();
    TargetGroup group = new TargetGroup.Builder().id("members").description("BE").filter(be).build();
    Registrations r = oneRegisteredOneWaiting(event().addTargetGroups(group.withFilter(be.withDelegations("BE", "FR"))));
    Registrations narrowed = r.withEvent(r.getEvent().withTargetGroups(group)).getRegistrations();
    Update widened = narrowed.withEvent(r.getEvent());
    assertEquals(List.of(), changes(widened), "pri waits for the one place pub holds");
    assertSame(narrowed.entries, widened.getRegistrations().entries);
    assertSame(narrowed.waitingByKey, widened.getRegistrations().waitingByKey);
  }

  /**
   * Two registered in the two in-person places and twenty waiting, all of BE, under a target
   * group of BE and a per-delegation quota of 5 that counts {@code quotaAttendance} (empty: any).
   */
  private static Registrations quotaWithRoomCapacityFull(Optional<Attendance> quotaAttendance) {
    ParticipantFilter be = new ParticipantFilter.Builder().addDelegations("BE").build();
    Quota perDelegation = new Quota.Builder().id("q").scope(QuotaScope.event())
        .partition(Partition.by(PartitionKey.DELEGATION)).attendance(quotaAttendance).limit(5).build();
    Registrations r = Registrations.empty(event().capacity(Capacity.inPerson(2)).addQuotas(perDelegation)
        .addTargetGroups(new TargetGroup.Builder().id("be").description("BE").filter(be).build()).build());
    for (int i = 0; i < 22; i++) {
      r = r.register(in("p" + i, "BE")).getRegistrations();
    }
    assertEquals(2, r.getRegisteredCount());
    assertEquals(20, r.getWaitingCount());
    return r;
  }

  /** {@link NewVersion#reconsider} on a version: the changes, and how many waiting requests it read. */
  private static int reconsidered(Registrations r, Event next, List<Change> changes) {
    EventIndex index = new EventIndex(next, List.of());
    assertTrue(NewVersion.keepsCounters(r, index));
    assertFalse(NewVersion.refusesNoFewer(r.index.inputs, index.inputs), "the target group dropped");
    return NewVersion.reconsider(new Draft(r, next, index), changes, java.util.Set.of());
  }

  @Test
  void aWiderRule_skipsTheQueueOfAQuotaWithRoom_whenTheCapacityEveryRequestInItNeedsIsFull() {
    Registrations r = quotaWithRoomCapacityFull(Optional.of(Attendance.IN_PERSON));
    Event everyone = r.getEvent().withTargetGroups(List.of());
    List<Change> changes = new ArrayList<>();
    assertEquals(0, reconsidered(r, everyone, changes), "every request in the quota's queue is in person: none has room");
    assertEquals(List.of(), changes);
    assertEquals(r.withEvent(everyone, false).getChanges(), r.withEvent(everyone).getChanges());
    // with a third place, both queues are read (the same twenty requests), and the earliest promoted
    Event roomier = everyone.withCapacity(Capacity.inPerson(3));
    changes.clear();
    assertEquals(40, reconsidered(r, roomier, changes));
    assertEquals(List.of("PROMOTED p2"), changes.stream().map(c -> c.getKind() + " " + c.getParticipantId())
        .collect(java.util.stream.Collectors.toList()));
    assertEquals(r.withEvent(roomier, false).getChanges(), r.withEvent(roomier).getChanges());
  }

  @Test
  void aWiderRule_readsTheQueueOfAQuotaWithRoom_thatAlsoCountsAnAttendanceWithoutAFullCounter() {
    // online requests would count in the quota and in no full counter: the queue is read
    Registrations r = quotaWithRoomCapacityFull(Optional.empty());
    Event everyone = r.getEvent().withTargetGroups(List.of());
    List<Change> changes = new ArrayList<>();
    assertEquals(20, reconsidered(r, everyone, changes));
    assertEquals(List.of(), changes);
  }

  @Test
  void aWaitingRequestARuleRefusesThatNeedsNoCounter_isPromotedWhenAVersionAdmitsIt() {
    ParticipantFilter be = new ParticipantFilter.Builder().addDelegations("BE").build();
    TargetGroup group = new TargetGroup.Builder().id("members").description("BE").filter(be).build();
    Registrations r = oneRegisteredOneWaiting(event().addTargetGroups(group.withFilter(be.withDelegations("BE", "FR"))));
    Registrations narrowed = r.withEvent(r.getEvent().withTargetGroups(group)).getRegistrations();
    Event unlimited = narrowed.getEvent().withCapacity(Capacity.unlimited());
    Update lifted = narrowed.withEvent(unlimited);
    assertEquals(List.of(), changes(lifted), "pri, of FR, is refused by the target group");
    Registrations keyless = lifted.getRegistrations();
    assertEquals(1, keyless.waitingKeyless.size(), "pri needs no counter");
    Event widened = unlimited.withTargetGroups(group.withFilter(be.withDelegations("BE", "FR")));
    assertTrue(NewVersion.keepsCounters(keyless, widened));
    assertEquals(List.of("PROMOTED pri"), changes(keyless.withEvent(widened)));
    assertEquals(keyless.withEvent(widened, false).getRegistrations(), keyless.withEvent(widened).getRegistrations());
  }

  @Test
  void anAttendanceModeOrDoubleBookingChanged_keepsTheCounters_refusingNoFewerOnlyWhenNarrowed() {
    Event hybrid = event().attendanceMode(AttendanceMode.HYBRID).doubleBookingAllowed(true).build();
    Registrations r = registerAll(Registrations.empty(hybrid), in("w1", "FR"));
    assertTrue(refusesNoFewer(r, hybrid.withAttendanceMode(AttendanceMode.IN_PERSON)));
    assertTrue(refusesNoFewer(r, hybrid.withDoubleBookingAllowed(false)));
    Registrations inPerson = registerAll(Registrations.empty(hybrid.withAttendanceMode(AttendanceMode.IN_PERSON)
        .withDoubleBookingAllowed(false)), in("w1", "FR"));
    assertFalse(refusesNoFewer(inPerson, hybrid.withDoubleBookingAllowed(false)), "online now offered");
    assertFalse(refusesNoFewer(inPerson, hybrid.withAttendanceMode(AttendanceMode.IN_PERSON)),
        "double booking now allowed");
    assertTrue(NewVersion.keepsCounters(inPerson, hybrid));
  }

  @Test
  void aFilterIsWithinAnother_whenEachOfItsConditionsIsAsNarrow() {
    ParticipantFilter be = new ParticipantFilter.Builder().addDelegations("BE").build();
    ParticipantFilter beFr = new ParticipantFilter.Builder().addDelegations("be", "FR").build();
    assertTrue(NewVersion.within(be, beFr), "in canonical form");
    assertFalse(NewVersion.within(beFr, be));
    assertTrue(NewVersion.within(be.withSectors(Sector.PUBLIC), be));
    assertFalse(NewVersion.within(ParticipantFilter.any(), be));
    assertTrue(NewVersion.within(be, ParticipantFilter.any()));
    assertTrue(NewVersion.within(be.withRoles("clerk"), be.withRoles("clerk", "developer")));
    assertFalse(NewVersion.within(be.withRoles("clerk", "developer"), be.withRoles("clerk")));
    assertTrue(NewVersion.within(be.withOrganisations("European  commission"), be.withOrganisations("European Commission")));
  }

  /** The seed event opened for registration, with its waiting list. */
  private static Event seedOpened() {
    return new Event.Builder().from(org.convene.SeedEvent.event())
        .registration(org.convene.RegistrationWindow.alwaysOpen()).waitingListEnabled(true).build();
  }

  /** Belgians of Fedict and BOSA (by their ids' prefix) registered in turn for the seed's readiness track. */
  private static Registrations inReadiness(String... ids) {
    Registrations r = Registrations.empty(seedOpened());
    for (String id : ids) {
      r = r.register(belgian(id, id.startsWith("bosa") ? "BOSA" : "Fedict", org.convene.SeedEvent.READINESS)).getRegistrations();
    }
    return r;
  }

  /** A Belgian (academic: no travel slot) of an organisation, in person in one of the seed's tracks. */
  private static RegistrationRequest belgian(String id, String organisation, String track) {
    Participant p = new Participant.Builder().id(id).name(id).delegation("BE").sector(Sector.ACADEMIC)
        .organisation(organisation).build();
    return RegistrationRequest.forTracks(p, Attendance.IN_PERSON, SmallEvents.NOW, track);
  }

  /** The seed event with its quota ("at most 3 per Member State in each track") changed. */
  private static Event withQuota(Event event, java.util.function.UnaryOperator<Quota> change) {
    return event.withQuotas(List.of(change.apply(event.getQuotas().get(0))));
  }

  @Test
  void theSeedsQuotaMadePerOrganisation_keepsTheCounters_reportsWhoIsPastTheNewLimit_andPromotesWhomItAdmits() {
    // at most 3 per Member State in each track: three of Fedict take Belgium's places in the
    // readiness track; one of BOSA, one more of Fedict and one more of BOSA wait, in that order
    Registrations r = inReadiness("fedict-1", "fedict-2", "fedict-3", "bosa-1", "fedict-4", "bosa-2");
    assertEquals(3, r.getRegisteredCount());
    // at most 2 per organisation in each track
    Event perOrganisation = withQuota(r.getEvent(),
        q -> q.withPartition(Partition.by(PartitionKey.ORGANISATION)).withLimit(2));
    assertTrue(NewVersion.keepsCounters(r, perOrganisation), "a repartitioned quota keeps the other counters");
    Update u = r.withEvent(perOrganisation);
    assertEquals(List.of("OVER_LIMIT fedict-3", "PROMOTED bosa-1", "PROMOTED bosa-2"), changes(u));
    assertEquals(Registration.State.WAITING, u.getRegistrations().find("fedict-4").orElseThrow().getState());
    assertEquals(r.withEvent(perOrganisation, false), u, "what placing everyone again gives");
    // fedict-1 leaves: Fedict still holds 2 (fedict-3 over the limit stays), so fedict-4 waits on
    Update cancelled = u.getRegistrations().cancel("fedict-1");
    assertEquals(List.of("CANCELLED fedict-1"), changes(cancelled));
    assertEquals(r.withEvent(perOrganisation, false).getRegistrations().cancel("fedict-1"), cancelled);
  }

  @Test
  void theSeedsQuotaMadePerOrganisation_losesTheOldCounterOfTheSameTrack_soItsWaitingRequestsMayBeAdmitted_fromTheNewQueues() {
    Registrations r = inReadiness("fedict-1", "fedict-2", "fedict-3", "bosa-1");
    Event perOrganisation = withQuota(r.getEvent(), q -> q.withPartition(Partition.by(PartitionKey.ORGANISATION)));
    NewVersion.Plan plan = NewVersion.plan(r, new EventIndex(perOrganisation, List.of(), r.index.partitionMemo));
    NewVersion.Effect f = plan.effects.get(new Draft.Named(r.find("bosa-1").orElseThrow().getRequest()));
    // the old and the new quota both count the readiness track: the same target, another counter
    assertTrue(f.mayAdmit, "the old quota's counter of the readiness track is lost");
    assertTrue(f.requeued[Attendance.IN_PERSON.ordinal()], "its waiting requests are settled from the new counters' queues");
    assertEquals(List.of("PROMOTED bosa-1"), changes(same(r, perOrganisation)));
  }

  @Test
  void theSeedsQuotaMadeOneOfTheWholeEvent_reportsTheLatestAcceptedPastIt_andQueuesTheWaitingOnTheNewCounter() {
    // three Belgians in each track (the quota full in both), a fourth waits for the readiness track
    Registrations r = registerAll(Registrations.empty(seedOpened()),
        belgian("t1", "Fedict", org.convene.SeedEvent.TRAINING),
        belgian("r1", "Fedict", org.convene.SeedEvent.READINESS),
        belgian("t2", "Fedict", org.convene.SeedEvent.TRAINING),
        belgian("r2", "Fedict", org.convene.SeedEvent.READINESS),
        belgian("t3", "Fedict", org.convene.SeedEvent.TRAINING),
        belgian("r3", "Fedict", org.convene.SeedEvent.READINESS),
        belgian("r4", "Fedict", org.convene.SeedEvent.READINESS));
    // at most 3 per Member State in the whole event
    Event wholeEvent = withQuota(r.getEvent(), q -> q.withScope(QuotaScope.event()));
    assertTrue(NewVersion.keepsCounters(r, wholeEvent), "a quota of another scope keeps the other counters");
    Update u = r.withEvent(wholeEvent);
    // the latest accepted three of Belgium's six, in the order they were accepted
    assertEquals(List.of("OVER_LIMIT r2", "OVER_LIMIT t3", "OVER_LIMIT r3"), changes(u));
    assertEquals(r.withEvent(wholeEvent, false), u, "what placing everyone again gives");
    // two leave: Belgium then holds 4 of 3 in the event, and r4 still waits
    Update cancelled = u.getRegistrations().cancel("t1").getRegistrations().cancel("r1");
    assertEquals(List.of("CANCELLED r1"), changes(cancelled));
    assertEquals(Registration.State.WAITING, cancelled.getRegistrations().find("r4").orElseThrow().getState());
  }

  /** A quota of a fresh id: at most {@code limit} per Member State over the whole event. */
  private static Quota perMemberState(String id, int limit) {
    return new Quota.Builder().id(id).scope(QuotaScope.event()).partition(Partition.by(PartitionKey.DELEGATION))
        .limit(limit).build();
  }

  /** The version's plan, which is there: it keeps the counters. */
  private static NewVersion.Plan plan(Registrations r, Event next) {
    NewVersion.Plan plan = NewVersion.plan(r, new EventIndex(next, List.of(), r.index.partitionMemo));
    assertTrue(plan != null, "the version keeps the counters");
    return plan;
  }

  @Test
  void theSeedGainingAQuotaOfTwoPerMemberState_keepsTheCounters_andReportsTheLatestAcceptedPastIt() {
    // three Belgians take the readiness track's places for Belgium, a fourth waits; two more
    // Belgians and one from France are in the training track
    Registrations r = registerAll(Registrations.empty(seedOpened()),
        belgian("t1", "Fedict", org.convene.SeedEvent.TRAINING),
        belgian("r1", "Fedict", org.convene.SeedEvent.READINESS),
        RegistrationRequest.forTracks(person("f1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, org.convene.SeedEvent.TRAINING),
        belgian("t2", "Fedict", org.convene.SeedEvent.TRAINING),
        belgian("r2", "Fedict", org.convene.SeedEvent.READINESS),
        belgian("r3", "Fedict", org.convene.SeedEvent.READINESS),
        belgian("r4", "Fedict", org.convene.SeedEvent.READINESS));
    assertEquals(Registration.State.WAITING, r.find("r4").orElseThrow().getState());
    // the organiser adds "at most 2 per Member State" over the whole event, after the seed's quota
    List<Quota> quotas = new ArrayList<>(r.getEvent().getQuotas());
    quotas.add(perMemberState("two-per-member-state", 2));
    Event added = r.getEvent().withQuotas(quotas);
    NewVersion.Plan plan = plan(r, added);
    assertEquals(java.util.Set.of(1), plan.addedQuotas);
    assertEquals(java.util.Set.of(), plan.removedQuotas);
    Update u = same(r, added);
    // Belgium's five holders in the order they were accepted, past 2: t2, r2, r3; France's one is not
    assertEquals(List.of("OVER_LIMIT t2", "OVER_LIMIT r2", "OVER_LIMIT r3"), changes(u));
    // r1 leaves: the readiness track has room for Belgium, the new quota none (4 of 2), so r4 waits on
    Update cancelled = u.getRegistrations().cancel("r1");
    assertEquals(List.of("CANCELLED r1"), changes(cancelled));
    assertEquals(r.withEvent(added, false).getRegistrations().cancel("r1"), cancelled);
  }

  @Test
  void theSeedLosingItsQuota_keepsTheCounters_andPromotesTheWaitingRequestsThatCountedInIt_inLineOrder() {
    Registrations r = inReadiness("fedict-1", "fedict-2", "fedict-3", "bosa-1", "fedict-4");
    assertEquals(2, r.getWaiting().size());
    Event removed = r.getEvent().withQuotas(List.of());
    NewVersion.Plan plan = plan(r, removed);
    assertEquals(java.util.Set.of(0), plan.removedQuotas);
    // the quota was the only counter they needed: they now need none
    assertTrue(plan.walk, "the waiting requests that now need no counter are found by the walk");
    Update u = same(r, removed);
    assertEquals(List.of("PROMOTED bosa-1", "PROMOTED fedict-4"), changes(u));
    assertEquals(0, u.getRegistrations().counts.size(), "the quota's counters go");
  }

  @Test
  void theSeedsQuotaReplacedByAnotherOfTwoPerOrganisationInEachTrack_atItsPosition_keepsTheCounters_reportsAndPromotes() {
    // fedict-1..3 take Belgium's places in the readiness track; bosa-1 then fedict-4 wait
    Registrations r = inReadiness("fedict-1", "fedict-2", "fedict-3", "bosa-1", "fedict-4");
    // at most 2 per organisation in each track: the same targets, so keys equal to the old quota's
    Event replaced = r.getEvent().withQuotas(List.of(perMemberState("two-per-organisation", 2)
        .withPartition(Partition.by(PartitionKey.ORGANISATION)).withScope(QuotaScope.eachTrack())));
    NewVersion.Plan plan = plan(r, replaced);
    assertEquals(java.util.Set.of(0), plan.addedQuotas);
    assertEquals(java.util.Set.of(0), plan.removedQuotas);
    Update u = same(r, replaced);
    assertEquals(List.of("OVER_LIMIT fedict-3", "PROMOTED bosa-1"), changes(u));
    assertEquals(Registration.State.WAITING, u.getRegistrations().find("fedict-4").orElseThrow().getState());
  }

  @Test
  void quotasReordered_orOneRemovedBeforeAnother_placeEveryoneAgain_forTheirCountersKeysHoldTheQuotasPositions() {
    Event seed = seedOpened();
    List<Quota> two = new ArrayList<>(seed.getQuotas());
    two.add(perMemberState("two-per-member-state", 2));
    Registrations r = inReadiness("fedict-1", "fedict-2", "fedict-3", "bosa-1").withEvent(seed.withQuotas(two)).getRegistrations();
    assertFalse(NewVersion.keepsCounters(r, seed.withQuotas(List.of(two.get(1), two.get(0)))), "reordered");
    assertFalse(NewVersion.keepsCounters(r, seed.withQuotas(List.of(two.get(1)))), "the first removed");
    assertTrue(NewVersion.keepsCounters(r, seed.withQuotas(List.of(two.get(0)))), "the last removed");
  }

  @Test
  void quotasWithARepeatedId_areMatchedByPosition_soANewTitleKeepsTheCounters_andAnotherIdPlacesEveryoneAgain() {
    // an event not validated may repeat a quota id: matched by id, the first of two "dup" was
    // taken as added and never as removed, and the version threw in the merge of its counters
    Event seed = seedOpened();
    Quota q = seed.getQuotas().get(0);
    Registrations r = inReadiness("fedict-1", "fedict-2", "fedict-3", "bosa-1", "fedict-4")
        .withEvent(seed.withQuotas(List.of(q.withId("dup"), perMemberState("dup", 2)))).getRegistrations();
    Event retitled = withTitle(r.getEvent(), "Go-Live Accelerator, second edition");
    assertTrue(NewVersion.keepsCounters(r, retitled), "the same ids at the same positions");
    // fedict-3 is past the second quota's 2 for Belgium: reported again, as placing everyone again does
    assertEquals(List.of("OVER_LIMIT fedict-3"), changes(same(r, retitled)));
    Event renamed = r.getEvent().withQuotas(List.of(q.withId("fresh"), perMemberState("dup", 2)));
    assertFalse(NewVersion.keepsCounters(r, renamed), "an id of a repeated pair changed");
    Update u = same(r, renamed);
    assertEquals(r.withEvent(renamed, false).getChanges(), u.getChanges());
  }

  private static Event withTitle(Event event, String title) {
    return new Event.Builder().from(event).title(title).build();
  }
}
