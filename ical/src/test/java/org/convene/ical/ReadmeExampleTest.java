package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
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

    // --- README begins
    FeedExporter exporter = FeedExporter.builder(Clock.systemUTC())
        .openEndDuration(Duration.ofHours(2))      // optional: give the 18:00 social event an end
        .build();
    String whole = exporter.export(Feed.of(event));                            // 33 sessions
    String training = exporter.export(Feed.track(event, SeedEvent.TRAINING));  // 17 sessions
    String mine = exporter.export(Feed.sessions(event, List.of("training-d1-1030", "readiness-d2-0930")));

    // the next version: changed sessions get SEQUENCE + 1, removed ones STATUS:CANCELLED,
    // unchanged ones stay byte for byte as published
    String update = exporter.update(whole, Feed.of(newVersion));

    ImportedCalendar calendar = FeedImporter.builder().build().read(whole);
    List<Session> sessions = calendar.getSessions();                           // the 33 sessions back
    // --- README ends

    FeedImporter importer = FeedImporter.builder().build();
    assertEquals(33, sessions.size());
    assertEquals(17, importer.read(training).getSessions().size());
    assertEquals(2, importer.read(mine).getSessions().size());
    assertEquals(whole, update);
    assertTrue(whole.contains("X-CONVENE-OPEN-END:TRUE"));
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
