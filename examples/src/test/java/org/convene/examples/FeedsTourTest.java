package org.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run command writes the seed event's four feeds and prints where. */
class FeedsTourTest {
  private static List<String> tour() {
    return TourOutput.lines(FeedsTour::print);
  }

  private static List<Path> printedPaths(List<String> lines) {
    return TourOutput.pathsAfter(lines, " sessions");
  }

  @Test
  void writesTheWholeEventBothTracksAndAPersonalFeedIntoExamplesTarget() {
    List<Path> paths = printedPaths(tour());
    assertEquals(List.of("oots-go-live-accelerator.ics", "oots-go-live-accelerator-training.ics",
        "oots-go-live-accelerator-readiness.ics", "oots-go-live-accelerator-be-anna.ics"),
        paths.stream().map(p -> p.getFileName().toString()).toList());
    for (Path path : paths) {
      assertTrue(Files.isRegularFile(path), path + " exists");
      assertEquals("target", path.getParent().getFileName().toString());
      assertEquals("examples", path.getParent().getParent().getFileName().toString());
    }
  }

  @Test
  void printsHowManySessionsEachFeedHolds() {
    List<String> lines = tour();
    assertTrue(lines.contains("OOTS Go-Live Accelerator event: 33 sessions"), String.join("\n", lines));
    assertTrue(lines.contains("OOTS Go-Live Accelerator event: Training of persons responsible for entering"
        + " data into the Common Services: 17 sessions"), String.join("\n", lines));
    assertTrue(lines.contains("Anna Peeters: OOTS Go-Live Accelerator event: 6 sessions"), String.join("\n", lines));
  }

  @Test
  void theWholeEventFeedIsACalendar() throws IOException {
    Path whole = printedPaths(tour()).get(0);
    String text = Files.readString(whole, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"));
  }
}
