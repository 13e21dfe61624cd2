package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.convene.ConveneGenerators.Events;
import org.convene.ConveneGenerators.Participants;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nothing a caller does to a list, given or returned, changes a value. */
@ExtendWith(InstancioExtension.class)
class ImmutabilityProperties {

  @RepeatedTest(100)
  void changingAListGivenToTheBuilder_neverChangesTheEvent(@Given(Events.class) Event event) {
    List<Track> tracks = new ArrayList<>(event.getTracks());
    List<String> delegations = new ArrayList<>(event.getDelegations());
    Event built = new Event.Builder().from(event).tracks(tracks).delegations(delegations).build();
    Event before = new Event.Builder().from(built).build();

    tracks.clear();
    delegations.add("XX");

    assertEquals(before, built);
    assertEquals(event.getTracks(), built.getTracks());
    assertEquals(event.getDelegations(), built.getDelegations());
  }

  /** {@code add} rather than {@code clear}: clearing an empty unmodifiable list is a no-op. */
  @RepeatedTest(100)
  void returnedListsOfAnEvent_cannotBeChanged(@Given(Events.class) Event event) {
    assertThrows(UnsupportedOperationException.class, () -> event.getTracks().add(null));
    assertThrows(UnsupportedOperationException.class, () -> event.getQuotas().add(null));
    assertThrows(UnsupportedOperationException.class, () -> event.getDelegations().add("BE"));
    assertThrows(UnsupportedOperationException.class, () -> event.getAllSessions().add(null));
    assertThrows(UnsupportedOperationException.class, () -> event.getDays().add(null));
    for (Track track : event.getTracks()) {
      assertThrows(UnsupportedOperationException.class, () -> track.getSessions().add(null));
      assertThrows(UnsupportedOperationException.class, () -> track.getSessionsInOrder().add(null));
      for (Session session : track.getSessions()) {
        assertThrows(UnsupportedOperationException.class, () -> session.getAgenda().add(null));
      }
    }
  }

  @RepeatedTest(100)
  void nestedCollections_cannotBeChanged(@Given(Events.class) Event event) {
    for (Session session : event.getAllSessions()) {
      for (AgendaItem item : session.getAgenda()) {
        assertThrows(UnsupportedOperationException.class, () -> item.getChildren().add(item));
      }
    }
    assertThrows(UnsupportedOperationException.class, () -> event.getFee().getPrices().add(null));
    assertThrows(UnsupportedOperationException.class, () -> event.getFee().getWaivers().add(null));
    for (TargetGroup group : event.getTargetGroups()) {
      ParticipantFilter filter = group.getFilter();
      assertThrows(UnsupportedOperationException.class, () -> filter.getDelegations().add("BE"));
      assertThrows(UnsupportedOperationException.class, () -> filter.getSectors().add(Sector.PUBLIC));
      assertThrows(UnsupportedOperationException.class, () -> filter.getRoles().add("x"));
      assertThrows(UnsupportedOperationException.class, () -> filter.getOrganisations().add("x"));
    }
    event.getTravelPolicy().ifPresent(policy -> {
      assertThrows(UnsupportedOperationException.class, () -> policy.getCoveredCosts().add(CostType.TRAVEL));
      assertThrows(UnsupportedOperationException.class, () -> policy.getSlots().add(null));
    });
  }

  @RepeatedTest(100)
  void returnedSetsOfAParticipant_cannotBeChanged(
      @Given(Participants.class) Participant participant) {
    assertThrows(UnsupportedOperationException.class, () -> participant.getRoles().add("x"));
  }

  @RepeatedTest(100)
  void theBuilderCanBeReusedWithoutChangingWhatItBuiltBefore(@Given(Events.class) Event event) {
    Event.Builder builder = new Event.Builder().from(event);
    Event first = builder.build();
    builder.title("changed").addDelegations("ZZ");
    assertEquals(event, first);
  }
}
