package org.convene.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.publish.JsonLdExporter;
import org.convene.publish.ScheduleExporter;

/**
 * Writes the seed event's schema.org markup and frab schedule next to its calendar feeds in
 * {@code examples/target/}, then prints their paths.
 */
final class PublishTour {
  private PublishTour() {}

  static void print(PrintStream out) {
    Event event = SeedEvent.event();
    Path target = FeedsTour.target();
    JsonLdExporter markup = JsonLdExporter.builder().build();
    ScheduleExporter schedule = ScheduleExporter.builder().language("en").build();
    out.println();
    out.println("== Publishing for search engines and conference apps ==");
    write(out, "schema.org JSON-LD for the event's page", target.resolve(event.getId() + ".jsonld"),
        writer -> markup.export(event, writer));
    write(out, "frab schedule.xml", target.resolve(event.getId() + "-schedule.xml"),
        writer -> schedule.exportXml(event, writer));
    write(out, "frab schedule.json", target.resolve(event.getId() + "-schedule.json"),
        writer -> schedule.exportJson(event, writer));
  }

  private interface Export {
    void to(Writer writer);
  }

  private static void write(PrintStream out, String what, Path file, Export export) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream stream = Files.newOutputStream(file);
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
        export.to(writer);
      }
      out.printf(Locale.ROOT, "%s: %,d bytes%n    %s%n", what, Files.size(file), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
