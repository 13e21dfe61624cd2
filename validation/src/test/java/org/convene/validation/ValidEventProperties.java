package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.convene.ConveneGenerators.Events;
import org.convene.Event;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the shared generators call valid, validation accepts. */
@ExtendWith(InstancioExtension.class)
class ValidEventProperties {
  private static final EventValidator VALIDATOR = EventValidator.create();

  @RepeatedTest(300)
  void everyValidGeneratedEvent_hasNoViolation(@Given(Events.class) Event event) {
    assertEquals(List.of(), VALIDATOR.validate(event, Locale.ENGLISH));
  }
}
