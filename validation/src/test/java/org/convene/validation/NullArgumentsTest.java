package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.Event;
import org.convene.NullArguments;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/**
 * convene-validation keeps core's bad-input policy: a null argument of any public method is a
 * {@link org.convene.MissingValueException} naming the type, the method and the parameter, never
 * a {@code NullPointerException} ({@link NullArguments} sweeps every public type of the package).
 */
class NullArgumentsTest {
  @Test
  void everyPublicMethod_namesANullArgument() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Map<Class<?>, Object> samples = new java.util.HashMap<>();
      samples.put(EventValidator.class, EventValidator.using(factory));
      samples.put(ValidatorFactory.class, factory);
      samples.put(Event.class, SeedEvent.event());
      samples.put(Locale.class, Locale.FRENCH);
      samples.put(String.class, "x");
      samples.put(Object.class, "an invalid value");
      List<String> failures = NullArguments.sweep(NullArguments.publicTypesOf(EventValidator.class), samples);
      assertEquals(List.of(), failures, () -> String.join("\n", failures));
    }
  }
}
