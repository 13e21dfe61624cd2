package org.convene.rules;

import static org.convene.rules.CapacityRemovedReviewTest.ids;
import static org.convene.rules.CapacityRemovedReviewTest.limited;
import static org.convene.rules.CapacityRemovedReviewTest.same;
import static org.convene.rules.SmallEvents.changes;
import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.convene.rules.SmallEvents.person;
import static org.convene.rules.SmallEvents.registerAll;
import static org.convene.rules.SmallEvents.session;
import static org.convene.rules.SmallEvents.track;
import static org.convene.rules.SmallEvents.travel;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.convene.TargetGroup;
import org.convene.Track;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/**
 * Review of the keep path for the event's capacity given an attendance it did not limit (issue
 * #10, commits 026ed73 and 86d7614): each version below adds it, alone or with another edit, and
 * the keep path must give what placing everyone again gives (changes, snapshot, counters and
 * queues, every later cancellation: {@link CapacityRemovedReviewTest#same}).
 */
class EventCapacityAddedReviewTest {

  private static final Capacity ONE = Capacity.inPerson(1);

  private static final CounterKey EVENT_IN_PERSON =
      new CounterKey(CounterKey.Kind.EVENT_CAPACITY, Attendance.IN_PERSON.ordinal(), "", List.of());

  /** Delegates of Belgium and France, then of Belgium only. */
  private static final TargetGroup WIDE = new TargetGroup.Builder().id("g").description("BE FR")
      .filter(new ParticipantFilter.Builder().addDelegations("BE", "FR").build()).build();
  private static final TargetGroup NARROW = WIDE.withFilter(new ParticipantFilter.Builder().addDelegations("BE").build());

  private static List<String> queued(Registrations r, CounterKey k) {
    List<String> ids = new ArrayList<>();
    if (r.waitingByKey.get(k) != null) {
      r.waitingByKey.get(k).forEach(e -> ids.add(e.request.getParticipant().getId()));
    }
    return ids;
  }

  private static List<Track> tracks(Capacity a, Capacity b) {
    return List.of(limited(track("a", session("a1", 9, 10)), a), limited(track("b", session("b1", 11, 12)), b));
  }

  /** t1 (a), t2 (b) registered; w1 (a), w2 (b), w3 (a, b) waiting: tracks a and b one place each. */
  private static Registrations twoFullTracks(Event.Builder event) {
    Registrations r = registerAll(Registrations.empty(event.tracks(tracks(ONE, ONE)).build()), in(person("t1", "FR"), "a"),
        in(person("t2", "BE"), "b"), in(person("w1", "LU"), "a"), in(person("w2", "NL"), "b"),
        in(person("w3", "DE"), "a", "b"));
    assertEquals(List.of("t1", "t2"), ids(r.getRegistered()));
    assertEquals(List.of("w1", "w2", "w3"), ids(r.getWaiting()));
    return r;
  }

  @Test
  void theEventGivenAnInPersonCapacity_whileTrackAsIsRemoved() {
    Registrations r = twoFullTracks(event());
    for (int places = 1; places <= 4; places++) {
      Event next = event().tracks(tracks(Capacity.unlimited(), ONE)).capacity(Capacity.inPerson(places)).build();
      assertTrue(NewVersion.keepsCounters(r, next), "in-person places " + places);
      same(r, next);
    }
    // two places: t1 and t2 hold them, w1 waits for the event, w2 and w3 for track b and the event
    Update u = same(r, event().tracks(tracks(Capacity.unlimited(), ONE)).capacity(Capacity.inPerson(2)).build());
    assertEquals(List.of(), changes(u));
    assertEquals(List.of("w1", "w2", "w3"), queued(u.getRegistrations(), EVENT_IN_PERSON));
    // three: w1 promoted (track a no longer limits), w2 and w3 still need b
    assertEquals(List.of("PROMOTED w1"),
        changes(same(r, event().tracks(tracks(Capacity.unlimited(), ONE)).capacity(Capacity.inPerson(3)).build())));
  }

  @Test
  void theEventGivenAnInPersonCapacity_andTrackAGivenMorePlaces_atOnce() {
    Registrations r = twoFullTracks(event());
    Event next = event().tracks(tracks(Capacity.inPerson(3), ONE)).capacity(Capacity.inPerson(3)).build();
    assertTrue(NewVersion.keepsCounters(r, next));
    assertEquals(List.of("PROMOTED w1"), changes(same(r, next)));
  }

