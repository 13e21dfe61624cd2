package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.convene.Event;
import org.convene.validation.ValidationGenerators.ExtremeEvents;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** No value at the edge of its type makes a constraint implementation throw. */
@ExtendWith(InstancioExtension.class)
class ExtremeValueProperties {
  private static final EventValidator VALIDATOR = EventValidator.create();

  @RepeatedTest(200)
  void extremeEvent_isValidatedWithoutException_andEveryMessageIsWritten(@Given(ExtremeEvents.class) Event event) {
    List<Violation> violations = assertDoesNotThrow(() -> VALIDATOR.validate(event, Locale.GERMAN));
    for (Violation violation : violations) {
      assertFalse(violation.getMessage().isBlank(), violation::toString);
      assertFalse(violation.getMessage().contains("{"), violation::toString);
    }
  }

  @RepeatedTest(200)
  void extremeEvent_isCheckedForGoLiveWithoutException(@Given(ExtremeEvents.class) Event event) {
    assertDoesNotThrow(() -> GoLiveCheck.check(event, Locale.FRENCH));
  }
}
