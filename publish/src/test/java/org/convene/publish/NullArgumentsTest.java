package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convene.Event;
import org.convene.NullArguments;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/**
 * convene-publish keeps core's bad-input policy: a null argument of any public method is a
 * {@link org.convene.MissingValueException} naming the type, the method and the parameter, never
 * a {@code NullPointerException} ({@link NullArguments} sweeps every public type of the package).
 */
class NullArgumentsTest {
  @Test
  void everyPublicMethod_namesANullArgument() {
    Map<Class<?>, Object> samples = new java.util.HashMap<>();
    samples.put(JsonLdExporter.class, JsonLdExporter.builder().build());
    samples.put(JsonLdExporter.Builder.class, JsonLdExporter.builder());
    samples.put(ScheduleExporter.class, ScheduleExporter.builder().build());
    samples.put(ScheduleExporter.Builder.class, ScheduleExporter.builder());
    samples.put(Event.class, SeedEvent.event());
    samples.put(String.class, "x");
    samples.put(Writer.class, new StringWriter());
    samples.put(OutputStream.class, new ByteArrayOutputStream());
    samples.put(Duration.class, Duration.ofHours(1));
    List<String> failures = NullArguments.sweep(NullArguments.publicTypesOf(JsonLdExporter.class), samples);
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }
}
