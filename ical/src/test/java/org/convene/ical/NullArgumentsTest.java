package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.convene.Event;
import org.convene.NullArguments;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/**
 * convene-ical keeps core's bad-input policy: a null argument of any public method is a {@link
 * org.convene.MissingValueException} naming the type, the method and the parameter, never a
 * {@code NullPointerException} ({@link NullArguments} sweeps every public type of the package).
 */
class NullArgumentsTest {
  @Test
  void everyPublicMethod_namesANullArgument() {
    Event event = SeedEvent.event();
    Map<Class<?>, Object> samples = new java.util.HashMap<>();
    samples.put(Feed.class, Feed.of(event));
    samples.put(FeedExporter.class, FeedExporter.builder(Clock.systemUTC()).build());
    samples.put(FeedExporter.Builder.class, FeedExporter.builder(Clock.systemUTC()));
    samples.put(FeedImporter.class, FeedImporter.builder().build());
    samples.put(FeedImporter.Builder.class, FeedImporter.builder());
    samples.put(Event.class, event);
    samples.put(String.class, "x");
    samples.put(Collection.class, List.of("x"));
    samples.put(Writer.class, new StringWriter());
    samples.put(OutputStream.class, new ByteArrayOutputStream());
    samples.put(InputStream.class, new ByteArrayInputStream(new byte[0]));
    samples.put(Reader.class, new StringReader(""));
    samples.put(Clock.class, Clock.systemUTC());
    samples.put(Duration.class, Duration.ofHours(1));
    samples.put(ZoneId.class, ZoneId.of("Europe/Brussels"));
    samples.put(Instant.class, Instant.EPOCH);
    List<String> failures = NullArguments.sweep(NullArguments.publicTypesOf(Feed.class), samples);
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  @Test
  void aNullSessionId_namesItsPlace() {
    org.convene.MissingValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.convene.MissingValueException.class,
        () -> Feed.sessions(SeedEvent.event(), java.util.Arrays.asList("x", null)));
    assertEquals("sessionIds[1]", e.getField());
  }
}
