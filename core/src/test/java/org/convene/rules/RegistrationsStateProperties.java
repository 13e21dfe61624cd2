package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.convene.rules.RulesGenerators.Action;
import org.convene.rules.RulesGenerators.Scenario;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A snapshot's {@link RegistrationsState} restores to an equal snapshot, taken at any point of a
 * generated scenario (event versions, promotions and amendments included, so that the request
 * order and the acceptance order differ), and the restored snapshot decides every later
 * operation as the original: a checkpoint is faithful. A state a snapshot cannot have is refused.
 */
@ExtendWith(InstancioExtension.class)
class RegistrationsStateProperties {

  private static List<Update> applied(Scenario s) {
    return s.applied();
  }

  @RepeatedTest(300)
  void theStateRestoredAtAnyPoint_equalsTheSnapshot_andDecidesEveryLaterOperationAlike(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(RegistrationsLifecycleProperties.Seeds.class) Random random) {
    List<Update> updates = applied(s);
    int at = random.intRange(0, updates.size());
    Registrations original = at == 0 ? Registrations.empty(s.event) : updates.get(at - 1).getRegistrations();
    Registrations restored = Registrations.restore(original.getState(), List.of());
    assertEquals(original, restored);
    assertEquals(original.getState(), restored.getState());
    assertEquals(original.getRegistered(), restored.getRegistered());
    assertEquals(original.getWaiting(), restored.getWaiting());
    assertSameStructures(original, restored);

    List<Operation> later = new ArrayList<>();
    updates.subList(at, updates.size()).forEach(u -> later.add(u.getOperation()));
    // then everyone leaves in a random order: every freed travel slot and place is handed on
    Registrations end = updates.isEmpty() ? original : updates.get(updates.size() - 1).getRegistrations();
    List<String> leaving = new ArrayList<>();
    end.getRegistered().forEach(r -> leaving.add(r.getParticipant().getId()));
    end.getWaiting().forEach(r -> leaving.add(r.getParticipant().getId()));
    Collections.shuffle(leaving, new java.util.Random(random.longRange(0, Long.MAX_VALUE)));
    leaving.forEach(id -> later.add(Operation.cancel(id)));
    Registrations a = original;
    Registrations b = restored;
    for (Operation operation : later) {
      Update expected = a.apply(operation);
      Update actual = b.apply(operation);
      assertSameUpdate(expected, actual, operation);
      a = expected.getRegistrations();
      b = actual.getRegistrations();
      assertEquals(a, b, operation.toString());
    }
  }

  /** What equals does not compare: the counters with their holders, the queues, the selections named. */
  private static void assertSameStructures(Registrations original, Registrations restored) {
    assertEquals(original.footprint(), restored.footprint());
    assertEquals(original.counts.size(), restored.counts.size());
    original.counts.forEach((k, c) -> {
      Count r = restored.counter(k);
      assertEquals(c.n, Count.of(r), k.toString());
      List<Long> a = new ArrayList<>();
      List<Long> b = new ArrayList<>();
      c.holders.forEach(e -> a.add(e.ticket));
      r.holders.forEach(e -> b.add(e.ticket));
      assertEquals(a, b, k.toString());
    });
    original.waitingByKey.forEach((k, q) -> assertEquals(q.size(), restored.waitingByKey.get(k).size(), k.toString()));
    assertEquals(original.waitingKeyless.size(), restored.waitingKeyless.size());
    original.travelQueues.forEach((k, q) -> assertEquals(q.size(), restored.travelQueues.get(k).size(), k.toString()));
    assertEquals(original.selections.size(), restored.selections.size());
    original.selections.forEach((named, n) -> assertEquals(n, restored.selections.get(named)));
  }

  @RepeatedTest(100)
  void aStateASnapshotCannotHave_isRefusedNamingThePlace(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(RegistrationsLifecycleProperties.Seeds.class) Random random) {
    List<Update> updates = applied(s);
    RegistrationsState state =
        updates.isEmpty() ? Registrations.empty(s.event).getState() : updates.get(updates.size() - 1).getRegistrations().getState();
    List<Place> places = state.getPlaces();
    if (places.size() < 2) {
      return; // nothing to break
    }
    int i = random.intRange(1, places.size() - 1);
    Place place = places.get(i);
    Place before = places.get(i - 1);
    List<UnaryOperator<List<Place>>> breaks = List.of(
        list -> with(list, i, new Place.Builder().from(place).requestOrder(before.getRequestOrder()).build()),
        list -> with(list, i, new Place.Builder().from(place)
            .registration(new Registration.Builder().from(place.getRegistration())
                .request(new RegistrationRequest.Builder().from(place.getRegistration().getRequest())
                    .participant(before.getRegistration().getParticipant()).build()).build()).build()),
        list -> with(list, i, place.getAcceptanceOrder().isPresent()
            ? new Place.Builder().from(place).acceptanceOrder(java.util.OptionalLong.empty()).build()
            : new Place.Builder().from(place).acceptanceOrder(state.getNextOrder() + 1).build()),
        list -> with(list, i, new Place.Builder().from(place).acceptanceOrder(-1).build()));
    int which = random.intRange(0, breaks.size() - 1);
    RegistrationsState broken = new RegistrationsState.Builder().from(state).places(breaks.get(which).apply(places)).build();
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> Registrations.restore(broken, List.of()), "break " + which);
    assertTrue(e.getMessage().startsWith("Registrations.restore(state, rules): state.places[" + i + "]"), e.getMessage());
  }

  private static List<Place> with(List<Place> places, int i, Place place) {
    List<Place> copy = new ArrayList<>(places);
    copy.set(i, place);
    return copy;
  }

  /**
   * The same operation applied to two snapshots that should behave alike gave the same changes
   * and, where it decides, the same decision.
   */
  static void assertSameUpdate(Update expected, Update actual, Operation operation) {
    assertEquals(expected.getChanges(), actual.getChanges(), operation.toString());
    if (expected instanceof DecidedUpdate) {
      assertEquals(((DecidedUpdate) expected).getDecision(), ((DecidedUpdate) actual).getDecision(), operation.toString());
    }
  }

}
