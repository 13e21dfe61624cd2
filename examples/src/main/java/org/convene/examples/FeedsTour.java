package org.convene.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.convene.Track;
import org.convene.ical.Feed;
import org.convene.ical.FeedExporter;
import org.convene.ical.FeedImporter;

/**
 * Writes the seed event's calendar feeds into {@code examples/target/}: the whole event, one per
 * track, and the personal feed of a sample participant, then prints their paths.
 */
final class FeedsTour {
  /** Set by the exec plugin in examples/pom.xml to ${project.build.directory}. */
  static final String TARGET_PROPERTY = "convene.examples.target";

  private FeedsTour() {}

  static void print(PrintStream out) {
    Event event = SeedEvent.event();
    FeedExporter exporter = FeedExporter.builder(Clock.systemUTC()).build();
    Path target = target();
    out.println();
    out.println("== iCal feeds ==");
    write(out, exporter, Feed.of(event), target.resolve(event.getId() + ".ics"));
    for (Track track : event.getTracks()) {
      write(out, exporter, Feed.track(event, track.getId()),
          target.resolve(event.getId() + "-" + track.getId() + ".ics"));
    }
    // the rule tour's first applicant, registered for the readiness track in person
    Participant anna = new Participant.Builder().id("be-anna").name("Anna Peeters")
        .delegation("BE").sector(Sector.PUBLIC).build();
    List<String> chosen = List.of("readiness-d1-1030", "readiness-d1-1130", "readiness-d1-1800",
        "readiness-d2-0930", "readiness-d2-1130", "readiness-d2-1430");
    write(out, exporter, Feed.sessions(event, chosen).withName(anna.getName() + ": "
        + event.getTitle()), target.resolve(event.getId() + "-" + anna.getId() + ".ics"));
  }

  private static void write(PrintStream out, FeedExporter exporter, Feed feed, Path file) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream stream = Files.newOutputStream(file)) {
        exporter.export(feed, stream);
      }
      int sessions;
      try (InputStream stream = Files.newInputStream(file)) {
        sessions = FeedImporter.builder().build().read(stream).getSessions().size();
      }
      out.printf("%s: %d sessions%n    %s%n", feed.getName(), sessions, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** examples/target, wherever the tour is run from. */
  static Path target() {
    String configured = System.getProperty(TARGET_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured).toAbsolutePath();
    }
    Path here = Paths.get("").toAbsolutePath();
    if (Files.isRegularFile(here.resolve("examples").resolve("pom.xml"))) {
      return here.resolve("examples").resolve("target");
    }
    return here.resolve("target");
  }
}
