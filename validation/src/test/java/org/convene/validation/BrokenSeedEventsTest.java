package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.convene.BrokenSeedEvents;
import org.convene.BrokenSeedEvents.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EventValidator} reports exactly the violations core's {@code StandardProviderTest}
 * expects from a standard {@code Validator} with no Convene module but core: both are held to
 * {@link BrokenSeedEvents}.
 */
class BrokenSeedEventsTest {
  private static final EventValidator VALIDATOR = EventValidator.create();

  static List<Case> cases() {
    return BrokenSeedEvents.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eventValidator_reportsTheSharedExpectation(Case broken) {
    List<String> found =
        VALIDATOR.validate(broken.event(), Locale.ENGLISH).stream().map(Violation::toString).toList();
    assertEquals(broken.expected(), found);
  }
}
