package org.convene.rules;

import static org.convene.rules.SmallEvents.changes;
import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.convene.rules.SmallEvents.person;
import static org.convene.rules.SmallEvents.registerAll;
import static org.convene.rules.SmallEvents.track;
import static org.convene.rules.SmallEvents.session;
import static org.convene.rules.SmallEvents.travel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/**
 * What follows a removal: the freed travel slot and the freed places go to the earliest who can
 * take them, and only to someone every rule admits.
 */
class SettlementTest {
  private static RegistrationRequest withRoles(String id, String... roles) {
    Participant p = new Participant.Builder().id(id).name(id).addRoles(roles).build();
    return RegistrationRequest.forEvent(p, Attendance.IN_PERSON, SmallEvents.NOW);
  }

  @Test
  void aFreedTravelSlot_skipsSomeoneAlsoCountedInAFullPartition_andGoesToTheNextInLine() {
    Event e = event().travelPolicy(travel(Partition.by(PartitionKey.ROLE),
        TravelSlot.of("expert", ParticipantFilter.any(), 1))).build();
    Registrations r = registerAll(Registrations.empty(e),
        withRoles("a", "chair"), withRoles("b", "clerk"), withRoles("c", "chair", "clerk"), withRoles("d", "chair"));
    assertEquals(Optional.empty(), r.find("c").orElseThrow().getTravelSlot());
    assertEquals(Optional.empty(), r.find("d").orElseThrow().getTravelSlot());
    // a frees a chair slot; c also counts as a clerk, whose slot b still holds
    Update u = r.cancel("a");
    assertEquals(List.of("CANCELLED a", "TRAVEL_GRANTED d"), changes(u));
    assertEquals(Optional.empty(), u.getRegistrations().find("c").orElseThrow().getTravelSlot());
  }

  @Test
  void aFreedPlace_goesToTheFirstWaiterItAdmits_evenWhenAnEarlierWaiterStillLacksAnotherPlace() {
    Event e = event().tracks(List.of(
        new org.convene.Track.Builder().from(track("a", session("a1", 9, 10))).capacity(Capacity.inPerson(1)).build(),
        new org.convene.Track.Builder().from(track("b", session("b1", 11, 12))).capacity(Capacity.inPerson(1)).build()))
        .build();
    Registrations r = registerAll(Registrations.empty(e),
        in(person("x", "FR"), "a"), in(person("y", "FR"), "b"),
        in(person("both", "FR"), "a", "b"), in(person("onlyA", "FR"), "a"));
    assertEquals(2, r.getWaitingCount());
    Update u = r.cancel("x");
    assertEquals(List.of("CANCELLED x", "PROMOTED onlyA"), changes(u));
    assertEquals(Registration.State.WAITING, u.getRegistrations().find("both").orElseThrow().getState());
  }

  @Test
  void aSubstituteFromAnotherDelegation_freesTheQuota_forWhoWaitedForIt() {
    Event e = event().quotas(List.of(new Quota.Builder().id("q").scope(QuotaScope.event())
        .partition(Partition.by(PartitionKey.DELEGATION)).limit(1).build())).build();
    Registrations r = registerAll(Registrations.empty(e), in("be1", "BE"), in("be2", "BE"));
    assertEquals(Registration.State.WAITING, r.find("be2").orElseThrow().getState());
    DecidedUpdate u = r.substitute("be1", person("fr1", "FR"));
    assertEquals(List.of("REPLACED be1", "REGISTERED fr1", "PROMOTED be2"), changes(u));
    assertEquals(2, u.getRegistrations().getRegisteredCount());
  }
}
