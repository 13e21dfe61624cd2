package org.convene.rules;

import static org.convene.rules.SmallEvents.NOW;
import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.convene.rules.SmallEvents.person;
import static org.convene.rules.SmallEvents.registerAll;
import static org.convene.rules.SmallEvents.session;
import static org.convene.rules.SmallEvents.track;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.RegistrationWindow;
import org.convene.Session;
import org.convene.Track;
import org.junit.jupiter.api.Test;

/**
 * How a request's selection is read from the event: several tracks, tracks with sessions,
 * unknown ids, and the window outcome prepared once per event.
 */
class EventIndexTest {
  /** Track a unlimited, track b with one in-person place (its session b1 one too). */
  private static Event oneSeatInB() {
    Session b1 = new Session.Builder().from(session("b1", 11, 12)).capacity(Capacity.inPerson(1)).build();
    return event().tracks(List.of(track("a", session("a1", 9, 10)),
        new Track.Builder().from(track("b", b1)).capacity(Capacity.inPerson(1)).build())).build();
  }

  private static List<Track> tracks(int n) {
    List<Track> tracks = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      tracks.add(track("t" + i, session("s" + i, 9, 10)));
    }
    return tracks;
  }

  @Test
  void anOpenWindowWithADeadline_saysUntilWhen() {
    Instant closes = Instant.parse("2030-05-20T17:00:00Z");
    Event e = event().registration(RegistrationWindow.between(Instant.parse("2030-04-01T00:00:00Z"), closes)).build();
    RuleOutcome window = Registrations.empty(e).evaluate(in("p", "FR")).getRuleOutcomes().get(0);
    assertEquals("registration-window", window.getRuleId());
    assertEquals("registration is open until 2030-05-20T17:00:00Z", window.getFigures());
    assertEquals(Map.of("closes", "2030-05-20T17:00:00Z"), window.getParameters());
  }

  @Test
  void aRequestForTwoTracks_needsAPlaceInTheSecondToo() {
    Registrations r = registerAll(Registrations.empty(oneSeatInB()), in(person("x", "FR"), "b"));
    assertEquals(Decision.Outcome.WAITLISTED, r.evaluate(in(person("p", "FR"), "a", "b")).getOutcome());
    assertEquals(Decision.Outcome.ACCEPTED, r.evaluate(in(person("p", "FR"), "a")).getOutcome());
  }

  @Test
  void aRequestForATrackAndASessionOfAnother_needsAPlaceInThatSessionToo() {
    Registrations r = registerAll(Registrations.empty(oneSeatInB()), in(person("x", "FR"), "b"));
    RegistrationRequest trackAndSession = new RegistrationRequest.Builder().participant(person("p", "FR"))
        .attendance(Attendance.IN_PERSON).instant(NOW).trackIds(List.of("a")).sessionIds(List.of("b1")).build();
    Decision d = r.evaluate(trackAndSession);
    assertEquals(Decision.Outcome.WAITLISTED, d.getOutcome());
    assertEquals("CAPACITY_FULL", d.getFailures().get(0).getReasonCode());
  }

  @Test
  void anUnknownTrack_isRefusedListingTheValidIds_allOfThemUpToTwelve() {
    Registrations twelve = Registrations.empty(event().tracks(tracks(12)).build());
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> twelve.evaluate(in(person("p", "FR"), "t13")));
    assertEquals("RegistrationRequest.trackIds contains \"t13\", which event \"ev\" does not have: valid track ids are "
        + "[t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]", e.getMessage());
  }

  @Test
  void anUnknownSession_isRefusedListingTheFirstTwelveValidIds_andHowManyMore() {
    Registrations fourteen = Registrations.empty(event().tracks(tracks(14)).build());
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> fourteen.evaluate(RegistrationRequest.forSessions(person("p", "FR"), Attendance.IN_PERSON, NOW, "s1", "x")));
    assertEquals("RegistrationRequest.sessionIds contains \"x\", which event \"ev\" does not have: valid session ids are "
        + "[s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12] and 2 more", e.getMessage());
  }
}
