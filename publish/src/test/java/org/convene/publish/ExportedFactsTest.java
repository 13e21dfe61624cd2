package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.convene.Address;
import org.convene.AgendaItem;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.Fee;
import org.convene.Geo;
import org.convene.OnlineAccess;
import org.convene.Organiser;
import org.convene.Price;
import org.convene.RegistrationWindow;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.TargetGroup;
import org.convene.Track;
import org.convene.Venue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Everything the three documents say of an event that uses every field they read, written out in
 * full: what the seed event does not have (prices, coordinates, an online link, an organiser,
 * rooms inside other places, a change to summer time).
 */
class ExportedFactsTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final LocalDate FIRST = LocalDate.of(2025, 3, 29);

  private static LocalDateTime at(int day, int hour, int minute) {
    return FIRST.plusDays(day).atTime(hour, minute);
  }

  /** Three days over the change to summer time on 30 March 2025, a hybrid, priced event. */
  static Event full() {
    Venue hall = new Venue.Builder().name("Hall")
        .address(new Address.Builder().street("Rue Haute 1").postalCode("1000").locality("Brussels")
            .region("Brussels-Capital").country("BE").build())
        .geo(Geo.of(50.84, 4.35))
        .build();
    return new Event.Builder()
        .id("Full-Event 2025")
        .title("Full event")
        .summary("Short summary")
        .description("Long description")
        .zone(BRUSSELS)
        .startDate(FIRST)
        .endDate(FIRST.plusDays(2))
        .venue(hall)
        .attendanceMode(AttendanceMode.HYBRID)
        .onlineAccess(new OnlineAccess.Builder().url(URI.create("https://meet.example.org/full"))
            .platform("Meet").build())
        .registration(RegistrationWindow.between(Instant.parse("2025-01-06T08:00:00Z"),
            Instant.parse("2025-03-20T12:00:00Z")))
        .fee(new Fee.Builder()
            .addPrices(Price.of("Standard", new BigDecimal("120.50"), Currency.getInstance("EUR")))
            .addPrices(Price.of("Student", new BigDecimal("40"), Currency.getInstance("EUR")))
            .build())
        .organiser(new Organiser.Builder().name("Organising team").email("team@example.org")
            .url(URI.create("https://example.org/team")).build())
        .addTargetGroups(new TargetGroup.Builder().id("dev").description("Developers").build())
        .addTargetGroups(new TargetGroup.Builder().id("ops").description("Operators").build())
        .url(URI.create("https://example.org/full"))
        .addPlenarySessions(new Session.Builder().id("open").title("Opening").kind(SessionKind.WELCOME)
            .start(at(0, 9, 0)).end(at(0, 9, 30)).room("Main room").build())
        .addTracks(new Track.Builder().id("t1").title("Track one")
            .addSessions(new Session.Builder().id("learn").title("Learning").kind(SessionKind.TRAINING)
                .description("What we learn")
                .addAgenda(AgendaItem.of("Basics", "Words", "Sentences"), AgendaItem.of("Practice"))
                .start(at(0, 10, 0)).end(at(0, 12, 0)).build())
            .addSessions(new Session.Builder().id("lunch").title("Lunch").kind(SessionKind.MEAL)
                .location(new Venue.Builder().name("Canteen").build())
                .start(at(0, 12, 0)).end(at(0, 13, 0)).build())
            .addSessions(new Session.Builder().id("social").title("Drinks").kind(SessionKind.SOCIAL)
                .start(at(0, 18, 0)).build())
            .build())
        .addTracks(new Track.Builder().id("t2").title("Track two")
            .addSessions(new Session.Builder().id("night").title("Night shift").kind(SessionKind.WORKSHOP)
                .room("Lab").start(at(1, 1, 30)).end(at(1, 3, 30)).build())
            .addSessions(new Session.Builder().id("panel").title("Panel").kind(SessionKind.PANEL)
                .room("Room 2").location(new Venue.Builder().name("Annex").build())
                .start(at(2, 14, 0)).end(at(2, 15, 15)).build())
            .build())
        .build();
  }

  @Test
  void jsonLdSaysEveryFactOfTheFullEvent() {
    assertEquals(golden("full-event.jsonld"), JsonLdExporter.builder().language("fr-BE").build().export(full()));
  }

  @Test
  void scheduleXmlSaysEveryFactOfTheFullEvent() {
    assertEquals(golden("full-event-schedule.xml"),
        ScheduleExporter.builder().version("2.1").language("en").build().exportXml(full()));
  }

  @Test
  void scheduleJsonSaysEveryFactOfTheFullEvent() {
    assertEquals(golden("full-event-schedule.json"), ScheduleExporter.builder().build().exportJson(full()));
  }

  @Test
  void theByteStreamsCarryTheSameDocumentsInUtf8() {
    Event event = full().withTitle("Événement à Zürich 🎉");
    ScheduleExporter schedule = ScheduleExporter.builder().build();
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    schedule.exportXml(event, xml);
    assertEquals(schedule.exportXml(event), xml.toString(StandardCharsets.UTF_8));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    schedule.exportJson(event, json);
    assertEquals(schedule.exportJson(event), json.toString(StandardCharsets.UTF_8));
    StringWriter jsonLd = new StringWriter();
    JsonLdExporter.builder().build().export(event, jsonLd);
    assertEquals(JsonLdExporter.builder().build().export(event), jsonLd.toString());
  }

  @Test
  void anOnlineEventIsAtItsVirtualLocationOnly_evenWithAVenue() {
    Event online = full().withAttendanceMode(AttendanceMode.ONLINE)
        .withOnlineAccess(OnlineAccess.of(URI.create("https://meet.example.org/only")));
    JsonNode location = jsonLd(online).get("location");
    assertTrue(location.isObject(), location.toString());
    assertEquals("VirtualLocation", location.get("@type").asString());
    assertEquals("https://meet.example.org/only", location.get("url").asString());
    assertNull(location.get("name"), "no platform given");
    assertEquals("https://schema.org/OnlineEventAttendanceMode", jsonLd(online).get("eventAttendanceMode").asString());
  }

  @Test
  void anInPersonEventIsAtItsVenueOnly_evenWithAnOnlineLink() {
    JsonNode event = jsonLd(full().withAttendanceMode(AttendanceMode.IN_PERSON));
    JsonNode location = event.get("location");
    assertTrue(location.isObject(), location.toString());
    assertEquals("Hall", location.get("name").asString());
    assertEquals("https://schema.org/OfflineEventAttendanceMode", event.get("eventAttendanceMode").asString());
  }

  @Test
  void onlineAccessWithOnlyInstructionsGivesNoVirtualLocation_aPlatformAloneGivesItsName() {
    Event instructions = full().withOnlineAccess(new OnlineAccess.Builder().instructions("Ask us").build());
    assertEquals("Place", jsonLd(instructions).get("location").get("@type").asString());
    Event platform = full().withVenue(Optional.empty())
        .withOnlineAccess(new OnlineAccess.Builder().platform("Meet").build());
    JsonNode location = jsonLd(platform).get("location");
    assertEquals("VirtualLocation", location.get("@type").asString());
    assertEquals("Meet", location.get("name").asString());
    assertNull(location.get("url"));
    assertNull(jsonLd(platform.withOnlineAccess(Optional.empty())).get("location"), "nowhere known");
  }

  @Test
  void theDescriptionIsTheEventsDescription_elseItsSummary_elseNone() {
    assertEquals("Short summary", jsonLd(full().withDescription(Optional.empty())).get("description").asString());
    assertNull(jsonLd(full().withDescription(Optional.empty()).withSummary(Optional.empty())).get("description"));
    String schedule = ScheduleExporter.builder().build().exportJson(full().withSummary(Optional.empty()));
    assertTrue(schedule.contains("\"description\": \"Long description\""), "schedule.json: the summary, else the description");
  }

  @Test
  void withoutSessionsTheEventsDatesAreGiven() {
    Event empty = full().withTracks(List.of()).withPlenarySessions(List.of());
    JsonNode event = jsonLd(empty);
    assertEquals("2025-03-29", event.get("startDate").asString());
    assertEquals("2025-03-31", event.get("endDate").asString());
    assertNull(event.get("subEvent"));
  }

  @Test
  void anOpenEndedSessionFromTheLastEndOnLeavesTheEndADate_oneBeforeItDoesNot() {
    Session talk = new Session.Builder().id("talk").title("Talk").start(at(0, 9, 0)).end(at(0, 10, 0)).build();
    Event event = full().withTracks(List.of()).withPlenarySessions(talk,
        new Session.Builder().id("open").title("Open").start(at(0, 10, 0)).build());
    assertEquals("2025-03-29T09:00:00+01:00", jsonLd(event).get("startDate").asString());
    assertEquals("2025-03-31", jsonLd(event).get("endDate").asString(), "open-ended at the last end");
    Event before = event.withPlenarySessions(talk,
        new Session.Builder().id("open").title("Open").start(at(0, 9, 59)).build());
    assertEquals("2025-03-29T10:00:00+01:00", jsonLd(before).get("endDate").asString());
  }

  @Test
  void aFreeEventHasOneOfferOfPriceZero_withTheFeesDescription_andTheWindowsBoundsItHas() {
    Event free = full().withFee(new Fee.Builder().description("Lunch included").build())
        .withRegistration(new RegistrationWindow.Builder().closes(Instant.parse("2025-03-20T12:00:00Z")).build())
        .withUrl(Optional.empty());
    JsonNode event = jsonLd(free);
    assertTrue(event.get("isAccessibleForFree").asBoolean());
    JsonNode offer = event.get("offers").get(0);
    assertEquals(1, event.get("offers").size());
    assertEquals("0", offer.get("price").asString());
    assertEquals("Lunch included", offer.get("description").asString());
    assertNull(offer.get("validFrom"));
    assertEquals("2025-03-20T13:00:00+01:00", offer.get("validThrough").asString());
    assertNull(offer.get("url"));
    assertNull(jsonLd(full()).get("isAccessibleForFree"), "a priced event is not said to be free");
  }

  @Test
  void anOrganiserWithOnlyANameAndAnEventWithoutTargetGroupsSayNoMore() {
    JsonNode event = jsonLd(full().withOrganiser(Organiser.of("Team")).withTargetGroups(List.of()));
    assertEquals("Team", event.get("organizer").get("name").asString());
    assertNull(event.get("organizer").get("url"));
    assertNull(event.get("organizer").get("email"));
    assertNull(event.get("audience"));
    assertNull(jsonLd(full().withOrganiser(Optional.empty())).get("organizer"));
  }

  @Test
  void aSessionsPlaceIsItsRoomInsideItsOwnLocationOrTheVenue_orItsLocation_orNone() {
    Session roomOnly = new Session.Builder().id("r").title("R").room("Room 9").start(at(0, 9, 0)).end(at(0, 10, 0)).build();
    Event noVenue = full().withVenue(Optional.empty()).withTracks(List.of()).withPlenarySessions(roomOnly);
    JsonNode room = jsonLd(noVenue).get("subEvent").get(0).get("location");
    assertEquals("Room 9", room.get("name").asString());
    assertNull(room.get("containedInPlace"), "no venue to be inside");
    Session nowhere = roomOnly.withRoom(Optional.empty());
    assertNull(jsonLd(noVenue.withPlenarySessions(nowhere)).get("subEvent").get(0).get("location"));
  }

  @Test
  void withoutAWebPageSessionsInScheduleJsonGetTheirUuidsUrn_andScheduleXmlNoUrl() {
    Event event = full().withUrl(Optional.empty());
    JsonNode json = Conformance.MAPPER.readTree(ScheduleExporter.builder().build().exportJson(event));
    JsonNode opening = json.get("schedule").get("conference").get("days").get(0).get("rooms").get("Main room").get(0);
    assertEquals("urn:uuid:" + ScheduleExporter.guidOf("Full-Event 2025", "open"), opening.get("url").asString());
    assertNull(json.get("schedule").get("conference").get("url"));
    assertFalse(ScheduleExporter.builder().build().exportXml(event).contains("<url>"));
  }

  @Test
  void scheduleXmlLeavesOutAWebPageThatIsNotHttp_scheduleJsonKeepsIt() {
    Event event = full().withUrl(URI.create("ftp://example.org/full"));
    assertFalse(ScheduleExporter.builder().build().exportXml(event).contains("<url>"));
    assertTrue(ScheduleExporter.builder().build().exportJson(event).contains("\"url\": \"ftp://example.org/full\""));
  }

  @Test
  void aZoneIdTheFormatRefusesIsLeftOut() {
    Event event = full().withZone(ZoneId.of("Etc/GMT+5"));
    assertFalse(ScheduleExporter.builder().build().exportXml(event).contains("time_zone_name"));
    assertFalse(ScheduleExporter.builder().build().exportJson(event).contains("time_zone_name"));
  }

  @Test
  void theBuildersRefuseWhatAScheduleCannotSay_namingTheValue() {
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> ScheduleExporter.builder().version(" "));
    assertTrue(blank.getMessage().contains("version \" \""), blank.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> ScheduleExporter.builder().openEndDuration(Duration.ofMinutes(-1)));
    assertTrue(negative.getMessage().contains("PT-1M"), negative.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ScheduleExporter.builder().openEndDuration(Duration.ofMinutes(99 * 60 + 60)));
    String longest = ScheduleExporter.builder().openEndDuration(Duration.ofMinutes(99 * 60 + 59)).build()
        .exportJson(full());
    assertTrue(longest.contains("\"duration\": \"99:59\""), "the longest open end a schedule can say");
    assertTrue(ScheduleExporter.builder().openEndDuration(Duration.ZERO).build().exportJson(full())
        .contains("\"duration\": \"00:00\""));
    assertThrows(IllegalArgumentException.class, () -> JsonLdExporter.builder().language("not a tag"));
    assertThrows(org.convene.MissingValueException.class, () -> JsonLdExporter.builder().build().export(null));
  }

  private static JsonNode jsonLd(Event event) {
    return Conformance.MAPPER.readTree(JsonLdExporter.builder().build().export(event));
  }

  private static String golden(String name) {
    try (InputStream in = ExportedFactsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
