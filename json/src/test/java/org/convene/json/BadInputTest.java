package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.rules.Decision;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each kind of bad input the issue names: refused with the JSON path and what is wrong. */
class BadInputTest {
  private final ConveneJson json = ConveneJson.create();

  private ObjectNode seed() {
    return (ObjectNode) SchemaCheck.tree(json.write(SeedEvent.event()));
  }

  private ConveneJsonException refused(JsonNode document) {
    return refused(SchemaCheck.bytes(document));
  }

  private ConveneJsonException refused(byte[] document) {
    return assertThrows(ConveneJsonException.class, () -> json.read(document, Event.class));
  }

  private ConveneJsonException refused(InputStream document) {
    return assertThrows(ConveneJsonException.class, () -> json.read(document, Event.class));
  }

  private static ObjectNode session(ObjectNode event, int track, int session) {
    return (ObjectNode) event.get("tracks").get(track).get("sessions").get(session);
  }

  @Test
  void notJson_isRefusedWithItsLineAndColumn() {
    ConveneJsonException e = refused("{\"formatVersion\": 1,\n  \"id\": oops}".getBytes(StandardCharsets.UTF_8));
    assertEquals("/id", e.getPath());
    assertTrue(e.getProblem().startsWith("not valid JSON: Unrecognized token 'oops'"), e.getMessage());
    assertTrue(e.getProblem().contains("line 2"), e.getMessage());
  }

  @Test
  void aTruncatedDocument_isRefused() {
    byte[] whole = json.write(SeedEvent.event());
    byte[] half = Arrays.copyOf(whole, whole.length / 2);
    assertTrue(refused(half).getProblem().contains("end-of-input"));
  }

  @Test
  void anEmptyDocument_nullAndTrailingContent_areRefused() {
    assertEquals("the document is empty: expected an Event object", refused(new byte[0]).getProblem());
    assertEquals("expected an Event object, found null (leave an absent value out instead)",
        refused("null".getBytes(StandardCharsets.UTF_8)).getProblem());
    byte[] twice = (new String(json.write(SeedEvent.event()), StandardCharsets.UTF_8) + " {}")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("unexpected content after the document: an object", refused(twice).getProblem());
  }

  @Test
  void aBadTime_namesItsPath() {
    ObjectNode event = seed();
    session(event, 1, 3).put("end", "25:00");
    ConveneJsonException e = refused(event);
    assertEquals("/tracks/1/sessions/3/end", e.getPath());
    assertEquals(
        "/tracks/1/sessions/3/end: \"25:00\" is not an ISO-8601 local date-time in the event's time zone"
            + " (e.g. 2023-12-11T09:00:00)",
        e.getMessage());
  }

  @Test
  void aWrongType_namesWhatWasExpectedAndFound() {
    ObjectNode event = seed();
    session(event, 0, 2).put("title", 42);
    ConveneJsonException e = refused(event);
    assertEquals("/tracks/0/sessions/2/title: expected a string, found the number 42", e.getMessage());
  }

  @Test
  void aMissingRequiredField_pointsWhereItShouldBe() {
    ObjectNode event = seed();
    session(event, 1, 0).remove("start");
    ConveneJsonException e = refused(event);
    assertEquals("/tracks/1/sessions/0/start", e.getPath());
    assertTrue(e.getProblem().startsWith("missing: a Session needs \"start\""), e.getMessage());
  }

  @Test
  void anUnknownField_isRefusedByDefault_andSkippedWhenAllowed() {
    ObjectNode event = seed();
    session(event, 0, 1).put("speaker", "Anna").putObject("extra").putArray("deep").add(1);
    ConveneJsonException e = refused(event);
    assertEquals("/tracks/0/sessions/1/speaker", e.getPath());
    assertTrue(e.getProblem().startsWith("unknown field \"speaker\" in a Session; its fields are id, title"));

    ConveneJson lenient = ConveneJson.builder().allowUnknownFields(true).build();
    assertEquals(SeedEvent.event(), lenient.read(SchemaCheck.bytes(event), Event.class));
  }

  @Test
  void aDuplicateKey_isRefused() {
    String document = new String(json.write(SeedEvent.event()), StandardCharsets.UTF_8)
        .replaceFirst("\"title\":", "\"title\":\"twice\",\"title\":");
    ConveneJsonException e = refused(document.getBytes(StandardCharsets.UTF_8));
    assertEquals("/title", e.getPath());
    assertEquals("the field \"title\" is given twice in an Event", e.getProblem());
  }

  @Test
  void aDuplicateSetElement_isRefused() {
    ObjectNode event = seed();
    ArrayNode delegations = (ArrayNode) event.get("targetGroups").get(0).get("filter").get("delegations");
    delegations.add("BE");
    ConveneJsonException e = refused(event);
    assertEquals("/targetGroups/0/filter/delegations/27", e.getPath());
  }

  @Test
  void aValueThatBreaksItsTypesOwnChecks_isRefusedAtThatObject() {
    String decision = "{\"formatVersion\":1,"
        + "\"request\":{\"participant\":{\"id\":\"p1\",\"name\":\"Anna\"},\"instant\":\"2023-11-01T10:00:00Z\"},"
        + "\"outcome\":\"ACCEPTED\","
        + "\"ruleOutcomes\":[{\"ruleId\":\"window\",\"passed\":true,\"reasonCode\":\"OPEN\"},"
        + "{\"ruleId\":\"quota\",\"passed\":true,\"full\":true,\"reasonCode\":\"FULL\"}],"
        + "\"entitlements\":{\"travelGranted\":false,\"travelReason\":\"NONE\",\"feeReason\":\"FREE\"}}";
    ConveneJsonException e =
        assertThrows(ConveneJsonException.class, () -> json.read(decision, Decision.class));
    assertEquals("/ruleOutcomes/1", e.getPath());
    assertTrue(e.getProblem().startsWith("not a valid RuleOutcome: RuleOutcome.full is true for rule \"quota\""),
        e.getMessage());
  }

