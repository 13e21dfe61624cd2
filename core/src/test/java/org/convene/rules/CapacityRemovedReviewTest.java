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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.Session;
import org.convene.TargetGroup;
import org.convene.Track;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/**
 * Review of the keep path for a removed capacity (issue #10): each version below removes a held
 * capacity, alone or with another edit, and the keep path must give what placing everyone again
 * gives: changes, snapshot, counters and queues, and every later cancellation.
 */
class CapacityRemovedReviewTest {

  /** The update a version gives, after checking that placing everyone again gives the same, now and later. */
  static Update same(Registrations r, Event next) {
    Update u = r.withEvent(next);
    Update placedAgain = r.withEvent(next, false);
    assertEquals(changes(placedAgain), changes(u));
    assertEquals(placedAgain.getRegistrations(), u.getRegistrations());
    assertEquals(queues(placedAgain.getRegistrations()), queues(u.getRegistrations()), "counters and queues");
    // then everyone leaves, registered first, in line: the same places are handed on
    Registrations a = placedAgain.getRegistrations();
    Registrations b = u.getRegistrations();
    List<String> leaving = new ArrayList<>();
    b.getRegistered().forEach(p -> leaving.add(p.getParticipant().getId()));
    b.getWaiting().forEach(p -> leaving.add(p.getParticipant().getId()));
    for (String id : leaving) {
      Update x = a.cancel(id);
      Update y = b.cancel(id);
      assertEquals(changes(x), changes(y), "cancel " + id);
      a = x.getRegistrations();
      b = y.getRegistrations();
    }
    return u;
  }

  private static String queues(Registrations r) {
    StringBuilder s = new StringBuilder();
    new java.util.TreeMap<String, String>() {
      {
        r.counts.forEach((k, c) -> {
          List<Long> t = new ArrayList<>();
          c.holders.forEach(e -> t.add(e.ticket));
          put("count " + k, t.toString());
        });
        r.waitingByKey.forEach((k, q) -> {
          List<Long> t = new ArrayList<>();
          q.forEach(e -> t.add(e.seq));
          put("queue " + k, t.toString());
        });
        r.travelQueues.forEach((k, q) -> {
          List<Long> t = new ArrayList<>();
          q.forEach(e -> t.add(e.ticket));
          put("travel " + k, t.toString());
        });
        List<Long> kl = new ArrayList<>();
        r.waitingKeyless.forEach(e -> kl.add(e.seq));
        put("keyless", kl.toString());
      }
    }.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
    return s.toString();
  }

  static Track limited(Track t, Capacity c) {
    return new Track.Builder().from(t).capacity(c).build();
  }

  private static Session limited(Session s, Capacity c) {
    return new Session.Builder().from(s).capacity(c).build();
  }

  static List<String> ids(List<Registration> places) {
    List<String> ids = new ArrayList<>();
    places.forEach(p -> ids.add(p.getParticipant().getId()));
    return ids;
  }

  private static final Capacity ONE = Capacity.inPerson(1);

  @Test
  void aRequestQueuedByACounterAnEarlierVersionAdded_isFoundThereWhenTheEventsCapacityGoes() {
    // the event has one in-person place, t1 holds it; w1 (whole event) and w2 (track b) wait
    Registrations r = registerAll(Registrations.empty(event().capacity(ONE).build()), in("t1", "FR"),
        in("w1", "BE"), in(person("w2", "LU"), "b"));
    assertEquals(List.of("w1", "w2"), ids(r.getWaiting()));
    // version 1: track a given two in-person places (a new counter; w1 holds a, so it is queued there too)
    Event v1 = event().capacity(ONE).tracks(List.of(limited(track("a", session("a1", 9, 10)), Capacity.inPerson(2)),
        track("b", session("b1", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, v1));
    r = same(r, v1).getRegistrations();
    // version 2: the event's capacity goes; w1 needs only track a's place (room), w2 nothing (walk)
    Event v2 = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), Capacity.inPerson(2)),
        track("b", session("b1", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, v2));
    assertEquals(List.of("PROMOTED w1", "PROMOTED w2"), changes(same(r, v2)));
  }

