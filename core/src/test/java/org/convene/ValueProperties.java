package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convene.ConveneGenerators.Events;
import org.convene.ConveneGenerators.Fees;
import org.convene.ConveneGenerators.Participants;
import org.convene.ConveneGenerators.TravelPolicies;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Builder round trips and the equals / hashCode / toString contracts of the value types. */
@ExtendWith(InstancioExtension.class)
class ValueProperties {

  @RepeatedTest(100)
  void eventBuilderRoundTrip_givesAnEqualEvent(@Given(Events.class) Event event) {
    Event copy = new Event.Builder().from(event).build();
    assertEquals(event, copy);
    assertEquals(event.hashCode(), copy.hashCode());
    assertEquals(event.toString(), copy.toString());
  }

  @RepeatedTest(100)
  void everyTrackAndSessionBuilderRoundTrip_givesAnEqualValue(@Given(Events.class) Event event) {
    for (Track track : event.getTracks()) {
      assertEquals(track, new Track.Builder().from(track).build());
      for (Session session : track.getSessions()) {
        Session copy = new Session.Builder().from(session).build();
        assertEquals(session, copy);
        assertEquals(session.hashCode(), copy.hashCode());
      }
    }
    for (Quota quota : event.getQuotas()) {
      assertEquals(quota, new Quota.Builder().from(quota).build());
    }
  }

  @RepeatedTest(100)
  void participantBuilderRoundTrip_givesAnEqualParticipant(
      @Given(Participants.class) Participant participant) {
    Participant copy = new Participant.Builder().from(participant).build();
    assertEquals(participant, copy);
    assertEquals(participant.hashCode(), copy.hashCode());
    assertEquals(participant.toString(), copy.toString());
  }

  @RepeatedTest(50)
  void feeAndTravelPolicyBuilderRoundTrip_giveEqualValues(
      @Given(Fees.class) Fee fee, @Given(TravelPolicies.class) TravelPolicy policy) {
    assertEquals(fee, new Fee.Builder().from(fee).build());
    assertEquals(policy, new TravelPolicy.Builder().from(policy).build());
    assertEquals(policy.hashCode(), new TravelPolicy.Builder().from(policy).build().hashCode());
  }

  @RepeatedTest(100)
  void equalsIsReflexiveAndRejectsNullAndOtherTypes(@Given(Events.class) Event event) {
    assertEquals(event, event);
    assertNotEquals(null, event);
    assertNotEquals(event, event.getTitle());
  }

  @RepeatedTest(100)
  void eventsWithDifferentTitles_areNotEqual(@Given(Events.class) Event event) {
    Event other = event.withTitle(event.getTitle() + "!");
    assertNotSame(event, other);
    assertNotEquals(event, other);
    assertNotEquals(event.toString(), other.toString());
  }

  @RepeatedTest(100)
  void toStringNamesTheTypeAndId(@Given(Events.class) Event event) {
    assertTrue(event.toString().startsWith("Event{id=" + event.getId()), event::toString);
  }
}
