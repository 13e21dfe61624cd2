package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.convene.Event;
import org.convene.ReadmeSnippets;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/** The README's "Publishing for search engines and conference apps" section, as printed there. */
class ReadmeExampleTest {
  /** How many lines of the seed's schedule.xml the README shows: up to the end of the first session. */
  static final int XML_LINES = 29;

  @Test
  void theReadmeCodeRunsAsDocumented() {
    Event event = SeedEvent.event();

    // --- README begins
    JsonLdExporter markup = JsonLdExporter.builder().build();
    String script = markup.exportScript(event);     // <script type="application/ld+json"> for the page

    ScheduleExporter schedule = ScheduleExporter.builder()
        .language("en")                             // optional: the model does not know it
        .build();
    String xml = schedule.exportXml(event);         // schedule.xml
    String json = schedule.exportJson(event);       // schedule.json
    // --- README ends

    assertTrue(script.startsWith("<script type=\"application/ld+json\">\n{"));
    assertEquals(33, Documents.xmlRows(xml).size());
    assertEquals(33, Documents.jsonRows(json).size());
  }

  @Test
  void theReadmeShowsThisCodeUnchanged() {
    ReadmeSnippets.assertReadmeShows(
        ReadmeSnippets.between(
            Path.of("src/test/java/org/convene/publish/ReadmeExampleTest.java"),
            "// --- README begins",
            "// --- README ends"));
  }

  @Test
  void theReadmeShowsTheSeedEventsJsonLd() {
    ReadmeSnippets.assertReadmeShows(
        "```json\n" + JsonLdExporter.builder().build().export(SeedEvent.event()) + "```\n");
  }

  @Test
  void theReadmeShowsTheFirstLinesOfTheSeedEventsScheduleXml() {
    String xml = ScheduleExporter.builder().language("en").build().exportXml(SeedEvent.event());
    String first = Arrays.stream(xml.split("\n")).limit(XML_LINES).collect(Collectors.joining("\n"));
    ReadmeSnippets.assertReadmeShows("```xml\n" + first + "\n  ...\n```\n");
  }
}
