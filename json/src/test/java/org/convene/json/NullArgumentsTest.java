package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.convene.Event;
import org.convene.NullArguments;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/**
 * convene-json keeps core's bad-input policy: a null argument of any public method is a {@link
 * org.convene.MissingValueException} naming the type, the method and the parameter, never a
 * {@code NullPointerException} ({@link NullArguments} sweeps every public type of the package).
 */
class NullArgumentsTest {
  @Test
  void everyPublicMethod_namesANullArgument() {
    Map<Class<?>, Object> samples = Map.of(
        ConveneJson.class, ConveneJson.create(),
        ConveneJson.Builder.class, ConveneJson.builder(),
        ConveneJsonModule.class, ConveneJsonModule.create(),
        Class.class, Event.class,
        String.class, "{}",
        byte[].class, "{}".getBytes(StandardCharsets.UTF_8),
        InputStream.class, new ByteArrayInputStream(new byte[0]),
        OutputStream.class, new ByteArrayOutputStream(),
        Object.class, SeedEvent.event());
    List<String> failures = NullArguments.sweep(NullArguments.publicTypesOf(ConveneJson.class), samples);
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }
}
