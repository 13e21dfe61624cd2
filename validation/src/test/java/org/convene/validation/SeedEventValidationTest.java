package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/** The seed event, as the programme page describes it, is valid and ready to go live. */
class SeedEventValidationTest {
  private static final EventValidator VALIDATOR = EventValidator.create();

  @Test
  void seedEvent_hasNoViolation() {
    assertEquals(List.of(), VALIDATOR.validate(SeedEvent.event(), Locale.ENGLISH));
  }

  @Test
  void seedEvent_warnsOnlyThatItsOnlineLinkIsNotPublished() {
    List<GoLiveWarning> warnings = GoLiveCheck.check(SeedEvent.event());
    assertEquals(1, warnings.size(), warnings::toString);
    assertEquals("onlineAccess", warnings.get(0).getPath());
    assertEquals("OnlineLinkMissing", warnings.get(0).getCode());
  }
}
