package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.Track;
import org.junit.jupiter.api.Test;

/** Updates of the seed event's feed: one session moved, one dropped, then brought back. */
class FeedUpdateTest {
  private static final FeedExporter FIRST =
      FeedExporter.builder(Clock.fixed(Instant.parse("2023-11-30T08:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final FeedExporter SECOND =
      FeedExporter.builder(Clock.fixed(Instant.parse("2023-12-05T12:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final FeedExporter THIRD =
      FeedExporter.builder(Clock.fixed(Instant.parse("2023-12-08T12:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final Event V1 = SeedEvent.event();
  private static final Event V2 = edit(V1);
  private static final String PUBLISHED = FIRST.export(Feed.of(V1));
  private static final String UPDATED = SECOND.update(PUBLISHED, Feed.of(V2));

  /** Moves the introduction 15 minutes later and drops the readiness wrap-up. */
  private static Event edit(Event event) {
    List<Track> tracks = new ArrayList<>();
    for (Track track : event.getTracks()) {
      List<Session> sessions = new ArrayList<>();
      for (Session session : track.getSessions()) {
        if (session.getId().equals("readiness-d2-1600")) {
          continue;
        }
        sessions.add(session.getId().equals("training-d1-1030")
            ? new Session.Builder().from(session).start(session.getStart().plusMinutes(15)).build()
            : session);
      }
      tracks.add(new Track.Builder().from(track).sessions(sessions).build());
    }
    return new Event.Builder().from(event).tracks(tracks).build();
  }

  private static String block(String ics, String sessionId) {
    return Calendars.block(ics, SeedEvent.ID + "/" + sessionId);
  }

  @Test
  void theMovedSessionHasSequence1AndTheNewStamp() {
    String moved = block(UPDATED, "training-d1-1030");
    assertTrue(moved.contains("DTSTAMP:20231205T120000Z\r\nSEQUENCE:1\r\nSTATUS:CONFIRMED\r\n"
        + "DTSTART;TZID=Europe/Brussels:20231211T104500\r\n"), moved);
  }

  @Test
  void theDroppedSessionIsCancelledUnderItsUid() {
    String dropped = block(UPDATED, "readiness-d2-1600");
    assertTrue(dropped.contains("DTSTAMP:20231205T120000Z\r\nSEQUENCE:1\r\nSTATUS:CANCELLED\r\n"),
        dropped);
  }

  @Test
  void everyOtherSessionIsByteIdentical() {
    for (Session session : V2.getAllSessions()) {
      if (!session.getId().equals("training-d1-1030")) {
        assertEquals(block(PUBLISHED, session.getId()), block(UPDATED, session.getId()));
      }
    }
  }

  @Test
  void aSessionThatComesBackIsConfirmedWithTheNextSequence() {
    String restored = THIRD.update(UPDATED, Feed.of(V1));
    assertTrue(block(restored, "readiness-d2-1600")
        .contains("DTSTAMP:20231208T120000Z\r\nSEQUENCE:2\r\nSTATUS:CONFIRMED\r\n"));
  }

  @Test
  void aPreviousFeedThatLostItsCarriageReturnsGivesTheSameUpdate() {
    assertEquals(UPDATED, SECOND.update(PUBLISHED.replace("\r\n", "\n"), Feed.of(V2)));
  }

  @Test
  void aPreviousFeedThatIsNoCalendarIsRejected() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> SECOND.update("BEGIN:VCALENDAR\r\nnonsense\r\n", Feed.of(V2)));
    assertEquals(2, e.getLine());
  }

  @Test
  void theImportOfTheUpdateHasTheNewSessionsAndTheCancelledOne() {
    ImportedCalendar calendar = FeedImporter.builder().build().read(UPDATED);
    assertEquals(32, calendar.getSessions().size());
    assertEquals(List.of("readiness-d2-1600"), calendar.getEntries().stream()
        .filter(CalendarEntry::isCancelled).map(e -> e.getSession().getId()).toList());
  }
}
