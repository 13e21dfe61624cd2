package org.convene.rules;

import static org.convene.rules.SmallEvents.NOW;
import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.convene.rules.SmallEvents.person;
import static org.convene.rules.SmallEvents.registerAll;
import static org.convene.rules.SmallEvents.travel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/** The entitlements a decision carries: what it says about travel, and that only an accepted request has any. */
class EntitlementsTest {
  private static final TravelSlot MEMBERS = TravelSlot.of("member", ParticipantFilter.any(), 2);

  private static Event hybrid(TravelPolicy policy) {
    return event().attendanceMode(AttendanceMode.HYBRID).travelPolicy(policy).build();
  }

  private static Entitlements entitlements(Event e, Attendance attendance) {
    Decision d = Registrations.empty(e).evaluate(RegistrationRequest.forEvent(person("p", "FR"), attendance, NOW));
    assertEquals(Decision.Outcome.ACCEPTED, d.getOutcome());
    return d.getEntitlements();
  }

  @Test
  void onlineAttendance_atAnEventThatPaysTravelToThoseInTheRoom_saysOnline() {
    Entitlements t = entitlements(hybrid(travel(Partition.none(), MEMBERS)), Attendance.ONLINE);
    assertEquals("ATTENDANCE_NOT_QUALIFYING", t.getTravelReason());
    assertEquals("online attendance does not qualify for travel", t.getTravelFigures());
    assertEquals(Map.of("attendance", "ONLINE"), t.getTravelParameters());
  }

  @Test
  void inPersonAttendance_atAnEventThatPaysTravelToThoseOnline_saysInPerson() {
    TravelPolicy online = new TravelPolicy.Builder().from(travel(Partition.none(), MEMBERS))
        .qualifyingAttendance(Attendance.ONLINE).build();
    Entitlements t = entitlements(hybrid(online), Attendance.IN_PERSON);
    assertEquals("in-person attendance does not qualify for travel", t.getTravelFigures());
  }

  @Test
  void aSlotCountedOverTheWholeEvent_namesNoPartitionInItsFigures() {
    Entitlements t = entitlements(hybrid(travel(Partition.none(), MEMBERS)), Attendance.IN_PERSON);
    assertEquals("GRANTED", t.getTravelReason());
    assertEquals("0 of 2 member slots used", t.getTravelFigures());
    assertEquals(Map.of("used", "0", "limit", "2", "category", "member"), t.getTravelParameters());
  }

  @Test
  void aSlotCountedPerDelegation_namesAnAbsentDelegationAsEmpty() {
    Event e = hybrid(travel(Partition.by(PartitionKey.DELEGATION), MEMBERS));
    Decision d = Registrations.empty(e).evaluate(RegistrationRequest.forEvent(
        new org.convene.Participant.Builder().id("p").name("p").build(), Attendance.IN_PERSON, NOW));
    assertEquals(Map.of("used", "0", "limit", "2", "category", "member", "partition.delegation", ""),
        d.getEntitlements().getTravelParameters());
  }

  @Test
  void aWaitlistedRequest_isEntitledToNothingYet() {
    Event e = event().capacity(Capacity.inPerson(1)).travelPolicy(travel(Partition.none(), MEMBERS)).build();
    Decision d = registerAll(Registrations.empty(e), in("first", "FR")).evaluate(in("second", "FR"));
    assertEquals(Decision.Outcome.WAITLISTED, d.getOutcome());
    assertEquals(Entitlements.none(), d.getEntitlements());
    assertEquals("NOT_ACCEPTED", d.getEntitlements().getTravelReason());
  }
}
