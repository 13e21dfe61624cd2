package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.convene.MissingValueException;
import org.junit.jupiter.api.Test;

/**
 * The rule engine's side of the one bad-input policy that {@code ApiEdgeTest} sweeps: what the
 * sweep cannot see (a required primitive never set, a map copied by the type itself, a kind's
 * missing field) in examples.
 */
class RulesBadInputTest {
  @Test
  void aRuleOutcomeWithoutPassed_isMissingPassed_notSilentlyFalse() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> new RuleOutcome.Builder().ruleId("r").reasonCode("X").build());
    assertEquals("RuleOutcome", e.getTypeName());
    assertEquals("passed", e.getField());
  }

  @Test
  void parametersGivenAsAMutableMap_areCopiedInOrder_andUnmodifiable() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("z", "1");
    given.put("a", "2");
    RuleOutcome outcome = new RuleOutcome.Builder().from(RuleOutcome.passed("r", "X", "")).parameters(given).build();
    given.put("late", "3");
    assertEquals(List.of("z", "a"), List.copyOf(outcome.getParameters().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> outcome.getParameters().put("b", "4"));
    assertEquals(outcome, new RuleOutcome.Builder().from(outcome).build());
  }

  @Test
  void aNullParameterValue_isMissingNamingTheMap() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("used", null);
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> new Entitlements.Builder().from(Entitlements.none()).travelParameters(given).build());
    assertTrue(e.getField().startsWith("travelParameters"), e.getField());
  }

  @Test
  void optionalConvenienceSetters_setAndClear() {
    RuleOutcome full = new RuleOutcome.Builder().from(RuleOutcome.refused("r", "X", "")).used(2).limit(3).build();
    assertEquals(OptionalInt.of(2), full.getUsed());
    assertEquals(OptionalInt.of(3), full.getLimit());
    Entitlements e = new Entitlements.Builder().from(Entitlements.none()).feeCategory("standard").build();
    assertEquals(Optional.of("standard"), e.getFeeCategory());
    assertEquals(Optional.empty(), new Entitlements.Builder().from(e).feeCategory((String) null).build().getFeeCategory());
  }

  @Test
  void anOperationWithoutWhatItsKindNeeds_isMissingThatField() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> new Operation.Builder().kind(Operation.Kind.CANCEL).build());
    assertEquals("participantId", e.getField());
  }

  @Test
  void aChange_carriesARefusalExactlyWhenItIsNoLongerAdmitted_andOnlyAFailedOne() {
    RuleOutcome refused = RuleOutcome.refused("eligibility", "NOT_ELIGIBLE", "sector PRIVATE");
    MissingValueException missing = assertThrows(MissingValueException.class,
        () -> Change.of(Change.Kind.NO_LONGER_ADMITTED, "p1"));
    assertEquals("refusal", missing.getField());

    InvalidRequestException other = assertThrows(InvalidRequestException.class,
        () -> new Change.Builder().kind(Change.Kind.PROMOTED).participantId("p1").refusal(refused).build());
    assertTrue(other.getMessage().contains("PROMOTED") && other.getMessage().contains("p1"), other.getMessage());

    InvalidRequestException passed = assertThrows(InvalidRequestException.class,
        () -> new Change.Builder().kind(Change.Kind.NO_LONGER_ADMITTED).participantId("p1")
            .refusal(RuleOutcome.passed("eligibility", "ELIGIBLE", "sector PUBLIC")).build());
    assertTrue(passed.getMessage().contains("\"eligibility\"") && passed.getMessage().contains("passed"), passed.getMessage());

    Change kept = new Change.Builder().kind(Change.Kind.NO_LONGER_ADMITTED).participantId("p1").refusal(refused).build();
    assertEquals(Optional.of(refused), kept.getRefusal());
  }
}
