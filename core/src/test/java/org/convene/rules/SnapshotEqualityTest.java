package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.CostType;
import org.convene.Event;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/**
 * When two snapshots are equal (what restore and replay promise), and how much a snapshot holds
 * ({@code footprint}, the element count the bounded-memory property relies on).
 */
class SnapshotEqualityTest {
  private static final Instant NOW = Instant.parse("2030-05-01T09:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2030, 6, 3);

  /** One track of one session for 2 in person, waiting list on, one travel slot for the public sector. */
  private static Event.Builder event() {
    return new Event.Builder().id("ev").title("Event").zone(ZoneId.of("Europe/Brussels"))
        .startDate(DAY).endDate(DAY)
        .registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(true)
        .travelPolicy(new TravelPolicy.Builder().funder("us").addCoveredCosts(CostType.TRAVEL)
            .addSlots(TravelSlot.of("public", new ParticipantFilter.Builder().addSectors(Sector.PUBLIC).build(), 1))
            .build())
        .tracks(List.of(new Track.Builder().id("a").title("a").capacity(Capacity.inPerson(2))
            .addSessions(new Session.Builder().id("a1").title("a1").kind(SessionKind.TALK)
                .start(LocalDateTime.of(DAY, LocalTime.of(9, 0))).end(LocalDateTime.of(DAY, LocalTime.of(10, 0)))
                .build())
            .build()));
  }

  private static RegistrationRequest request(String id) {
    return RegistrationRequest.forTracks(new Participant.Builder().id(id).name(id).sector(Sector.PUBLIC).build(),
        Attendance.IN_PERSON, NOW, "a");
  }

  private static Registrations register(Registrations r, String... ids) {
    for (String id : ids) {
      r = r.register(request(id)).getRegistrations();
    }
    return r;
  }

  @Test
  void theSameRequestsInTheSameOrder_giveEqualSnapshots() {
    Registrations one = register(Registrations.empty(event().build()), "x", "y", "z");
    Registrations two = register(Registrations.empty(event().build()), "x", "y", "z");
    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
    assertEquals(one, one);
  }

  @Test
  void snapshotsHoldingOtherPeople_orTheSamePeopleInOtherPlaces_differ() {
    Registrations base = Registrations.empty(event().build());
    assertNotEquals(register(base, "x"), register(base, "y"), "other people, same count");
    // x registered and y waiting, against y registered and x waiting (same count of each)
    Registrations xFirst = register(base, "w", "x", "y");
    Registrations yFirst = register(base, "w", "y", "x");
    assertEquals(2, xFirst.getRegisteredCount());
    assertNotEquals(xFirst, yFirst);
    assertNotEquals(yFirst, xFirst);
  }

  @Test
  void snapshotsOfOtherEventVersionsOrOtherRules_differ() {
    Registrations base = register(Registrations.empty(event().build()), "x");
    assertNotEquals(base, base.withEvent(event().title("Renamed").build()).getRegistrations());
    Rule anything = RulesGenerators.rule("anything", request -> RuleOutcome.passed("anything", "OK", ""));
    assertNotEquals(base, register(Registrations.empty(event().build(), List.of(anything)), "x"));
    assertNotEquals(base, "a snapshot");
    assertNotEquals(base, null);
  }

  @Test
  void footprint_growsWithEveryPlaceAndEveryQueueItJoins() {
    Registrations empty = Registrations.empty(event().build());
    Registrations one = register(empty, "x");
    // x: an entry and the track's counter at least; x holds the only travel slot
    assertTrue(one.footprint() >= empty.footprint() + 2, one.footprint() + " after " + empty.footprint());
    Registrations two = register(one, "y");
    // y: an entry, and a place in the travel queue of the slot x holds (the queue itself is new)
    assertTrue(two.footprint() >= one.footprint() + 3, two.footprint() + " after " + one.footprint());
    Registrations three = register(two, "z");
    assertEquals(1, three.getWaitingCount());
    // z: an entry, the waiting list, and the queue of the full track's counter (new too)
    assertTrue(three.footprint() >= two.footprint() + 4, three.footprint() + " after " + two.footprint());
    assertTrue(three.footprint() >= 3 + 1 + 1, "entries, waiting list, counters");
  }

  @Test
  void footprint_dependsOnWhatIsHeldNotOnHowItGotThere() {
    Registrations direct = register(Registrations.empty(event().build()), "x", "y", "z");
    Registrations churned = Registrations.empty(event().build());
    for (int i = 0; i < 50; i++) {
      churned = register(churned, "p" + i);
      churned = churned.cancel("p" + i).getRegistrations();
    }
    churned = register(churned, "x", "y", "z");
    assertEquals(direct.footprint(), churned.footprint());
  }
}