  @Test
  void aRequestQueuedByACounterAnEarlierVersionAdded_isFoundThereWithoutTheWalk() {
    // the event has one in-person place, t1 holds it; w1 (whole event) waits; track b limited to 5
    Event.Builder base = event().capacity(ONE).tracks(List.of(track("a", session("a1", 9, 10)),
        limited(track("b", session("b1", 11, 12)), Capacity.inPerson(5))));
    Registrations r = registerAll(Registrations.empty(base.build()), in("t1", "FR"), in("w1", "BE"));
    Event v1 = event().capacity(ONE).tracks(List.of(limited(track("a", session("a1", 9, 10)), Capacity.inPerson(2)),
        limited(track("b", session("b1", 11, 12)), Capacity.inPerson(5)))).build();
    r = same(r, v1).getRegistrations();
    // the event's capacity goes: w1 still needs tracks a and b, with room: no walk
    Event v2 = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), Capacity.inPerson(2)),
        limited(track("b", session("b1", 11, 12)), Capacity.inPerson(5)))).build();
    assertTrue(NewVersion.keepsCounters(r, v2));
    assertFalse(NewVersion.plan(r, new EventIndex(v2, r.index.customRules, r.index.partitionMemo)).walk);
    assertEquals(List.of("PROMOTED w1"), changes(same(r, v2)));
  }

  @Test
  void aWaitingRequestAmendedThenItsBlockingCapacityRemoved_isPromoted() {
    Event before = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE),
        limited(track("b", session("b1", 11, 12)), ONE))).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a"), in(person("t2", "FR"), "b"),
        in(person("w1", "BE"), "a"), in(person("w2", "LU"), "a"));
    // w1 now waits for track b instead, at its place in line
    r = r.amend(in(person("w1", "BE"), "b")).getRegistrations();
    assertEquals(List.of("w1", "w2"), ids(r.getWaiting()));
    Event unlimitedB = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE),
        track("b", session("b1", 11, 12)))).capacity(Capacity.inPerson(10)).build();
    // the event given a capacity for in-person as b's goes: a new counter, built by the walk, the others kept
    assertTrue(NewVersion.keepsCounters(r, unlimitedB), "the event's capacity newly limits in-person");
    same(r, unlimitedB);
    Event onlyA = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE),
        track("b", session("b1", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, onlyA));
    assertEquals(List.of("PROMOTED w1"), changes(same(r, onlyA)));
  }

  @Test
  void aRestoredSnapshot_thenACapacityRemoved_promotesAsPlacingEveryoneAgain() {
    Event before = event().capacity(Capacity.inPerson(3)).tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE),
        track("b", session("b1", 11, 12)))).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a"), in(person("w1", "FR"), "a"),
        in(person("w2", "BE"), "a", "b"), in("w3", "LU"), in("w4", "NL"));
    List<Registration> places = new ArrayList<>(r.getRegistered());
    places.addAll(r.getWaiting());
    Registrations restored = Registrations.restore(before, List.of(), places);
    Event unlimitedA = event().capacity(Capacity.inPerson(3)).build();
    assertEquals(changes(same(r, unlimitedA)), changes(same(restored, unlimitedA)));
  }

  @Test
  void aCapacityRemoved_withAQuotaLowered_andAnotherRaised() {
    Quota perDelegation = new Quota.Builder().id("q").scope(QuotaScope.event())
        .partition(Partition.by(PartitionKey.DELEGATION)).limit(2).build();
    Event before = event().addQuotas(perDelegation).tracks(List.of(limited(track("a", session("a1", 9, 10)), Capacity.inPerson(2)),
        track("b", session("b1", 11, 12)))).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a"), in(person("t2", "FR"), "a"),
        in(person("w1", "FR"), "a"), in(person("w2", "BE"), "a"), in(person("w3", "BE"), "a"), in(person("w4", "BE"), "a"));
    assertEquals(List.of("w1", "w2", "w3", "w4"), ids(r.getWaiting()));
    Event lowered = event().addQuotas(perDelegation.withLimit(1)).build();
    assertTrue(NewVersion.keepsCounters(r, lowered));
    assertEquals(List.of("OVER_LIMIT t2", "PROMOTED w2"), changes(same(r, lowered)));
    Event raised = event().addQuotas(perDelegation.withLimit(3)).build();
    // Belgium's three places: w2, w3 and w4 too, as track a no longer limits
    assertEquals(List.of("PROMOTED w1", "PROMOTED w2", "PROMOTED w3", "PROMOTED w4"), changes(same(r, raised)));
  }

  @Test
  void aCapacityRemoved_whileAMoveMakesTheSelectionOverlap_refusesTheWaitingRequestOnBothPaths() {
    Event before = event().doubleBookingAllowed(false).tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE),
        track("b", session("b1", 11, 12)))).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a", "b"), in(person("w1", "BE"), "a", "b"),
        in(person("w2", "LU"), "a"));
    assertEquals(List.of("w1", "w2"), ids(r.getWaiting()));
    // a1 no longer limited, b1 moved onto a1's hour: w1's selection now overlaps
    Event next = event().doubleBookingAllowed(false).tracks(List.of(track("a", session("a1", 9, 10)),
        track("b", session("b1", 9, 10)))).build();
    same(r, next);
  }

  @Test
  void aCapacityRemoved_withATargetGroupNarrowed_orWidened() {
    ParticipantFilter be = new ParticipantFilter.Builder().addDelegations("BE").build();
    ParticipantFilter beFr = new ParticipantFilter.Builder().addDelegations("BE", "FR").build();
    TargetGroup wide = new TargetGroup.Builder().id("g").description("BE FR").filter(beFr).build();
    TargetGroup narrow = new TargetGroup.Builder().id("g").description("BE").filter(be).build();
    Event.Builder lim = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE), track("b", session("b1", 11, 12))));
    Registrations r = registerAll(Registrations.empty(lim.addTargetGroups(wide).build()), in(person("t1", "BE"), "a"),
        in(person("w1", "FR"), "a"), in(person("w2", "BE"), "a"));
    Event narrowed = event().addTargetGroups(narrow).build();
    assertTrue(NewVersion.keepsCounters(r, narrowed));
    // w1 (FR) is no longer in the target group: reported, not promoted; w2, later in line, is
    assertEquals(List.of("NO_LONGER_ADMITTED w1", "PROMOTED w2"), changes(same(r, narrowed)));
    Registrations n = registerAll(Registrations.empty(event().tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE),
        track("b", session("b1", 11, 12)))).addTargetGroups(narrow).build()), in(person("t1", "BE"), "a"), in(person("w2", "BE"), "a"));
    n = same(n, event().tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE), track("b", session("b1", 11, 12))))
        .addTargetGroups(narrow).build()).getRegistrations();
    Event widened = event().addTargetGroups(wide).build();
    assertEquals(List.of("PROMOTED w2"), changes(same(n, widened)));
  }

  @Test
  void theEventsInPersonCapacityRemoved_whileATracksIsAdded() {
    Event before = event().capacity(ONE).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a"), in(person("w1", "BE"), "a"),
        in(person("w2", "LU"), "b"), in(person("w3", "NL"), "a"));
    Event next = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), Capacity.inPerson(2)),
        track("b", session("b1", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, next));
    assertEquals(List.of("PROMOTED w1", "PROMOTED w2"), changes(same(r, next)));
  }

  @Test
  void theEventsInPersonCapacityRemoved_whileOnlineStaysLimitedAndFull() {
    Capacity both = new Capacity.Builder().inPerson(1).online(1).build();
    Event.Builder hybrid = event().attendanceMode(AttendanceMode.HYBRID);
    RegistrationRequest o1 = RegistrationRequest.forTracks(person("o1", "FR"), Attendance.ONLINE, SmallEvents.NOW, "a");
    RegistrationRequest o2 = RegistrationRequest.forTracks(person("o2", "BE"), Attendance.ONLINE, SmallEvents.NOW, "a");
    Registrations r = registerAll(Registrations.empty(hybrid.capacity(both).build()), o1, in(person("t1", "FR"), "a"), o2,
        in(person("w1", "BE"), "a"), in(person("w2", "LU"), "a"));
    Event next = event().attendanceMode(AttendanceMode.HYBRID).capacity(new Capacity.Builder().online(1).build()).build();
    assertTrue(NewVersion.keepsCounters(r, next));
    assertEquals(List.of("PROMOTED w1", "PROMOTED w2"), changes(same(r, next)));
    // online removed instead: o2 is promoted
    Event inPersonOnly = event().attendanceMode(AttendanceMode.HYBRID).capacity(Capacity.inPerson(1)).build();
    assertTrue(NewVersion.keepsCounters(r, inPersonOnly));
    assertEquals(List.of("PROMOTED o2"), changes(same(r, inPersonOnly)));
    // online removed and in-person limited where it was not: one counter goes, a new one is built
    Registrations online = registerAll(Registrations.empty(event().attendanceMode(AttendanceMode.HYBRID)
        .capacity(new Capacity.Builder().online(1).build()).build()), o1, o2, in(person("t1", "FR"), "a"));
    assertTrue(NewVersion.keepsCounters(online, inPersonOnly), "the event's capacity newly limits in-person");
    same(online, inPersonOnly);
  }

  @Test
  void aSessionsCapacityRemoved_whileItsTracksStays() {
    Session a1 = limited(session("a1", 9, 10), ONE);
    Track a = limited(track("a", a1, session("a2", 10, 11)), Capacity.inPerson(3));
    Event before = event().tracks(List.of(a, track("b", session("b1", 11, 12)))).build();
    Registrations r = registerAll(Registrations.empty(before),
        RegistrationRequest.forSessions(person("t1", "FR"), Attendance.IN_PERSON, SmallEvents.NOW, "a1"),
        RegistrationRequest.forSessions(person("w1", "BE"), Attendance.IN_PERSON, SmallEvents.NOW, "a1"),
        in(person("w2", "LU"), "a"), RegistrationRequest.forSessions(person("t2", "NL"), Attendance.IN_PERSON, SmallEvents.NOW, "a2"),
        RegistrationRequest.forSessions(person("w3", "DE"), Attendance.IN_PERSON, SmallEvents.NOW, "a1", "a2"));
    assertEquals(List.of("w1", "w2", "w3"), ids(r.getWaiting()));
    Event next = event().tracks(List.of(limited(track("a", session("a1", 9, 10), session("a2", 10, 11)), Capacity.inPerson(3)),
        track("b", session("b1", 11, 12)))).build();
    assertTrue(NewVersion.keepsCounters(r, next));
    assertEquals(List.of("PROMOTED w1"), changes(same(r, next)));
  }

  @Test
  void aCapacityRemoved_promotesWithTravelSlots_andWithATravelLimitRaisedOrLowered() {
    TravelSlot members1 = TravelSlot.of("member", ParticipantFilter.any(), 1);
    Event before = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE), track("b", session("b1", 11, 12))))
        .travelPolicy(travel(Partition.none(), members1)).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a"), in(person("t2", "BE"), "b"),
        in(person("w1", "LU"), "a"), in(person("w2", "NL"), "a"));
    Event next = event().travelPolicy(travel(Partition.none(), members1)).build();
    assertTrue(NewVersion.keepsCounters(r, next));
    same(r, next);
    Event raised = event().travelPolicy(travel(Partition.none(), TravelSlot.of("member", ParticipantFilter.any(), 3))).build();
    assertTrue(NewVersion.keepsCounters(r, raised));
    same(r, raised);
    Event lowered = event().travelPolicy(travel(Partition.none(), TravelSlot.of("member", ParticipantFilter.any(), 0))).build();
    same(r, lowered);
  }

  @Test
  void aCapacityRemoved_whileAnotherHeldTrackIsDropped() {
    Event before = event().tracks(List.of(limited(track("a", session("a1", 9, 10)), ONE),
        limited(track("b", session("b1", 11, 12)), ONE), track("c", session("c1", 13, 14)))).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a"), in(person("t2", "FR"), "b"),
        in(person("w1", "BE"), "a", "c"), in(person("w2", "LU"), "b", "c"), in(person("w3", "NL"), "a", "b"));
    Event next = event().tracks(List.of(track("a", session("a1", 9, 10)), track("c", session("c1", 13, 14)))).build();
    same(r, next);
  }

}
