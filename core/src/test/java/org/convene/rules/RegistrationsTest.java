package org.convene.rules;

import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.convene.rules.SmallEvents.registerAll;
import static org.convene.rules.SmallEvents.travel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convene.Event;
import org.convene.MissingValueException;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/**
 * What {@link Registrations} says when a host hands it something wrong: a stored place it cannot
 * take back, a rule without an id, an operation on a participant in the wrong state.
 */
class RegistrationsTest {
  private static final Event WITH_TRAVEL =
      event().travelPolicy(travel(Partition.none(), TravelSlot.of("member", ParticipantFilter.any(), 1))).build();

  private static Registration registered(String id, String travelSlot) {
    return new Registration.Builder().request(in(id, "FR")).state(Registration.State.REGISTERED).travelSlot(travelSlot).build();
  }

  @Test
  void restore_refusesAParticipantAtTwoPlaces() {
    Registration waiting = new Registration.Builder().request(in("p", "FR")).state(Registration.State.WAITING).build();
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Registrations.restore(WITH_TRAVEL, List.of(), List.of(registered("p", "member"), waiting)));
    assertEquals("Registrations.restore places[1] is participant \"p\", who is already at an earlier position: "
        + "each participant has one place", e.getMessage());
  }

  @Test
  void restore_refusesATravelSlotTheEventDoesNotHave() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Registrations.restore(WITH_TRAVEL, List.of(), List.of(registered("p", "expert"))));
    assertEquals("Registrations.restore places[0].travelSlot is \"expert\", which the travel policy of event \"ev\" "
        + "does not have", e.getMessage());
  }

  @Test
  void restore_refusesAWaitingPlaceWithATravelSlot_ratherThanDropTheSlot() {
    Registration waiting = new Registration.Builder().request(in("p", "FR")).state(Registration.State.WAITING)
        .travelSlot("member").build();
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Registrations.restore(WITH_TRAVEL, List.of(), List.of(registered("q", "member"), waiting)));
    assertEquals("Registrations.restore places[1] is waiting, yet has travelSlot \"member\": only a registered place "
        + "holds one", e.getMessage());
  }

  @Test
  void restore_refusesATravelSlotOnAnEventWithoutTravelPolicy() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Registrations.restore(event().build(), List.of(), List.of(registered("p", "member"))));
    assertTrue(e.getMessage().startsWith("Registrations.restore places[0].travelSlot is \"member\""), e.getMessage());
  }

  @Test
  void restore_keepsARequestForATrackTheEventDoesNotHave_asASnapshotKeepsItAfterTheVersionThatDroppedIt() {
    // a version dropped track c: q keeps their place, p waits and is not promoted while c is missing
    Registration kept = new Registration.Builder().request(SmallEvents.in(SmallEvents.person("q", "FR"), "a", "c"))
        .state(Registration.State.REGISTERED).build();
    Registration place = new Registration.Builder().request(SmallEvents.in(SmallEvents.person("p", "FR"), "c"))
        .state(Registration.State.WAITING).build();
    Registrations r = Registrations.restore(WITH_TRAVEL, List.of(), List.of(kept, place));
    assertEquals(List.of(kept), r.getRegistered());
    assertEquals(List.of(place), r.getWaiting());
    DecidedUpdate promoted = r.promote("p");
    assertEquals(Decision.Outcome.REJECTED, promoted.getDecision().getOutcome());
    assertEquals("SELECTION_REMOVED", promoted.getDecision().getFailures().get(0).getReasonCode());
    // a new request for c is still an error
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> r.register(SmallEvents.in(SmallEvents.person("s", "FR"), "c")));
    assertTrue(e.getMessage().startsWith("RegistrationRequest.trackIds contains \"c\""), e.getMessage());
  }

  @Test
  void restore_givesBackTheSlotsItWasGiven() {
    Registrations r = Registrations.restore(WITH_TRAVEL, List.of(), List.of(registered("p", "member"), registered("q", null)));
    assertEquals(List.of(registered("p", "member"), registered("q", null)), r.getRegistered());
  }

  /** A custom rule that lets everyone through, under the id given (null for none). */
  private record Passing(String id) implements Rule {
    @Override
    public String getId() {
      return id;
    }

    @Override
    public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
      return RuleOutcome.passed("passing", "PASSED", "everyone passes");
    }
  }

  @Test
  void aRuleWithoutAnId_isRefusedNamingItsPosition() {
    Rule named = new Passing("named");
    Rule anonymous = new Passing(null);
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> Registrations.empty(event().build(), List.of(named, anonymous)));
    assertEquals("rules[1].id", e.getField());
    assertTrue(e.getMessage().startsWith("Registrations.empty: rules[1] is a "), e.getMessage());
    assertEquals(List.of(named), Registrations.empty(event().build(), List.of(named)).getRules());
  }

  @Test
  void promotingSomeoneRegistered_saysTheyAreRegistered_andThatOnlyTheWaitingArePromoted() {
    Registrations r = registerAll(Registrations.empty(event().build()), in("p", "FR"));
    NotRegisteredException e = assertThrows(NotRegisteredException.class, () -> r.promote("p"));
    assertEquals("Cannot promote participant \"p\": the participant is registered, and only a participant who is "
        + "waiting can be promoted", e.getMessage());
  }

  @Test
  void cancellingSomeoneUnknown_saysTheyAreNeitherRegisteredNorWaiting() {
    NotRegisteredException e = assertThrows(NotRegisteredException.class, () -> Registrations.empty(event().build()).cancel("p"));
    assertEquals("Cannot cancel participant \"p\": the participant is neither registered nor waiting, and only a "
        + "participant who is registered or waiting can be cancelled", e.getMessage());
  }
}
