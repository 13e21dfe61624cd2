package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.MissingValueException;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.RegistrationWindow;
import org.convene.SeedEvent;
import org.convene.Sector;
import org.convene.TargetGroup;
import org.junit.jupiter.api.Test;

/**
 * The seed event made stricter while people are registered: who is reported as no longer
 * admitted ({@link Change.Kind#NO_LONGER_ADMITTED}), with which reason, and that they stay.
 */
class NoLongerAdmittedTest {
  private static final Instant NOW = Instant.parse("2023-11-20T09:00:00Z");

  private static Event opened() {
    return new Event.Builder().from(SeedEvent.event()).registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(true).build();
  }

  private static RegistrationRequest request(String id, String delegation, Sector sector, Attendance attendance) {
    Participant p = new Participant.Builder().id(id).name(id).delegation(delegation).sector(sector).build();
    return RegistrationRequest.forTracks(p, attendance, NOW, SeedEvent.READINESS);
  }

  /**
   * Four Belgians in the readiness track (the fourth waits: three per Member State), a French
   * academic, a German attending online.
   */
  private static Registrations registered(Event event) {
    Registrations r = Registrations.empty(event);
    for (RegistrationRequest request : List.of(
        request("be-pub", "BE", Sector.PUBLIC, Attendance.IN_PERSON),
        request("be-priv", "BE", Sector.PRIVATE, Attendance.IN_PERSON),
        request("be-acad", "BE", Sector.ACADEMIC, Attendance.IN_PERSON),
        request("be-wait", "BE", Sector.PRIVATE, Attendance.IN_PERSON),
        request("fr-acad", "FR", Sector.ACADEMIC, Attendance.IN_PERSON),
        request("de-online", "DE", Sector.PUBLIC, Attendance.ONLINE))) {
      r = r.register(request).getRegistrations();
    }
    assertEquals(Registration.State.WAITING, r.find("be-wait").orElseThrow().getState());
    return r;
  }

  /** The seed's target groups, narrowed to the public and private sectors. */
  private static Event publicAndPrivateOnly(Event event) {
    List<TargetGroup> groups = new ArrayList<>();
    for (TargetGroup g : event.getTargetGroups()) {
      groups.add(g.withFilter(g.getFilter().withSectors(Sector.PUBLIC, Sector.PRIVATE)));
    }
    return event.withTargetGroups(groups);
  }

  private static List<String> reported(Update u) {
    List<String> ids = new ArrayList<>();
    u.getChanges().forEach(c -> {
      if (c.getKind() == Change.Kind.NO_LONGER_ADMITTED) {
        ids.add(c.getParticipantId() + " " + c.getRefusal().orElseThrow().getReasonCode());
      }
    });
    return ids;
  }

  @Test
  void narrowedTargetGroups_reportTheAcademicsInTheOrderAccepted_whoStayRegistered() {
    Registrations r = registered(opened());
    Update u = r.withEvent(publicAndPrivateOnly(r.getEvent()));
    assertEquals(List.of("be-acad NOT_IN_TARGET_GROUP", "fr-acad NOT_IN_TARGET_GROUP"), reported(u));
    assertEquals(Registration.State.REGISTERED, u.getRegistrations().find("be-acad").orElseThrow().getState());
    assertEquals(Registration.State.REGISTERED, u.getRegistrations().find("fr-acad").orElseThrow().getState());
    Change first = u.getChanges().get(0);
    assertEquals("eligibility", first.getRefusal().orElseThrow().getRuleId());
    assertEquals(u.getChanges(), r.withEvent(publicAndPrivateOnly(r.getEvent()), false).getChanges(), "placed again");
  }

  @Test
  void aVersionThatRefusesTheSameOnesAgain_reportsNoOne_andOneThatWidensReportsNoOne() {
    Registrations r = registered(opened());
    Event strict = publicAndPrivateOnly(r.getEvent());
    Registrations stricter = r.withEvent(strict).getRegistrations();
    assertEquals(List.of(), reported(stricter.withEvent(strict.withTitle("Renamed"))));
    assertEquals(List.of(), reported(stricter.withEvent(opened())));
  }

  @Test
  void inPersonOnly_reportsTheOnlineRegistration_withTheAttendanceReason() {
    Registrations r = registered(opened());
    Update u = r.withEvent(r.getEvent().withAttendanceMode(AttendanceMode.IN_PERSON));
    assertEquals(List.of("de-online ATTENDANCE_NOT_OFFERED"), reported(u));
  }

  @Test
  void aWaitingRequestTheVersionRefuses_isReportedAfterTheRegistrations_andNeverPromoted() {
    Registrations r = registered(opened());
    Event publicOnly = r.getEvent().withTargetGroups(List.of(r.getEvent().getTargetGroups().get(0)
        .withFilter(new ParticipantFilter.Builder().from(r.getEvent().getTargetGroups().get(0).getFilter())
            .sectors(List.of(Sector.PUBLIC)).build())));
    Update u = r.withEvent(publicOnly);
    assertEquals(List.of("be-priv NOT_IN_TARGET_GROUP", "be-acad NOT_IN_TARGET_GROUP", "fr-acad NOT_IN_TARGET_GROUP",
        "be-wait NOT_IN_TARGET_GROUP"), reported(u));
    // be-priv leaves: a Belgian place is free, but the waiting request is refused now
    Update cancelled = u.getRegistrations().cancel("be-priv");
    assertEquals(Registration.State.WAITING, cancelled.getRegistrations().find("be-wait").orElseThrow().getState());
  }

  @Test
  void aNoLongerAdmittedChange_needsTheRefusal() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> Change.of(Change.Kind.NO_LONGER_ADMITTED, "be-acad"));
    assertEquals("refusal", e.getField());
  }
}
