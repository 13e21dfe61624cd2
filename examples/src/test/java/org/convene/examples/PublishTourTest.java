package org.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run command writes the seed event's JSON-LD and frab schedule next to the feeds. */
class PublishTourTest {
  private static List<String> tour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PublishTour.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  /** Each file is two lines: "what: N bytes", then its path, indented. */
  private static List<Path> printedPaths(List<String> lines) {
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i - 1).endsWith(" bytes") && lines.get(i).startsWith("    ")) {
        paths.add(Paths.get(lines.get(i).strip()));
      }
    }
    return paths;
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