  @Test
  void theEventAndAHeldTrackGivenACapacity_atOnce() {
    // no limit at all: everyone registered; then the event and track a are limited together
    Registrations r = registerAll(Registrations.empty(event().build()), in(person("t1", "FR"), "a"),
        in(person("t2", "BE"), "b"), in(person("t3", "LU"), "a", "b"), in(person("t4", "NL"), "a"));
    for (int event = 1; event <= 5; event++) {
      for (int a = 1; a <= 4; a++) {
        Event next = event().tracks(tracks(Capacity.inPerson(a), Capacity.unlimited())).capacity(Capacity.inPerson(event))
            .build();
        assertTrue(NewVersion.keepsCounters(r, next), "event " + event + ", track a " + a);
        Registrations after = same(r, next).getRegistrations();
        // and a later request waits where placing everyone again makes it wait
        same(registerAll(after, in(person("n1", "DE"), "a"), in(person("n2", "PL"), "b")),
            event().tracks(tracks(Capacity.inPerson(a + 1), Capacity.unlimited())).capacity(Capacity.inPerson(event + 1))
                .build());
      }
    }
  }

  @Test
  void theEventGivenAnInPersonCapacity_whileAQuotaIsLowered() {
    Quota perDelegation = new Quota.Builder().id("q").scope(QuotaScope.event())
        .partition(Partition.by(PartitionKey.DELEGATION)).limit(2).build();
    Event before = event().addQuotas(perDelegation).tracks(tracks(ONE, Capacity.unlimited())).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a"), in(person("t2", "FR"), "b"),
        in(person("t3", "BE"), "b"), in(person("w1", "FR"), "b"), in(person("w2", "BE"), "a"), in(person("t4", "BE"), "b"));
    assertEquals(List.of("w1", "w2"), ids(r.getWaiting()));
    for (int places = 1; places <= 5; places++) {
      Event next = event().addQuotas(perDelegation.withLimit(1)).tracks(tracks(ONE, Capacity.unlimited()))
          .capacity(Capacity.inPerson(places)).build();
      assertTrue(NewVersion.keepsCounters(r, next), "places " + places);
      same(r, next);
      Event raised = event().addQuotas(perDelegation.withLimit(3)).tracks(tracks(Capacity.inPerson(2), Capacity.unlimited()))
          .capacity(Capacity.inPerson(places)).build();
      same(r, raised);
    }
  }

  @Test
  void theEventGivenAnInPersonCapacity_whileTheTargetGroupNarrows() {
    Registrations r = registerAll(Registrations.empty(event().tracks(tracks(ONE, Capacity.unlimited())).addTargetGroups(WIDE)
            .build()), in(person("t1", "BE"), "a"), in(person("t2", "FR"), "b"), in(person("w1", "FR"), "a"),
        in(person("w2", "BE"), "a"), in(person("t3", "BE"), "b"));
    for (int places = 1; places <= 4; places++) {
      same(r, event().tracks(tracks(ONE, Capacity.unlimited())).addTargetGroups(NARROW).capacity(Capacity.inPerson(places))
          .build());
      same(r, event().addTargetGroups(NARROW).capacity(Capacity.inPerson(places)).build());
    }
  }

  @Test
  void theEventGivenAnInPersonCapacity_withTravelSlots() {
    TravelSlot members1 = TravelSlot.of("member", ParticipantFilter.any(), 1);
    Event.Builder before = event().tracks(tracks(ONE, Capacity.unlimited())).travelPolicy(travel(Partition.none(), members1));
    Registrations r = registerAll(Registrations.empty(before.build()), in(person("t1", "FR"), "a"),
        in(person("t2", "BE"), "b"), in(person("w1", "LU"), "a"), in(person("t3", "NL"), "b"));
    for (int places = 1; places <= 4; places++) {
      for (int slots = 0; slots <= 3; slots++) {
        Event next = event().tracks(tracks(ONE, Capacity.unlimited()))
            .travelPolicy(travel(Partition.none(), TravelSlot.of("member", ParticipantFilter.any(), slots)))
            .capacity(Capacity.inPerson(places)).build();
        same(r, next);
        same(r, event().travelPolicy(travel(Partition.none(), TravelSlot.of("member", ParticipantFilter.any(), slots)))
            .capacity(Capacity.inPerson(places)).build());
      }
    }
  }

  @Test
  void aRestoredSnapshot_thenTheEventGivenAnInPersonCapacity() {
    Event before = event().tracks(tracks(ONE, Capacity.inPerson(2))).build();
    Registrations r = registerAll(Registrations.empty(before), in(person("t1", "FR"), "a"), in(person("w1", "FR"), "a"),
        in(person("t2", "BE"), "b"), in(person("w2", "BE"), "a", "b"), in(person("t3", "LU"), "b"), in("w3", "NL"));
    List<Registration> places = new ArrayList<>(r.getRegistered());
    places.addAll(r.getWaiting());
    Registrations restored = Registrations.restore(before, List.of(), places);
    for (int places2 = 1; places2 <= 4; places2++) {
      Event next = event().tracks(tracks(ONE, Capacity.inPerson(2))).capacity(Capacity.inPerson(places2)).build();
      assertEquals(changes(same(r, next)), changes(same(restored, next)), "places " + places2);
      Event lifted = event().tracks(tracks(Capacity.unlimited(), Capacity.inPerson(2))).capacity(Capacity.inPerson(places2))
          .build();
      assertEquals(changes(same(r, lifted)), changes(same(restored, lifted)), "places " + places2 + ", a unlimited");
    }
  }

  @Test
  void keylessWaitingRequests_moveIntoTheEventsQueueInLineOrder() {
    // track b one place: t1 holds it; w1 (FR, a), k1 (FR, b), w2 (BE, b), k2 (FR, a) wait behind it or the event
    Registrations r = registerAll(Registrations.empty(event().tracks(tracks(Capacity.unlimited(), ONE)).capacity(
            Capacity.inPerson(2)).addTargetGroups(WIDE).build()), in(person("t1", "BE"), "b"), in(person("t2", "BE"), "a"),
        in(person("k1", "FR"), "a"), in(person("w2", "BE"), "b"), in(person("k2", "FR"), "a"), in(person("w3", "BE"), "a"));
    assertEquals(List.of("k1", "w2", "k2", "w3"), ids(r.getWaiting()));
    // the target group narrows: k1 and k2 refused, still waiting
    r = same(r, event().tracks(tracks(Capacity.unlimited(), ONE)).capacity(Capacity.inPerson(2)).addTargetGroups(NARROW)
        .build()).getRegistrations();
    // the event's capacity goes: w3 promoted, k1 and k2 need no counter now, w2 still track b's
    r = same(r, event().tracks(tracks(Capacity.unlimited(), ONE)).addTargetGroups(NARROW).build()).getRegistrations();
    assertEquals(List.of("k1", "w2", "k2"), ids(r.getWaiting()));
    assertEquals(2, r.waitingKeyless.size(), "k1 and k2 need no counter");
    for (int places = 1; places <= 5; places++) {
      Event next = event().tracks(tracks(Capacity.unlimited(), ONE)).addTargetGroups(NARROW).capacity(Capacity.inPerson(places))
          .build();
      assertTrue(NewVersion.keepsCounters(r, next), "places " + places);
      Registrations after = same(r, next).getRegistrations();
      assertEquals(0, after.waitingKeyless.size(), "places " + places);
      assertEquals(List.of("k1", "w2", "k2"), queued(after, EVENT_IN_PERSON), "places " + places);
      // then the target group widens again: k1 and k2 admitted where the event has room
      same(after, event().tracks(tracks(Capacity.unlimited(), ONE)).addTargetGroups(WIDE).capacity(Capacity.inPerson(places))
          .build());
    }
  }

  @Test
  void theEventGivenAnInPersonCapacity_whereItLimitedOnlineOnly_inAHybridEvent() {
    Capacity online1 = new Capacity.Builder().online(1).build();
    RegistrationRequest o1 = RegistrationRequest.forTracks(person("o1", "FR"), Attendance.ONLINE, SmallEvents.NOW, "a");
    RegistrationRequest o2 = RegistrationRequest.forTracks(person("o2", "BE"), Attendance.ONLINE, SmallEvents.NOW, "b");
    Registrations r = registerAll(Registrations.empty(event().attendanceMode(AttendanceMode.HYBRID).capacity(online1)
            .tracks(tracks(ONE, Capacity.unlimited())).build()), o1, in(person("t1", "FR"), "a"), o2,
        in(person("w1", "BE"), "a"), in(person("t2", "LU"), "b"), in(person("t3", "NL"), "a", "b"));
    for (int places = 1; places <= 4; places++) {
      for (int online = 0; online <= 2; online++) {
        Event next = event().attendanceMode(AttendanceMode.HYBRID).tracks(tracks(ONE, Capacity.unlimited()))
            .capacity(new Capacity.Builder().inPerson(places).online(online).build()).build();
        same(r, next);
      }
    }
  }
  @Test
  void theEventGivenAnInPersonCapacity_afterAmendments_orOfNoPlace() {
    // t1 and t3 amend their registrations (t1 to track b, t3 to a and b), w1 its waiting request
    Registrations r = registerAll(Registrations.empty(event().tracks(tracks(Capacity.inPerson(3), ONE)).build()),
        in(person("t1", "FR"), "a"), in(person("t2", "BE"), "b"), in(person("t3", "LU"), "a"), in(person("w1", "NL"), "b"),
        in(person("t4", "DE"), "a"), in(person("w2", "PL"), "a", "b"));
    r = r.amend(in(person("t1", "FR"), "a", "b")).getRegistrations();
    r = r.amend(in(person("t3", "LU"), "a")).getRegistrations();
    r = r.amend(in(person("w1", "NL"), "a", "b")).getRegistrations();
    for (int places = 0; places <= 5; places++) {
      Event next = event().tracks(tracks(Capacity.inPerson(3), ONE)).capacity(Capacity.inPerson(places)).build();
      assertTrue(NewVersion.keepsCounters(r, next), "places " + places);
      same(r, next);
      same(r, event().tracks(tracks(Capacity.unlimited(), ONE)).capacity(Capacity.inPerson(places)).build());
    }
  }
}
