package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.convene.rules.Decision;
import org.convene.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

/** A rule outcome inside a decision: its parameters (an object of strings), defaults and optional numbers. */
class RuleOutcomeFieldsTest {
  private final ConveneJson json = ConveneJson.create();

  private static String decision(String ruleOutcome) {
    return "{\"formatVersion\":1,\"request\":{\"participant\":{\"id\":\"p1\",\"name\":\"Ann\"},"
        + "\"instant\":\"2023-11-30T23:00:00Z\"},\"outcome\":\"ACCEPTED\",\"ruleOutcomes\":[" + ruleOutcome + "],"
        + "\"entitlements\":{\"travelGranted\":false,\"travelReason\":\"NONE\",\"feeReason\":\"FREE\"}}";
  }

  private RuleOutcome read(String ruleOutcome) {
    return json.read(decision(ruleOutcome), Decision.class).getRuleOutcomes().get(0);
  }

  private String refusal(String ruleOutcome) {
    return assertThrows(ConveneJsonException.class, () -> json.read(decision(ruleOutcome), Decision.class))
        .getMessage();
  }

  @Test
  void parameters_keepTheirOrder_andDefaultsAreLeftOut() {
    String outcome = "{\"ruleId\":\"r\",\"passed\":true,\"reasonCode\":\"OK\",\"parameters\":{\"b\":\"1\",\"a\":\"2\"},"
        + "\"used\":0,\"limit\":3}";
    RuleOutcome read = read(outcome);
    assertEquals(List.of("b", "a"), List.copyOf(read.getParameters().keySet()));
    assertEquals(Map.of("b", "1", "a", "2"), read.getParameters());
    assertEquals(OptionalInt.of(0), read.getUsed());
    assertEquals(OptionalInt.of(3), read.getLimit());
    assertEquals(false, read.isFull());
    assertEquals("", read.getFigures());
    String written = json.writeString(json.read(decision(outcome), Decision.class));
    assertTrue(written.contains("\"ruleOutcomes\":[" + outcome + "]"), written);
  }

  @Test
  void anOutcomeWithoutParametersOrNumbers_isWrittenWithoutThem_andAFullOneSaysSo() {
    String outcome = "{\"ruleId\":\"r\",\"passed\":false,\"full\":true,\"reasonCode\":\"FULL\",\"figures\":\"3/3\"}";
    RuleOutcome read = read(outcome);
    assertEquals(true, read.isFull());
    assertEquals("3/3", read.getFigures());
    assertEquals(Map.of(), read.getParameters());
    assertEquals(OptionalInt.empty(), read.getUsed());
    String written = json.writeString(json.read(decision(outcome), Decision.class));
    assertTrue(written.contains("\"ruleOutcomes\":[" + outcome + "]"), written);
  }

  @Test
  void aParameterGivenTwice_orNotAString_orParametersNotAnObject_isRefused() {
    assertEquals(
        "/ruleOutcomes/0/parameters/a: the name \"a\" is given twice in an object of strings",
        refusal("{\"ruleId\":\"r\",\"passed\":true,\"reasonCode\":\"OK\",\"parameters\":{\"a\":\"1\",\"a\":\"2\"}}"));
    assertEquals(
        "/ruleOutcomes/0/parameters/a: expected a string, found the number 1",
        refusal("{\"ruleId\":\"r\",\"passed\":true,\"reasonCode\":\"OK\",\"parameters\":{\"a\":1}}"));
    assertEquals(
        "/ruleOutcomes/0/parameters: expected an object of strings, found an array",
        refusal("{\"ruleId\":\"r\",\"passed\":true,\"reasonCode\":\"OK\",\"parameters\":[]}"));
  }
}
