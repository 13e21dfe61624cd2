package org.convene.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.Attendance;
import org.convene.CostType;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Partition;
import org.convene.RegistrationWindow;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;

/**
 * Small hand-made events for the example tests of the rule engine: two tracks at different
 * hours, no limit unless a test adds one.
 */
final class SmallEvents {
  static final Instant NOW = Instant.parse("2030-05-01T09:00:00Z");
  static final LocalDate DAY = LocalDate.of(2030, 6, 3);

  private SmallEvents() {}

  static Session session(String id, int fromHour, int toHour) {
    return new Session.Builder().id(id).title(id).kind(SessionKind.TALK)
        .start(LocalDateTime.of(DAY, LocalTime.of(fromHour, 0)))
        .end(LocalDateTime.of(DAY, LocalTime.of(toHour, 0)))
        .build();
  }

  static Track track(String id, Session... sessions) {
    return new Track.Builder().id(id).title(id).addSessions(sessions).build();
  }

  /** Track a (session a1, 09-10) and track b (session b1, 11-12), waiting list on, always open. */
  static Event.Builder event() {
    return new Event.Builder().id("ev").title("Event").zone(ZoneId.of("Europe/Brussels"))
        .startDate(DAY).endDate(DAY)
        .registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(true)
        .tracks(List.of(track("a", session("a1", 9, 10)), track("b", session("b1", 11, 12))));
  }

  static TravelPolicy travel(Partition partition, TravelSlot... slots) {
    return new TravelPolicy.Builder().funder("EC").addCoveredCosts(CostType.TRAVEL)
        .partition(partition).addSlots(slots).build();
  }

  static Participant person(String id, String delegation) {
    return new Participant.Builder().id(id).name(id).delegation(delegation).build();
  }

  static RegistrationRequest in(Participant p, String... tracks) {
    return RegistrationRequest.forTracks(p, Attendance.IN_PERSON, NOW, tracks);
  }

  static RegistrationRequest in(String id, String delegation) {
    return RegistrationRequest.forEvent(person(id, delegation), Attendance.IN_PERSON, NOW);
  }

  static Registrations registerAll(Registrations r, RegistrationRequest... requests) {
    for (RegistrationRequest request : requests) {
      r = r.register(request).getRegistrations();
    }
    return r;
  }

  /** The changes of an update as "KIND participant", in order. */
  static List<String> changes(Update u) {
    return u.getChanges().stream().map(c -> c.getKind() + " " + c.getParticipantId()).collect(Collectors.toList());
  }
}
