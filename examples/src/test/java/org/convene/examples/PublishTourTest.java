package org.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run command writes the seed event's JSON-LD and frab schedule next to the feeds. */
class PublishTourTest {
  private static List<String> tour() {
    return TourOutput.lines(PublishTour::print);
  }

  private static List<Path> printedPaths(List<String> lines) {
    return TourOutput.pathsAfter(lines, " bytes");
  }

  @Test
  void writesTheJsonLdAndBothSchedulesIntoExamplesTarget() {
    List<Path> paths = printedPaths(tour());
    assertEquals(List.of("oots-go-live-accelerator.jsonld", "oots-go-live-accelerator-schedule.xml",
        "oots-go-live-accelerator-schedule.json"),
        paths.stream().map(p -> p.getFileName().toString()).toList());
    for (Path path : paths) {
      assertTrue(Files.isRegularFile(path), path + " exists");
      assertEquals("target", path.getParent().getFileName().toString());
      assertEquals("examples", path.getParent().getParent().getFileName().toString());
    }
  }

  @Test
  void theFilesAreTheMarkupAndTheSchedule() throws IOException {
    List<Path> paths = printedPaths(tour());
    String jsonLd = Files.readString(paths.get(0), StandardCharsets.UTF_8);
    String xml = Files.readString(paths.get(1), StandardCharsets.UTF_8);
    String json = Files.readString(paths.get(2), StandardCharsets.UTF_8);
    assertTrue(jsonLd.startsWith("{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"Event\""), jsonLd);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>"), xml);
    assertEquals(33, xml.split("<event ", -1).length - 1, "one event per session");
    assertTrue(json.contains("\"acronym\": \"oots_go_live_accelerator\""), json);
  }
}
