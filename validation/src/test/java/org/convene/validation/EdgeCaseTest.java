package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;
import org.junit.jupiter.api.Test;

/**
 * The edges a sweep or a comparison can get wrong by one step: an overlap found only past a
 * shorter session, a quota exactly at its capacity, a quota over each track or each session, a
 * session that starts inside the event's days and ends after them.
 */
class EdgeCaseTest {
  private static final EventValidator VALIDATOR = EventValidator.create();
  private static final LocalDate DAY = LocalDate.of(2024, 3, 14);

  private static Session session(String id, String from, String to) {
    return new Session.Builder().id(id).title(id).kind(SessionKind.TALK)
        .start(LocalDateTime.of(DAY, LocalTime.parse(from)))
        .end(LocalDateTime.of(DAY, LocalTime.parse(to)))
        .build();
  }

  private static Event.Builder event(Track... tracks) {
    return new Event.Builder().id("e").title("Edge day").zone(ZoneId.of("Europe/Brussels"))
        .startDate(DAY).endDate(DAY).addTracks(tracks);
  }

  private static List<String> codesAt(Event event) {
    return VALIDATOR.validate(event, Locale.ENGLISH).stream()
        .map(v -> v.getPath() + " " + v.getCode()).collect(Collectors.toList());
  }

  @Test
  void aLongSessionOverlapsALaterOne_pastAShorterOneThatEndsBetween_inOneTrack() {
    // A 09-12 holds the sweep's latest end; B 09:30-10 ends before C starts; C 11-11:30 still overlaps A
    Track track = new Track.Builder().id("t").title("T")
        .addSessions(session("a", "09:00", "12:00"), session("b", "09:30", "10:00").withParallel(true),
            session("c", "11:00", "11:30"))
        .build();
    assertEquals(List.of("tracks[0].sessions[2].start NoOverlapInTrack"), codesAt(event(track).build()));
  }

  @Test
  void aLongSessionOverlapsALaterOne_pastAShorterOneThatEndsBetween_inOneRoom() {
    Track track = new Track.Builder().id("t").title("T")
        .addSessions(session("a", "09:00", "12:00").withRoom("Louise").withParallel(true),
            session("b", "09:30", "10:00").withRoom("Stéphanie").withParallel(true),
            session("c", "11:00", "11:30").withRoom("Louise").withParallel(true))
        .build();
    assertEquals(List.of("tracks[0].sessions[2].room NoRoomOverlap"), codesAt(event(track).build()));
  }

  @Test
  void aSessionThatStartsOnTheLastDayAndEndsAfterIt_liesOutsideTheDates() {
    Session late = new Session.Builder().id("late").title("Late").kind(SessionKind.SOCIAL)
        .start(LocalDateTime.of(DAY, LocalTime.of(23, 0)))
        .end(LocalDateTime.of(DAY.plusDays(1), LocalTime.of(1, 0)))
        .build();
    Track track = new Track.Builder().id("t").title("T").addSessions(late).build();
    assertEquals(List.of("tracks[0].sessions[0].end SessionsWithinDates"), codesAt(event(track).build()));
  }

  /** A per-delegation quota that counts in-person places (capacities below limit only those). */
  private static Quota quota(QuotaScope scope, int limit) {
    return new Quota.Builder().id("q").scope(scope).partition(Partition.by(PartitionKey.DELEGATION))
        .attendance(Attendance.IN_PERSON).limit(limit).build();
  }

  @Test
  void aQuotaExactlyAtItsCapacity_isValid_andOneAboveIsNot() {
    Track track = new Track.Builder().id("t").title("T").capacity(Capacity.inPerson(3))
        .addSessions(session("a", "09:00", "10:00")).build();
    assertEquals(List.of(), codesAt(event(track).addQuotas(quota(QuotaScope.track("t"), 3)).build()));
    assertEquals(List.of("quotas[0].limit QuotasWithinCapacity"),
        codesAt(event(track).addQuotas(quota(QuotaScope.track("t"), 4)).build()));
  }

  @Test
  void aQuotaOverEachTrack_isComparedWithTheSmallestTrack() {
    Track big = new Track.Builder().id("big").title("Big").capacity(Capacity.inPerson(10))
        .addSessions(session("a", "09:00", "10:00")).build();
    Track small = new Track.Builder().id("small").title("Small").capacity(Capacity.inPerson(2))
        .addSessions(session("b", "09:00", "10:00")).build();
    assertEquals(List.of(), codesAt(event(big, small).addQuotas(quota(QuotaScope.eachTrack(), 2)).build()));
    assertEquals(List.of("quotas[0].limit QuotasWithinCapacity"),
        codesAt(event(big, small).addQuotas(quota(QuotaScope.eachTrack(), 3)).build()));
  }

  @Test
  void aQuotaOverEachSession_isComparedWithTheSmallestSession() {
    Track track = new Track.Builder().id("t").title("T")
        .addSessions(session("a", "09:00", "10:00").withCapacity(Capacity.inPerson(5)),
            session("b", "10:00", "11:00").withCapacity(Capacity.inPerson(1)),
            session("c", "11:00", "12:00"))
        .build();
    assertEquals(List.of(), codesAt(event(track).addQuotas(quota(QuotaScope.eachSession(), 1)).build()));
    assertEquals(List.of("quotas[0].limit QuotasWithinCapacity"),
        codesAt(event(track).addQuotas(quota(QuotaScope.eachSession(), 2)).build()));
  }
}
