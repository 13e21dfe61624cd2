package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.convene.rules.Change;
import org.convene.rules.RuleOutcome;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A change that a new version of the event reports carries the refusal its kind needs. */
class ChangeDocumentTest {
  private final ConveneJson json = ConveneJson.create();

  private static Change noLongerAdmitted() {
    return new Change.Builder()
        .kind(Change.Kind.NO_LONGER_ADMITTED)
        .participantId("be-1")
        .refusal(RuleOutcome.refused("eligibility", "not-in-target-group", "sector PRIVATE"))
        .build();
  }

  @Test
  void aNoLongerAdmittedChange_isReadBackWithItsRefusal_andHoldsItsSchema() {
    Change change = noLongerAdmitted();
    byte[] written = json.write(change);
    assertEquals(change, json.read(written, Change.class));
    SchemaCheck.assertValid(Change.class, written);
  }

  @Test
  void aNoLongerAdmittedChange_withoutItsRefusal_isRefusedByTheReaderAndTheSchema() {
    ObjectNode document = (ObjectNode) SchemaCheck.tree(json.write(noLongerAdmitted()));
    document.remove("refusal");
    byte[] bytes = SchemaCheck.bytes(document);
    ConveneJsonException e = assertThrows(ConveneJsonException.class, () -> json.read(bytes, Change.class));
    assertEquals("/refusal", e.getPath());
    assertEquals("missing: a Change whose \"kind\" is NO_LONGER_ADMITTED needs \"refusal\", a RuleOutcome object",
        e.getProblem(), new String(bytes, StandardCharsets.UTF_8));
    assertFalse(SchemaCheck.errors(Change.class, document).isEmpty(), "the schema accepts it");
  }
}
