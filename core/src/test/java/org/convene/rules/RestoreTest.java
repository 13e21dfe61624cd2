package org.convene.rules;

import static org.convene.rules.SmallEvents.changes;
import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.convene.rules.SmallEvents.registerAll;
import static org.convene.rules.SmallEvents.travel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/**
 * {@link Registrations#restore(RegistrationsState, List)} refuses, one by one, every state no
 * snapshot can have, naming the place, the field and its value; a restored snapshot hands a
 * freed travel slot on as the original does; and {@link Registrations#restore(Event, List, List)}
 * takes back the places a snapshot keeps after a version dropped a track their requests name.
 */
class RestoreTest {
  /** ada holds the one travel slot, bob is registered without one, cid waits for a place. */
  private static final Registrations SNAPSHOT = registerAll(
      Registrations.empty(event().capacity(Capacity.inPerson(2))
          .travelPolicy(travel(Partition.none(), TravelSlot.of("member", ParticipantFilter.any(), 1))).build()),
      in("ada", "BE"), in("bob", "FR"), in("cid", "DE"));
  private static final RegistrationsState STATE = SNAPSHOT.getState();
  private static final long NEXT = STATE.getNextOrder();

  @Test
  void theStateIsAsDescribed() {
    assertEquals(List.of("ada", "bob", "cid"),
        STATE.getPlaces().stream().map(p -> p.getRegistration().getParticipant().getId()).toList());
    assertTrue(place(0).getRequestOrder() < place(1).getRequestOrder());
    assertTrue(place(1).getRequestOrder() < place(2).getRequestOrder());
    assertTrue(place(2).getRequestOrder() < NEXT);
    assertTrue(acceptance(0) < acceptance(1));
    assertEquals(OptionalLong.empty(), place(2).getAcceptanceOrder());
    assertEquals(java.util.Optional.of("member"), place(0).getRegistration().getTravelSlot());
  }

  @Test
  void aFreedTravelSlotGoesToTheSamePersonFromARestoredSnapshot() {
    Registrations restored = Registrations.restore(STATE, List.of());
    Update original = SNAPSHOT.cancel("ada");
    Update fromState = restored.cancel("ada");
    assertEquals(List.of("CANCELLED ada", "TRAVEL_GRANTED bob", "PROMOTED cid"), changes(original));
    assertEquals(changes(original), changes(fromState));
    assertEquals(original.getRegistrations(), fromState.getRegistrations());
  }

  @Test
  void aNegativeNextOrder() {
    refused("nextOrder is -1: orders are not negative", new RegistrationsState.Builder().from(STATE).nextOrder(-1).build());
  }

  @Test
  void placesOutOfRequestOrder_orAtTheNextOrder() {
    long first = place(0).getRequestOrder();
    refused("places[1].requestOrder is " + first + ", not after the one before, " + first
            + ": places come in request order, each with an order of its own",
        places(p -> with(p, 1, new Place.Builder().from(p.get(1)).requestOrder(first).build())));
    refused("places[2].requestOrder is " + NEXT + ", not before nextOrder " + NEXT,
        places(p -> with(p, 2, new Place.Builder().from(p.get(2)).requestOrder(NEXT).build())));
    // one before the next order is still an order of its own
    assertEquals(3, Registrations.restore(
        places(p -> with(p, 2, new Place.Builder().from(p.get(2)).requestOrder(NEXT - 1).build())), List.of())
        .getState().getPlaces().size());
  }

  @Test
  void aWaitingPlaceWithAnAcceptanceOrder() {
    long free = NEXT - 1;
    refused("places[2] is waiting, yet has acceptanceOrder " + free + ": only a registered place has one",
        places(p -> with(p, 2, new Place.Builder().from(p.get(2)).acceptanceOrder(free).build())));
  }

  @Test
  void aWaitingPlaceWithATravelSlot() {
    refused("places[2] is waiting, yet has travelSlot \"member\": only a registered place has one",
        places(p -> withRegistration(p, 2, r -> r.travelSlot("member"))));
  }

