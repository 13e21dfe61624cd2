package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
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
    java.util.Set<String> published = Calendars.blocks(PUBLISHED).keySet();
    for (Session session : V2.getAllSessions()) {
      // a break both tracks share is published once, under the training track's id
      if (!session.getId().equals("training-d1-1030")
          && published.contains(SeedEvent.ID + "/" + session.getId())) {
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

  /** The seed with one more plenary session whose DESCRIPTION folds right after END:VEVENT. */
  private static Event withFoldCollision(Event event) {
    Session collider = new Session.Builder().id("collider").title("Collider")
        .description("x".repeat(53) + "END:VEVENT tail")
        .start(LocalDateTime.of(2023, 12, 11, 8, 0)).build();
    return new Event.Builder().from(event).addPlenarySessions(collider).build();
  }

  @Test
  void theTextOfIssue9FoldsRightAfterEndVevent() {
    String published = FIRST.export(Feed.of(withFoldCollision(V1)));
    assertTrue(published.contains("\r\nDESCRIPTION:" + "x".repeat(53) + "END:VEVENT\r\n  tail\r\n"),
        "the regression below tests nothing if the fold moves: " + block(published, "collider"));
  }

  @Test
  void aRemovedSessionWhoseDescriptionFoldsAfterEndVeventIsCancelledWhole() throws Exception {
    String published = FIRST.export(Feed.of(withFoldCollision(V1)));
    String updated = SECOND.update(published, Feed.of(V1));
    net.fortuna.ical4j.model.Calendar calendar =
        new CalendarBuilder().build(new StringReader(updated));
    VEvent cancelled = calendar.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> e.getUid().orElseThrow().getValue().equals(SeedEvent.ID + "/collider"))
        .findFirst().orElseThrow();
    assertEquals("CANCELLED", cancelled.getStatus().getValue());
    assertEquals(1, cancelled.getSequence().getSequenceNo());
    assertEquals("x".repeat(53) + "END:VEVENT tail",
        cancelled.getDescription().getValue());
    CalendarEntry entry = FeedImporter.builder().build().read(updated).getEntries().stream()
        .filter(e -> e.getSession().getId().equals("collider")).findFirst().orElseThrow();
    assertTrue(entry.isCancelled());
    assertEquals(Optional.of("x".repeat(53) + "END:VEVENT tail"),
        entry.getSession().getDescription());
  }

  @Test
  void anUpdateWithoutChangesLeavesAFoldCollisionAsPublished() {
    String published = FIRST.export(Feed.of(withFoldCollision(V1)));
    assertEquals(published, SECOND.update(published, Feed.of(withFoldCollision(V1))));
  }

  @Test
  void aChainOfUpdatesNeverPublishesASequenceAgain() {
    // v3 moves the introduction once more: published v2 had it at SEQUENCE:1
    String third = THIRD.update(UPDATED, Feed.of(edit(V2)));
    assertTrue(block(third, "training-d1-1030").contains("\r\nSEQUENCE:2\r\n"),
        block(third, "training-d1-1030"));
    assertEquals(block(UPDATED, "readiness-d2-1600"), block(third, "readiness-d2-1600"),
        "a cancelled session stays as it was cancelled");
  }

  @Test
  void theImportOfTheUpdateHasTheNewSessionsAndTheCancelledOne() {
    ImportedCalendar calendar = FeedImporter.builder().build().read(UPDATED);
    assertEquals(32, calendar.getSessions().size());
    assertEquals(List.of("readiness-d2-1600"), calendar.getEntries().stream()
        .filter(CalendarEntry::isCancelled).map(e -> e.getSession().getId()).toList());
  }
}
