package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.convene.Event;
import org.convene.validation.ValidationGenerators.SeveralProblems;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A framework that validates with the standard {@link Validator}, obtained the usual way, finds
 * exactly what {@link EventValidator} finds: same paths, values, codes and messages.
 */
@ExtendWith(InstancioExtension.class)
class StandardValidatorProperties {
  private static final Validator STANDARD =
      Validation.buildDefaultValidatorFactory().getValidator();
  private static final EventValidator OURS = EventValidator.create();

  @RepeatedTest(150)
  void standardValidator_findsTheSameViolationsAsEventValidator(@Given(SeveralProblems.class) Event event) {
    List<Violation> ours = OURS.validate(event);
    assertFalse(ours.isEmpty(), "a broken event has violations");
    assertEquals(ours, Violation.listOf(STANDARD.validate(event)));
  }

  @RepeatedTest(50)
  void validatingInTheDefaultLocale_equalsValidatingWithoutALocale(@Given(SeveralProblems.class) Event event) {
    assertEquals(OURS.validate(event), OURS.validate(event, Locale.getDefault()));
  }
}