  @Test
  void aRegisteredPlaceWithoutAnAcceptanceOrder_orOneOutsideTheOrders() {
    refused("places[1] is registered, without an acceptanceOrder",
        places(p -> with(p, 1, new Place.Builder().from(p.get(1)).acceptanceOrder(OptionalLong.empty()).build())));
    refused("places[1] is registered, with acceptanceOrder -1, not from 0 to nextOrder " + NEXT + " excluded",
        places(p -> with(p, 1, new Place.Builder().from(p.get(1)).acceptanceOrder(-1).build())));
    refused("places[1] is registered, with acceptanceOrder " + NEXT + ", not from 0 to nextOrder " + NEXT + " excluded",
        places(p -> with(p, 1, new Place.Builder().from(p.get(1)).acceptanceOrder(NEXT).build())));
    // the first and the last order are orders: bob accepted first, or last, still restores
    for (long order : new long[] {0, NEXT - 1}) {
      if (order == acceptance(0)) {
        continue;
      }
      Registrations restored = Registrations.restore(
          places(p -> with(p, 1, new Place.Builder().from(p.get(1)).acceptanceOrder(order).build())), List.of());
      assertEquals(2, restored.getRegisteredCount(), "acceptanceOrder " + order);
    }
  }

  @Test
  void aTravelSlotTheEventDoesNotHave() {
    refused("places[1].registration.travelSlot is \"expert\", which the travel policy of event \"ev\" does not have",
        places(p -> withRegistration(p, 1, r -> r.travelSlot("expert"))));
  }

  @Test
  void aParticipantWithTwoPlaces() {
    refused("places[2] is participant \"ada\", who has an earlier place: each participant has one",
        places(p -> withRegistration(p, 2, r -> r.request(new RegistrationRequest.Builder()
            .from(p.get(2).getRegistration().getRequest()).participant(p.get(0).getRegistration().getParticipant())
            .build()))));
  }

  @Test
  void twoRegisteredPlacesAcceptedAtOnce() {
    refused("two registered places have acceptanceOrder " + acceptance(0) + ": participants \"ada\" and \"bob\"",
        places(p -> with(p, 1, new Place.Builder().from(p.get(1)).acceptanceOrder(acceptance(0)).build())));
  }

  private static long acceptance(int i) {
    return place(i).getAcceptanceOrder().getAsLong();
  }

  private static Place place(int i) {
    return STATE.getPlaces().get(i);
  }

  private static RegistrationsState places(UnaryOperator<List<Place>> change) {
    return new RegistrationsState.Builder().from(STATE).places(change.apply(STATE.getPlaces())).build();
  }

  private static List<Place> with(List<Place> places, int i, Place place) {
    List<Place> copy = new ArrayList<>(places);
    copy.set(i, place);
    return copy;
  }

  /** The places with place {@code i}'s registration changed. */
  private static List<Place> withRegistration(List<Place> places, int i, UnaryOperator<Registration.Builder> change) {
    Registration.Builder registration = new Registration.Builder().from(places.get(i).getRegistration());
    change.apply(registration);
    return with(places, i, new Place.Builder().from(places.get(i)).registration(registration.build()).build());
  }

