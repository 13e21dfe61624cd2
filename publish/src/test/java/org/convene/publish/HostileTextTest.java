package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.Track;
import org.convene.Venue;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Text that tries to break out of its format, and events a format cannot express. */
class HostileTextTest {
  /** Markup, CDATA's end, entities, quotes, XML-forbidden controls, a lone surrogate, line separators, emoji, combining marks. */
  private static final String HOSTILE =
      "</script><script>alert(1)</script><!-- ]]> <b>&amp; \"q\" 'a' \u0000\u0001\u0008\u000B\u001F\uFFFE"
          + " \u2028\u2029 🎉 e\u0301 \uD800 end";
  /** What XML 1.0 can carry of it: the forbidden controls dropped, the lone surrogate U+FFFD. */
  private static final String HOSTILE_IN_XML =
      "</script><script>alert(1)</script><!-- ]]> <b>&amp; \"q\" 'a'  \u2028\u2029 🎉 e\u0301 \uFFFD end";

  private static Event hostile() {
    LocalDate day = LocalDate.of(2024, 3, 14);
    return new Event.Builder()
        .id("hostile")
        .title(HOSTILE)
        .description(HOSTILE)
        .zone(ZoneId.of("Europe/Brussels"))
        .startDate(day)
        .endDate(day)
        .venue(new Venue.Builder().name(HOSTILE).build())
        .addTracks(new Track.Builder().id("t").title(HOSTILE + "\nsecond line")
            .addSessions(new Session.Builder().id("s").title(HOSTILE).description(HOSTILE)
                .room(HOSTILE).start(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)))
                .end(LocalDateTime.of(day, java.time.LocalTime.of(10, 0))).build())
            .build())
        .build();
  }

  @Test
  void jsonLdHasNoCharacterThatCouldEndAScriptElementOrStartMarkup() {
    String json = JsonLdExporter.builder().build().export(hostile());
    for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
      assertEquals(-1, json.indexOf(c), "raw U+" + String.format(Locale.ROOT, "%04X", (int) c) + " in\n" + json);
    }
    assertTrue(json.contains("\\u003C/script\\u003E"), json);
  }

  @Test
  void theScriptElementEndsOnlyWhereItShould() {
    String script = JsonLdExporter.builder().build().exportScript(hostile());
    String lower = script.toLowerCase(Locale.ROOT);
    assertEquals(lower.length() - "</script>\n".length(), lower.indexOf("</script"));
    assertEquals(-1, lower.indexOf("<!--"));
  }

  @Test
  void jsonLdGivesTheTextBackExactly() {
    String json = JsonLdExporter.builder().build().export(hostile());
    String name = Conformance.MAPPER.readTree(json).get("subEvent").get(0).get("name").asString();
    assertEquals(HOSTILE, name);
  }

  @Test
  void scheduleXmlIsWellFormedAndNeverHoldsCdataEndOrForbiddenCharactersRaw() {
    String xml = ScheduleExporter.builder().build().exportXml(hostile());
    assertFalse(xml.contains("]]>"), xml);
    assertFalse(xml.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'), xml);
    assertFalse(xml.contains("\uFFFE"));
    assertFalse(xml.contains("<script>"));
    Element event = (Element) Documents.xml(xml).getElementsByTagName("event").item(0);
    assertEquals(HOSTILE_IN_XML, Documents.text(event, "title"));
    assertEquals(HOSTILE_IN_XML, Documents.text(event, "abstract"));
  }

  @Test
  void hostileTextStillGivesAValidScheduleXmlAndJsonAndJsonLd() {
    Conformance.assertValidXml(ScheduleExporter.builder().build().exportXml(hostile()));
    Conformance.assertValidJson(ScheduleExporter.builder().build().exportJson(hostile()));
    Conformance.assertSchemaOrg(JsonLdExporter.builder().build().export(hostile()));
  }

  @Test
  void roomAndTrackNamesStayOnOneLineSoTheRoomAttributeMatchesEachSessionsRoom() {
    String xml = ScheduleExporter.builder().build().exportXml(hostile());
    Element room = (Element) Documents.xml(xml).getElementsByTagName("room").item(0);
    Element event = (Element) room.getElementsByTagName("event").item(0);
    assertEquals(room.getAttribute("name"), Documents.text(event, "room"));
    assertTrue(Documents.text(event, "track").endsWith(" second line"));
  }

  @Test
  void scheduleJsonGivesTheTextBackExactly() {
    String json = ScheduleExporter.builder().build().exportJson(hostile());
    String title = Conformance.MAPPER.readTree(json).get("schedule").get("conference").get("days")
        .get(0).get("rooms").values().iterator().next().get(0).get("title").asString();
    assertEquals(HOSTILE, title);
  }

  @Test
  void aSessionLongerThan99HoursAnd59MinutesIsRefusedByName() {
    Event seed = SeedEvent.event();
    Session marathon = new Session.Builder().id("marathon").title("Marathon")
        .start(LocalDateTime.of(2023, 12, 11, 9, 0)).end(LocalDateTime.of(2023, 12, 15, 13, 0)).build();
    Event event = seed.withPlenarySessions(marathon);
    PublishException error = assertThrows(PublishException.class,
        () -> ScheduleExporter.builder().build().exportXml(event));
    assertTrue(error.getMessage().contains("\"marathon\"") && error.getMessage().contains("99:59"),
        error.getMessage());
    assertThrows(PublishException.class, () -> ScheduleExporter.builder().build().exportJson(event));
  }

  @Test
  void aSessionOfExactly99HoursAnd59MinutesIsWritten() {
    Event seed = SeedEvent.event();
    Session longest = new Session.Builder().id("longest").title("Longest")
        .start(LocalDateTime.of(2023, 12, 11, 9, 0)).end(LocalDateTime.of(2023, 12, 15, 12, 59)).build();
    String xml = ScheduleExporter.builder().build().exportXml(seed.withPlenarySessions(longest));
    assertTrue(xml.contains("<duration>99:59</duration>"));
    Conformance.assertValidXml(xml);    // the XSD's limit, checked where ../shared is present
  }

  @Test
  void aSessionOutsideTheEventsDaysIsRefusedByName() {
    Session late = new Session.Builder().id("late").title("Late")
        .start(LocalDateTime.of(2023, 12, 14, 9, 0)).build();
    Event event = SeedEvent.event().withPlenarySessions(late);
    PublishException error = assertThrows(PublishException.class,
        () -> ScheduleExporter.builder().build().exportJson(event));
    assertTrue(error.getMessage().contains("\"late\"") && error.getMessage().contains("2023-12-14"),
        error.getMessage());
  }

  @Test
  void twoSessionsWithOneIdAreRefused() {
    Event seed = SeedEvent.event();
    Session copy = seed.getTracks().get(0).getSessions().get(0);
    PublishException error = assertThrows(PublishException.class,
        () -> ScheduleExporter.builder().build().exportXml(seed.withPlenarySessions(copy)));
    assertTrue(error.getMessage().contains(copy.getId()), error.getMessage());
  }

  @Test
  void builderArgumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> ScheduleExporter.builder().language("e n"));
    assertThrows(IllegalArgumentException.class, () -> JsonLdExporter.builder().language(""));
    assertThrows(IllegalArgumentException.class, () -> ScheduleExporter.builder().version(" "));
    assertThrows(IllegalArgumentException.class,
        () -> ScheduleExporter.builder().openEndDuration(java.time.Duration.ofHours(100)));
  }
}
