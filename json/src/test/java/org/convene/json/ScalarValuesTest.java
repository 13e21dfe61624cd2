package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import org.convene.Event;
import org.convene.Geo;
import org.convene.SeedEvent;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.RegistrationsState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each scalar codec, value by value: the exact value read, the exact text written, and the exact
 * refusal (its JSON Pointer and the value named) of a value that only looks right.
 */
class ScalarValuesTest {
  private static final String LOCAL_DATE_TIME =
      "is not an ISO-8601 local date-time in the event's time zone (e.g. 2023-12-11T09:00:00)";
  private static final String INSTANT = "is not an ISO-8601 instant in UTC (e.g. 2023-11-30T23:00:00Z)";

  private final ConveneJson json = ConveneJson.create();

  private ObjectNode seed() {
    return (ObjectNode) SchemaCheck.tree(json.write(SeedEvent.event()));
  }

  private static ObjectNode firstSession(ObjectNode event) {
    return (ObjectNode) event.get("tracks").get(0).get("sessions").get(0);
  }

  private Event read(JsonNode event) {
    return json.read(SchemaCheck.bytes(event), Event.class);
  }

  private <T> String refusal(JsonNode document, Class<T> type) {
    return assertThrows(ConveneJsonException.class, () -> json.read(SchemaCheck.bytes(document), type))
        .getMessage();
  }

  private static String request(String instant) {
    return "{\"formatVersion\":1,\"participant\":{\"id\":\"p1\",\"name\":\"Ann\"},\"instant\":\"" + instant + "\"}";
  }

  private Instant instant(String text) {
    return json.read(request(text), RegistrationRequest.class).getInstant();
  }

  private String instantRefusal(String text) {
    return assertThrows(
            ConveneJsonException.class, () -> json.read(request(text), RegistrationRequest.class))
        .getMessage();
  }

  @Test
  void aLocalDateTime_isWrittenByHand_digitByDigit() {
    assertEquals("2023-12-11T09:30:05", Scalars.formatLocalDateTime(LocalDateTime.of(2023, 12, 11, 9, 30, 5)));
    assertEquals("0987-01-02T03:04:05", Scalars.formatLocalDateTime(LocalDateTime.of(987, 1, 2, 3, 4, 5)));
    assertEquals("1999-10-31T23:59:58", Scalars.formatLocalDateTime(LocalDateTime.of(1999, 10, 31, 23, 59, 58)));
    assertEquals("0000-01-01T00:00:00", Scalars.formatLocalDateTime(LocalDateTime.of(0, 1, 1, 0, 0)));
    assertEquals("9999-12-31T23:59:59", Scalars.formatLocalDateTime(LocalDateTime.of(9999, 12, 31, 23, 59, 59)));
  }

  @Test
  void aLocalDateTime_outsideTheHandWrittenForm_goesToTheFormatter() {
    assertEquals("+10000-01-01T00:00:00", Scalars.formatLocalDateTime(LocalDateTime.of(10000, 1, 1, 0, 0)));
    assertEquals("-0001-06-15T12:00:00", Scalars.formatLocalDateTime(LocalDateTime.of(-1, 6, 15, 12, 0)));
    assertEquals(
        "2023-12-11T09:30:00.5", Scalars.formatLocalDateTime(LocalDateTime.of(2023, 12, 11, 9, 30, 0, 500_000_000)));
  }

  @Test
  void aSessionStart_isWrittenWithItsSeconds_andReadBackInEveryIsoForm() {
    LocalDateTime start = LocalDateTime.of(2023, 12, 11, 9, 30);
    for (String form : new String[] {"2023-12-11T09:30:00", "2023-12-11T09:30", "2023-12-11T09:30:00.000"}) {
      ObjectNode event = seed();
      firstSession(event).put("start", form);
      Event read = read(event);
      assertEquals(start, read.getTracks().get(0).getSessions().get(0).getStart(), form);
      assertEquals("2023-12-11T09:30:00", firstSession(seedOf(read)).get("start").asString(), form);
    }
    ObjectNode event = seed();
    firstSession(event).put("start", "2023-12-11T09:30:00.25");
    assertEquals(
        LocalDateTime.of(2023, 12, 11, 9, 30, 0, 250_000_000),
        read(event).getTracks().get(0).getSessions().get(0).getStart());
  }

  private ObjectNode seedOf(Event event) {
    return (ObjectNode) SchemaCheck.tree(json.write(event));
  }