  private static void refused(String detail, RegistrationsState state) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> Registrations.restore(state, List.of()));
    assertEquals("Registrations.restore(state, rules): state." + detail, e.getMessage());
  }

  // A host that stores only its places (getRegistered() and getWaiting(), as the javadoc of
  // restore(event, rules, places) shows) restores after a version that dropped a track live
  // requests name: the snapshot keeps those places, so the restore takes them as they are.

  /** The seed event, opened, with its waiting list. */
  private static final Event SEED = new Event.Builder().from(SeedEvent.event())
      .registration(RegistrationWindow.alwaysOpen()).waitingListEnabled(true).build();
  private static final Event WITHOUT_READINESS = RulesGenerators.dropped(SEED, SeedEvent.READINESS);

  private static RegistrationRequest seedRequest(String id, Sector sector, String track) {
    Participant p = new Participant.Builder().id(id).name(id).delegation(id.substring(0, 2).toUpperCase())
        .sector(sector).build();
    return RegistrationRequest.forTracks(p, Attendance.IN_PERSON, SmallEvents.NOW, track);
  }

  /**
   * Three Belgians fill the Belgian quota of readiness (be-1 and be-2 hold the Belgian travel
   * slots), be-4 waits for it, be-5 is in training without a slot and fr-1 with one; then a
   * version drops readiness.
   */
  private static Update readinessDropped() {
    Registrations r = registerAll(Registrations.empty(SEED),
        seedRequest("be-1", Sector.PUBLIC, SeedEvent.READINESS),
        seedRequest("be-2", Sector.PRIVATE, SeedEvent.READINESS),
        seedRequest("be-3", Sector.ACADEMIC, SeedEvent.READINESS),
        seedRequest("be-4", Sector.PUBLIC, SeedEvent.READINESS),
        seedRequest("be-5", Sector.PUBLIC, SeedEvent.TRAINING),
        seedRequest("fr-1", Sector.PUBLIC, SeedEvent.TRAINING));
    assertEquals(List.of("be-4"), r.getWaiting().stream().map(w -> w.getParticipant().getId()).toList());
    assertEquals(java.util.Optional.empty(), r.find("be-5").orElseThrow().getTravelSlot());
    return r.withEvent(WITHOUT_READINESS);
  }

  @Test
  void placesNamingADroppedTrack_restoreFromTheHostsPlaces_andDecideEveryLaterOperationAndVersionAsTheSnapshot() {
    Update dropped = readinessDropped();
    assertEquals(List.of("SELECTION_REMOVED be-1", "SELECTION_REMOVED be-2", "SELECTION_REMOVED be-3",
        "SELECTION_REMOVED be-4"), changes(dropped));
    Registrations original = dropped.getRegistrations();
    List<Registration> stored = new ArrayList<>(original.getRegistered());
    stored.addAll(original.getWaiting());
    Registrations restored = Registrations.restore(WITHOUT_READINESS, List.of(), stored);
    assertEquals(original.getRegistered(), restored.getRegistered());
    assertEquals(original.getWaiting(), restored.getWaiting());
    assertTrue(restored.settled, "be-4 waits for a track the version lacks: not admitted, so settled");
    assertEquals(Registrations.restore(original.getState(), List.of()), original);

    List<Operation> later = List.of(
        Operation.promote("be-4"),                                    // refused: readiness is gone
        Operation.cancel("be-3"),                                     // frees nothing be-4 may take
        Operation.register(seedRequest("lu-1", Sector.PUBLIC, SeedEvent.TRAINING)),
        Operation.changeEvent(WITHOUT_READINESS.withTitle("Retitled")), // lacks readiness too: no report
        Operation.changeEvent(SEED),                                  // readiness back: be-4 has room
        Operation.cancel("be-1"),                                     // the Belgian public slot goes to be-5
        Operation.cancel("be-2"), Operation.cancel("be-4"), Operation.cancel("be-5"),
        Operation.cancel("fr-1"), Operation.cancel("lu-1"));
    List<Update> updates = RegistrationsLifecycleProperties.assertSameUpdates(original, restored, later);
    List<List<String>> seen = updates.stream().map(SmallEvents::changes).toList();
    DecidedUpdate promoted = original.promote("be-4");
    assertEquals(Decision.Outcome.REJECTED, promoted.getDecision().getOutcome());
    assertEquals(List.of("selection"), promoted.getDecision().getFailures().stream().map(RuleOutcome::getRuleId).toList());
    assertEquals(List.of(), seen.get(0));
    assertEquals(List.of("CANCELLED be-3"), seen.get(1));
    assertEquals(List.of(), seen.get(3));
    assertEquals(List.of("PROMOTED be-4"), seen.get(4));
    assertEquals(List.of("CANCELLED be-1", "TRAVEL_GRANTED be-5"), seen.get(5));
    Registrations end = updates.get(updates.size() - 1).getRegistrations();
    assertEquals(0, end.getRegisteredCount() + end.getWaitingCount());
  }
}