  @Test
  void aBadEnumCurrencyZoneOrAmount_namesTheValidOnes() {
    ObjectNode event = seed();
    event.put("attendanceMode", "SOMETIMES");
    assertEquals("/attendanceMode: \"SOMETIMES\" is not one of IN_PERSON, ONLINE, HYBRID", refused(event).getMessage());
    event = seed();
    event.put("zone", "Mars/Olympus_Mons");
    assertEquals("/zone", refused(event).getPath());
    event = seed();
    ((ObjectNode) event.get("fee")).putArray("prices").addObject()
        .put("category", "standard").put("amount", "1e999999999").put("currency", "EUR");
    assertEquals("/fee/prices/0/amount", refused(event).getPath());
  }

  @Test
  void aNewerFormatVersion_isRefused() {
    ObjectNode event = seed();
    event.put("formatVersion", 2);
    ConveneJsonException e = refused(event);
    assertEquals("/formatVersion", e.getPath());
    assertTrue(e.getProblem().startsWith("format version 2 is newer than this reader"));
  }

  @Test
  void nesting100000Deep_isRefusedAtTheDepthLimit_withoutOverflowingTheStack() {
    // an agenda item inside an agenda item, 100,000 times
    String open = "{\"text\":\"x\",\"children\":[";
    String prefix = "{\"formatVersion\":1,\"id\":\"e\",\"title\":\"t\",\"zone\":\"UTC\",\"startDate\":\"2023-12-11\","
        + "\"endDate\":\"2023-12-11\",\"plenarySessions\":[{\"id\":\"s\",\"title\":\"t\","
        + "\"start\":\"2023-12-11T09:00:00\",\"agenda\":[";
    ConveneJsonException e = refused(stream(prefix, open, 100_000));
    assertTrue(e.getProblem().contains("Document nesting depth (101) exceeds the maximum allowed (100"), e.getMessage());
    assertTrue(e.getPath().startsWith("/plenarySessions/0/agenda/0/children/0/children/0/"), e.getPath());

    // the same depth in an unknown field that a lenient reader skips, and at the root
    ConveneJson lenient = ConveneJson.builder().allowUnknownFields(true).build();
    assertThrows(ConveneJsonException.class,
        () -> lenient.read(stream("{\"formatVersion\":1,\"extra\":", "[", 100_000), Event.class));
    assertEquals("expected an Event object, found an array", refused(stream("", "[", 100_000)).getProblem());
  }

  @Test
  void aString100MegabytesLong_isRefusedAfterReadingLittleMoreThanTheLimit() {
    CountingStream input = new CountingStream(
        stream("{\"formatVersion\":1,\"id\":\"e\",\"title\":\"", "aaaaaaaaaa", 10_000_000));
    ConveneJsonException e = refused(input);
    assertEquals("/title", e.getPath());
    assertTrue(e.getProblem().contains("String value length"), e.getMessage());
    assertTrue(input.count < 3 * ConveneJson.DEFAULT_MAX_STRING_LENGTH, "read " + input.count + " bytes");
  }

  @Test
  void aNumberWith10000Digits_isRefused() {
    ObjectNode event = seed();
    String digits = "1".repeat(10_000);
    String document = new String(SchemaCheck.bytes(event), StandardCharsets.UTF_8)
        .replaceFirst("\"limit\":3", "\"limit\":" + digits);
    ConveneJsonException e = refused(document.getBytes(StandardCharsets.UTF_8));
    assertEquals("/quotas/0/limit", e.getPath());
    assertTrue(e.getProblem().contains("Number value length"), e.getMessage());
  }

  @Test
  void aNumberOutOfRange_isRefused() {
    String document = new String(json.write(SeedEvent.event()), StandardCharsets.UTF_8)
        .replaceFirst("\"limit\":3", "\"limit\":3000000000");
    ConveneJsonException e = refused(document.getBytes(StandardCharsets.UTF_8));
    assertEquals("/quotas/0/limit: the number 3000000000 is out of range: expected a whole number from"
        + " -2147483648 to 2147483647", e.getMessage());
  }

  @Test
  void aDocumentBeyondTheSizeLimit_isRefused() {
    ConveneJson small = ConveneJson.builder().maxDocumentLength(1_000).build();
    ConveneJsonException e = assertThrows(ConveneJsonException.class,
        () -> small.read(json.write(SeedEvent.event()), Event.class));
    assertTrue(e.getProblem().contains("Document length"), e.getMessage());
  }

  @Test
  void aTypeThatIsNoDocument_isAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> json.write("text"));
    assertThrows(IllegalArgumentException.class, () -> json.read("{}", String.class));
  }

  /** {@code prefix}, then {@code unit} {@code times} times, made as it is read. */
  private static InputStream stream(String prefix, String unit, int times) {
    byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
    InputStream repeated = new InputStream() {
      private long left = (long) unitBytes.length * times;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        int b = unitBytes[(int) ((unitBytes.length * (long) times - left) % unitBytes.length)];
        left--;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = (byte) read();
        }
        return n;
      }
    };
    return new SequenceInputStream(
        Collections.enumeration(List.of(new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), repeated)));
  }

  private static final class CountingStream extends InputStream {
    private final InputStream in;
    long count;

    CountingStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