  /** Each differs from a valid date-time in one character, where the hand-written reader looks. */
  @ParameterizedTest
  @ValueSource(strings = {
      "2023x12-11T09:30:00", "2023-12x11T09:30:00", "2023-12-11x09:30:00", "2023-12-11T09x30:00",
      "2023-12-11T09:30x00", "2023-12-1/T09:30:00", "2023-12-0:T09:30:00", "2023-12-11T09:30:00Z",
      "2023-12-11T0909:30", "2/23-12-11T09:30:00"})
  void aLocalDateTimeWithOneWrongCharacter_isRefused_named(String text) {
    ObjectNode event = seed();
    firstSession(event).put("start", text);
    assertEquals(
        "/tracks/0/sessions/0/start: \"" + text + "\" " + LOCAL_DATE_TIME, refusal(event, Event.class));
  }

  @Test
  void anInstant_isReadInTheCommonAndTheLongerForms() {
    assertEquals(Instant.parse("2023-11-30T23:00:00Z"), instant("2023-11-30T23:00:00Z"));
    assertEquals(Instant.parse("2023-11-30T23:00:00.250Z"), instant("2023-11-30T23:00:00.250Z"));
    assertEquals(Instant.parse("1999-01-02T03:04:05Z"), instant("1999-01-02T03:04:05Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023-11-30T23:00:00X", "2023x11-30T23:00:00Z", "2023-11x30T23:00:00Z", "2023-11-30x23:00:00Z",
      "2023-11-30T23x00:00Z", "2023-11-30T23:00x00Z", "2023-11-30T23:00:00", "2023-11-30T23:1/:00Z", "2023-11-30T23:00:00Z0"})
  void anInstantWithOneWrongCharacter_isRefused_named(String text) {
    assertEquals("/instant: \"" + text + "\" " + INSTANT, instantRefusal(text));
  }

  @Test
  void anInstantThatIsNoString_isRefused() {
    String document = request("x").replace("\"x\"", "1701385200");
    assertEquals(
        "/instant: expected an ISO-8601 instant in UTC (e.g. 2023-11-30T23:00:00Z), found the number 1701385200",
        assertThrows(ConveneJsonException.class, () -> json.read(document, RegistrationRequest.class))
            .getMessage());
  }

  @Test
  void aWholeNumber_isReadExactly_andRefusedOutOfRangeOrWithAFraction() {
    ObjectNode event = seed();
    ObjectNode quota = (ObjectNode) event.get("quotas").get(0);
    quota.put("limit", 2_147_483_647);
    assertEquals(2_147_483_647, read(event).getQuotas().get(0).getLimit());

    quota.put("limit", 2_147_483_648L);
    assertEquals(
        "/quotas/0/limit: the number 2147483648 is out of range: expected a whole number from -2147483648 to"
            + " 2147483647",
        refusal(event, Event.class));
    quota.put("limit", 1.5);
    assertEquals(
        "/quotas/0/limit: expected a whole number from -2147483648 to 2147483647, found the number 1.5",
        refusal(event, Event.class));
  }

  @Test
  void aLongNumber_isReadExactly_andRefusedOutOfRangeOrWithAFraction() {
    ObjectNode state = (ObjectNode) SchemaCheck.tree(
        json.write(new RegistrationsState.Builder().event(SeedEvent.event()).nextOrder(1).build()));
    state.put("nextOrder", 7);
    assertEquals(7L, json.read(SchemaCheck.bytes(state), RegistrationsState.class).getNextOrder());
    state.put("nextOrder", 5_000_000_000L);
    assertEquals(5_000_000_000L, json.read(SchemaCheck.bytes(state), RegistrationsState.class).getNextOrder());

    state.put("nextOrder", new BigInteger("9223372036854775808"));
    assertEquals(
        "/nextOrder: the number 9223372036854775808 is out of range: expected a whole number from"
            + " -9223372036854775808 to 9223372036854775807",
        refusal(state, RegistrationsState.class));
    state.put("nextOrder", 2.5);
    assertEquals(
        "/nextOrder: expected a whole number from -9223372036854775808 to 9223372036854775807, found the"
            + " number 2.5",
        refusal(state, RegistrationsState.class));
  }

  @Test
  void aNumber_isReadFromAWholeOrAFractionalNumber_andRefusedWhenInfiniteOrAString() {
    ObjectNode event = seed();
    ObjectNode geo = event.putObject("venue").put("name", "Hall").putObject("geo");
    geo.put("latitude", 50).put("longitude", 4.35);
    Geo read = read(event).getVenue().orElseThrow().getGeo().orElseThrow();
    assertEquals(50.0, read.getLatitude());
    assertEquals(4.35, read.getLongitude());

    geo.put("latitude", new BigDecimal("1E+400"));
    assertEquals(
        "/venue/geo/latitude: the number 1E+400 is out of range: expected a number", refusal(event, Event.class));
    geo.put("latitude", "50");
    assertEquals(
        "/venue/geo/latitude: expected a number, found the string \"50\"", refusal(event, Event.class));
  }

  @Test
  void aLongStringFound_isQuotedWholeUpTo60Characters_andCutAfter() {
    String sixty = "x".repeat(60);
    ObjectNode event = seed().put("waitingListEnabled", sixty);
    assertEquals(
        "/waitingListEnabled: expected true or false, found the string \"" + sixty + "\"", refusal(event, Event.class));
    event.put("waitingListEnabled", sixty + "y");
    assertEquals(
        "/waitingListEnabled: expected true or false, found the string \"" + sixty + "...(61 characters)\"",
        refusal(event, Event.class));
  }

  @Test
  void aBoolean_isReadAsGiven_andRefusedWhenAString() {
    ObjectNode event = seed();
    event.put("waitingListEnabled", true);
    assertEquals(true, read(event).isWaitingListEnabled());
    event.put("waitingListEnabled", false);
    assertEquals(false, read(event).isWaitingListEnabled());
    event.put("waitingListEnabled", "yes");
    assertEquals(
        "/waitingListEnabled: expected true or false, found the string \"yes\"", refusal(event, Event.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "+1", " 1", "1.", ".5", "0x10"})
  void anAmountThatJavaWouldParseButTheFormatDoesNotAllow_isRefused(String amount) {
    ObjectNode event = seed();
    event.putObject("fee").putArray("prices").addObject()
        .put("category", "standard").put("amount", amount).put("currency", "EUR");
    assertEquals(
        "/fee/prices/0/amount: \"" + amount + "\" is not a decimal amount as a string (e.g. \"250.00\")",
        refusal(event, Event.class));
  }

  @Test
  void aBadCurrencyZoneDateOrUri_isRefused_named() {
    ObjectNode event = seed();
    event.putObject("fee").putArray("prices").addObject()
        .put("category", "standard").put("amount", "1").put("currency", "eur");
    assertEquals(
        "/fee/prices/0/currency: \"eur\" is not an ISO 4217 currency code (e.g. EUR)", refusal(event, Event.class));

    event = seed().put("zone", "Mars/Base");
    assertEquals("/zone: \"Mars/Base\" is not a time zone id (e.g. Europe/Brussels)", refusal(event, Event.class));
    event = seed().put("startDate", "2023-13-01");
    assertEquals(
        "/startDate: \"2023-13-01\" is not an ISO-8601 date (e.g. 2023-12-11)", refusal(event, Event.class));
    event = seed().put("url", "a b");
    assertEquals("/url: \"a b\" is not a URI (e.g. https://example.org/privacy)", refusal(event, Event.class));
  }

  @Test
  void anUnknownConstant_isRefused_withTheConstantsItCouldBe() {
    ObjectNode event = seed().put("attendanceMode", "IN-PERSON");
    assertEquals(
        "/attendanceMode: \"IN-PERSON\" is not one of IN_PERSON, ONLINE, HYBRID", refusal(event, Event.class));
    event = seed().put("attendanceMode", 1);
    assertEquals(
        "/attendanceMode: expected one of IN_PERSON, ONLINE, HYBRID, found the number 1", refusal(event, Event.class));
  }

  @Test
  void aTextRead_byPointer_isParsedOrRefusedThere() {
    assertEquals(LocalDateTime.of(2023, 12, 11, 9, 0), Scalars.LOCAL_DATE_TIME_CODEC.parse("2023-12-11T09:00:00", "/x"));
    ConveneJsonException e =
        assertThrows(ConveneJsonException.class, () -> Scalars.CURRENCY.parse("EURO", "/a/b"));
    assertEquals("/a/b", e.getPath());
    assertEquals("\"EURO\" is not an ISO 4217 currency code (e.g. EUR)", e.getProblem());
  }
}
