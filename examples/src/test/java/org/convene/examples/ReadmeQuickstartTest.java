package org.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convene.Event;
import org.convene.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/**
 * The README's quickstart is {@link Quickstart}, a file that compiles against the published API
 * only (it lives outside {@code org.convene}); the README must show that file unchanged.
 */
class ReadmeQuickstartTest {
  private static final Path SOURCE = Path.of("src/main/java/org/convene/examples/Quickstart.java");

  @Test
  void quickstartBuildsTheEventItDescribes() {
    Event event = Quickstart.event();
    assertEquals(2, event.getAllSessions().size());
    assertTrue(event.findSession("drinks").orElseThrow().isOpenEnded());
    assertEquals(3, event.getQuotas().get(0).getLimit());
  }

  @Test
  void quickstartPrintsEachSessionWithItsStartOnTheTimeLine() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertEquals(
        "2024-03-14T09:00+01:00[Europe/Brussels]  Keynote\n"
            + "2024-03-14T18:00+01:00[Europe/Brussels]  Drinks\n",
        bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void readmeShowsTheQuickstartFileUnchanged() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    ReadmeSnippets.assertReadmeShows("```java\n" + source + "```");
  }
}
