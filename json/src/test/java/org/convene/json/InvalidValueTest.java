package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.convene.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * A violation's invalid value, scalar by scalar: the exact Java value read back (an
 * {@code Integer} where it fits, else a {@code Long}), the exact text written, and the exact
 * refusal of a value that does not fit its written type.
 */
class InvalidValueTest {
  private static final String START = "{\"formatVersion\":1,\"path\":\"p\",\"code\":\"c\",\"message\":\"m\",";

  private final ConveneJson json = ConveneJson.create();

  private Object read(String rest) {
    return json.read(START + rest + "}", Violation.class).getInvalidValue().orElseThrow();
  }

  private String refusal(String rest) {
    return assertThrows(ConveneJsonException.class, () -> json.read(START + rest + "}", Violation.class))
        .getMessage();
  }

  private String written(Object value) {
    String text = json.writeString(Violation.of("p", "c", "m", value));
    return text.substring(START.length(), text.length() - 1);
  }

  @Test
  void aWholeNumber_isAnIntegerWhereItFits_elseALong() {
    assertEquals(2_147_483_647, read("\"invalidValue\":2147483647"));
    assertEquals(-2_147_483_648, read("\"invalidValue\":-2147483648"));
    assertEquals(2_147_483_648L, read("\"invalidValue\":2147483648"));
    assertEquals(-2_147_483_649L, read("\"invalidValue\":-2147483649"));
    assertEquals(Long.MAX_VALUE, read("\"invalidValue\":9223372036854775807"));
    assertEquals(Long.MIN_VALUE, read("\"invalidValue\":-9223372036854775808"));
    assertEquals(
        "/invalidValue: 9223372036854775808 is out of range: expected a whole number from -9223372036854775808"
            + " to 9223372036854775807",
        refusal("\"invalidValue\":9223372036854775808"));
  }

  @Test
  void aFractionBooleanOrString_isReadAsItself() {
    assertEquals(1.5, read("\"invalidValue\":1.5"));
    assertEquals(Boolean.TRUE, read("\"invalidValue\":true"));
    assertEquals(Boolean.FALSE, read("\"invalidValue\":false"));
    assertEquals("x", read("\"invalidValue\":\"x\""));
    assertEquals(
        "/invalidValue: 1e400 is out of range: expected a finite number", refusal("\"invalidValue\":1e400"));
    assertEquals(
        "/invalidValue: expected a string, a number or a boolean, found null (leave an absent value out instead)",
        refusal("\"invalidValue\":null"));
    assertEquals(
        "/invalidValue: expected a string, a number or a boolean, found an array", refusal("\"invalidValue\":[1]"));
  }

  @Test
  void aTypedNumber_isReadAsThatType_orRefusedOutOfItsRange() {
    assertEquals((short) -32768, read("\"invalidValue\":-32768,\"invalidValueType\":\"SHORT\""));
    assertEquals(5L, read("\"invalidValue\":5,\"invalidValueType\":\"LONG\""));
    assertEquals(
        "/invalidValue: 9223372036854775808 is out of range for the invalidValueType LONG",
        refusal("\"invalidValue\":9223372036854775808,\"invalidValueType\":\"LONG\""));
    assertEquals(
        "/invalidValue: 32768 is out of range for the invalidValueType SHORT",
        refusal("\"invalidValue\":32768,\"invalidValueType\":\"SHORT\""));
  }

  @Test
  void aScalarOfTheWrongKind_isRefused_namingTheTypeAndWhatWasFound() {
    assertEquals(
        "/invalidValue: expected a whole number from -32768 to 32767, as the invalidValueType SHORT says,"
            + " found true",
        refusal("\"invalidValue\":true,\"invalidValueType\":\"SHORT\""));
    assertEquals(
        "/invalidValue: expected a whole number from -9223372036854775808 to 9223372036854775807, as the"
            + " invalidValueType LONG says, found the string \"7\"",
        refusal("\"invalidValue\":\"7\",\"invalidValueType\":\"LONG\""));
    assertEquals(
        "/invalidValue: expected a whole number from -9223372036854775808 to 9223372036854775807, as the"
            + " invalidValueType LONG says, found the number 7.5",
        refusal("\"invalidValue\":7.5,\"invalidValueType\":\"LONG\""));
    assertEquals(
        "/invalidValue: expected an ISO-8601 instant in UTC (e.g. 2023-11-30T23:00:00Z), as the invalidValueType"
            + " INSTANT says, found false",
        refusal("\"invalidValueType\":\"INSTANT\",\"invalidValue\":false"));
  }

  @Test
  void eachScalar_isWrittenInItsOwnForm() {
    assertEquals("\"invalidValue\":\"x\"", written("x"));
    assertEquals("\"invalidValue\":\"built\"", written(new StringBuilder("built")));
    assertEquals("\"invalidValue\":-3", written(-3));
    assertEquals("\"invalidValue\":1.5", written(1.5));
    assertEquals("\"invalidValue\":true", written(true));
    assertEquals("\"invalidValue\":7,\"invalidValueType\":\"SHORT\"", written((short) 7));
    assertEquals("\"invalidValue\":-7,\"invalidValueType\":\"LONG\"", written(-7L));
    assertEquals(
        "\"invalidValue\":\"2023-11-30T23:00:00Z\",\"invalidValueType\":\"INSTANT\"",
        written(Instant.parse("2023-11-30T23:00:00Z")));
    assertEquals(
        "\"invalidValue\":\"1E+3\",\"invalidValueType\":\"BIG_DECIMAL\"", written(new java.math.BigDecimal("1E+3")));
  }

  @Test
  void aNonFiniteNumber_orAnObject_isLeftOut() {
    Violation infinite = Violation.of("p", "c", "m", Double.POSITIVE_INFINITY);
    assertEquals(START.substring(0, START.length() - 1) + "}", json.writeString(infinite));
    assertEquals(Optional.empty(), json.read(json.write(infinite), Violation.class).getInvalidValue());
    Violation object = Violation.of("p", "c", "m", new Object());
    assertEquals(START.substring(0, START.length() - 1) + "}", json.writeString(object));
  }
}
