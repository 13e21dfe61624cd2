package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convene.Event;
import org.convene.ReadmeSnippets;
import org.convene.SeedEvent;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/** The README's "iCal feeds" code, as it is printed there. */
class ReadmeExampleTest {
  @Test
  void theReadmeCodeRunsAsDocumented() {
    Event event = SeedEvent.event();
    Event newVersion = new Event.Builder().from(event).build();
    // an Outlook calendar: a weekly series of five, in W. Europe Standard Time with its VTIMEZONE
    String outlookCalendar = TimeZoneImportTest.OUTLOOK.replace("SUMMARY:Summer meeting",
        "SUMMARY:Summer meeting\r\nRRULE:FREQ=WEEKLY;COUNT=5");

    // --- README begins
    FeedExporter exporter = FeedExporter.builder(Clock.systemUTC())
        .openEndDuration(Duration.ofHours(2))      // optional: give the 18:00 social event an end
        .build();
    String whole = exporter.export(Feed.of(event));                            // 33 sessions
    String training = exporter.export(Feed.track(event, SeedEvent.TRAINING));  // 17 sessions
    String mine = exporter.export(Feed.sessions(event, List.of("training-d1-1030", "readiness-d2-0930")));

    // the next version, made from the text published last: changed sessions get SEQUENCE + 1,
    // removed ones STATUS:CANCELLED, unchanged ones stay byte for byte as published
    String update = exporter.update(whole, Feed.of(newVersion));

    ImportedCalendar calendar = FeedImporter.builder().build().read(whole);
    List<Session> sessions = calendar.getSessions();                           // the 33 sessions back

    // someone else's calendar: its VTIMEZONEs honoured, recurrences expanded in a window,
    // a broken VEVENT skipped instead of refusing the file
    FeedImporter importer = FeedImporter.builder()
        .window(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"))
        .lenient(true)
        .build();
    ImportedCalendar theirs = importer.read(outlookCalendar);                  // 5 weekly sessions
    List<String> warnings = theirs.getWarnings();       // what was guessed or skipped, by line
    // --- README ends

    FeedImporter plain = FeedImporter.builder().build();
    assertEquals(33, sessions.size());
    assertEquals(17, plain.read(training).getSessions().size());
    assertEquals(2, plain.read(mine).getSessions().size());
    assertEquals(whole, update);
    assertTrue(whole.contains("X-CONVENE-OPEN-END:TRUE"));
    assertEquals(5, theirs.getSessions().size());
    assertEquals(List.of(), warnings);
  }

  @Test
  void theReadmeShowsThisCodeUnchanged() {
    ReadmeSnippets.assertReadmeShows(
        ReadmeSnippets.between(
            Path.of("src/test/java/org/convene/ical/ReadmeExampleTest.java"),
            "// --- README begins",
            "// --- README ends"));
  }
}
