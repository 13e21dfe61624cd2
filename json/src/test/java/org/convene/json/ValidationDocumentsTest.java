package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.convene.Event;
import org.convene.OnlineAccess;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.Track;
import org.convene.validation.EventValidator;
import org.convene.validation.GoLiveCheck;
import org.convene.validation.GoLiveWarning;
import org.convene.validation.Violation;
import org.junit.jupiter.api.Test;

/** Violations and go-live warnings, written as a REST API returns them (convene-validation present). */
class ValidationDocumentsTest {
  private final ConveneJson json = ConveneJson.create();

  private static Event endingAtItsStart() {
    Event seed = SeedEvent.event();
    Track training = seed.getTracks().get(0);
    Session intro = training.getSessions().get(1);
    Track broken = training.withSessions(
        training.getSessions().get(0), intro.withEnd(intro.getStart()));
    return seed.withTracks(broken, seed.getTracks().get(1));
  }

  @Test
  void aViolation_isWrittenWithItsPathCodeMessageAndScalarValue() {
    Violation violation = EventValidator.create().validate(endingAtItsStart(), Locale.ENGLISH).get(0);
    assertEquals(
        "{\"formatVersion\":1,\"path\":\"tracks[0].sessions[1].end\",\"code\":\"EndAfterStart\","
            + "\"message\":\"session training-d1-1030 ends at 2023-12-11 10:30, which is not after its start at"
            + " 2023-12-11 10:30\",\"invalidValue\":\"2023-12-11T10:30:00\"}",
        json.writeString(violation));
  }

  @Test
  void everyViolationAndWarning_isValidAgainstItsSchema() {
    List<Violation> violations = EventValidator.create().validate(
        endingAtItsStart().withDelegations("BE", "EL"), Locale.FRENCH);
    assertFalse(violations.isEmpty());
    for (Violation violation : violations) {
      SchemaCheck.assertValid(Violation.class, json.write(violation));
    }
    Event hybridWithoutLink = SeedEvent.event().withOnlineAccess(new OnlineAccess.Builder().build());
    List<GoLiveWarning> warnings = GoLiveCheck.check(hybridWithoutLink);
    assertFalse(warnings.isEmpty());
    for (GoLiveWarning warning : warnings) {
      SchemaCheck.assertValid(GoLiveWarning.class, json.write(warning));
    }
  }

  @Test
  void aHostMapper_writesAListOfViolations() {
    List<Violation> violations = EventValidator.create().validate(endingAtItsStart(), Locale.ENGLISH);
    String list = json.mapper().writeValueAsString(violations);
    assertEquals("[" + json.writeString(violations.get(0)) + "]", list);
  }

  @Test
  void violationsAreWrittenOnly() {
    assertThrows(IllegalArgumentException.class, () -> json.read("{}", Violation.class));
  }
}
