package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.convene.Event;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** The seed event's markup and schedule, fact by fact. */
class SeedPublishTest {
  private static final Event SEED = SeedEvent.event();
  private static final String JSON_LD = JsonLdExporter.builder().build().export(SEED);
  private static final String XML = ScheduleExporter.builder().build().exportXml(SEED);
  private static final String JSON = ScheduleExporter.builder().build().exportJson(SEED);

  private static JsonNode jsonLd() {
    return Conformance.MAPPER.readTree(JSON_LD);
  }

  /** The training track's social event: the training room comes first. */
  private static JsonNode socialInJson() {
    for (JsonNode day : Conformance.MAPPER.readTree(JSON).get("schedule").get("conference").get("days")) {
      for (JsonNode room : day.get("rooms")) {
        for (JsonNode event : room) {
          if (event.get("title").asString().equals("Social event")) {
            return event;
          }
        }
      }
    }
    throw new AssertionError("no social event in\n" + JSON);
  }

  @Test
  void jsonLdIsAMixedAttendanceEventFromTheFirstSessionToTheLastEnd() {
    JsonNode event = jsonLd();
    assertEquals("Event", event.get("@type").asString());
    assertEquals("OOTS Go-Live Accelerator event", event.get("name").asString());
    assertEquals("2023-12-11T09:30:00+01:00", event.get("startDate").asString());
    assertEquals("2023-12-12T16:30:00+01:00", event.get("endDate").asString());
    assertEquals("https://schema.org/MixedEventAttendanceMode", event.get("eventAttendanceMode").asString());
    assertEquals("https://schema.org/EventScheduled", event.get("eventStatus").asString());
  }

  @Test
  void jsonLdPlacesTheEventAtCometLouiseWithItsAddress() {
    JsonNode place = jsonLd().get("location");
    assertEquals("Place", place.get("@type").asString());
    assertEquals("Comet Louise", place.get("name").asString());
    assertEquals("Place Stéphanie 20", place.get("address").get("streetAddress").asString());
    assertEquals("1050", place.get("address").get("postalCode").asString());
    assertEquals("Brussels", place.get("address").get("addressLocality").asString());
    assertEquals("BE", place.get("address").get("addressCountry").asString());
    assertNull(place.get("geo"), "the seed page gives no coordinates, so none are invented");
  }

  @Test
  void jsonLdSaysTheEventIsFreeWithoutInventingACurrency() {
    JsonNode event = jsonLd();
    assertTrue(event.get("isAccessibleForFree").asBoolean());
    JsonNode offer = event.get("offers").get(0);
    assertEquals(1, event.get("offers").size());
    assertEquals(0, offer.get("price").asInt());
    assertNull(offer.get("priceCurrency"));
  }

  @Test
  void jsonLdNamesTheTargetGroupAsAudience() {
    JsonNode audience = jsonLd().get("audience");
    assertEquals(1, audience.size());
    assertTrue(audience.get(0).get("audienceType").asString().startsWith("All Member State teams"));
  }

  @Test
  void jsonLdHasThe33SessionsAsSubEvents_theSocialEventsOpenEnded() {
    JsonNode sub = jsonLd().get("subEvent");
    assertEquals(33, sub.size());
    List<JsonNode> social = new ArrayList<>();
    sub.forEach(s -> {
      if (s.get("name").asString().equals("Social event")) {
        social.add(s);
      }
    });
    assertEquals(2, social.size(), "one in each track");
    for (JsonNode event : social) {
      assertEquals("SocialEvent", event.get("@type").asString());
      assertEquals("2023-12-11T18:00:00+01:00", event.get("startDate").asString());
      assertNull(event.get("endDate"));
    }
  }

  @Test
  void jsonLdLeavesOutQuotasAndTravelPolicy() {
    assertFalse(JSON_LD.contains("three people"), "the quota's description");
    assertFalse(JSON_LD.contains("reimbursement"), "the travel policy's description");
    assertFalse(JSON_LD.contains("Privacy statement"));
  }

  @Test
  void jsonLdUsesSchemaOrgTermsCorrectly() {
    Conformance.assertSchemaOrg(JSON_LD);
  }

  @Test
  void scheduleHasTwoDaysAndOneRoomPerTrack() {
    Element schedule = Documents.xml(XML).getDocumentElement();
    NodeList days = schedule.getElementsByTagName("day");
    assertEquals(2, days.getLength());
    assertEquals("2023-12-11", ((Element) days.item(0)).getAttribute("date"));
    assertEquals("2023-12-12T00:00:00+01:00", ((Element) days.item(0)).getAttribute("end"));
    NodeList rooms = ((Element) days.item(0)).getElementsByTagName("room");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rooms.getLength(); i++) {
      if (rooms.item(i).getParentNode() == days.item(0)) {
        names.add(((Element) rooms.item(i)).getAttribute("name"));
      }
    }
    assertEquals(List.of(SEED.getTracks().get(0).getTitle(), SEED.getTracks().get(1).getTitle()), names);
    assertEquals(33, schedule.getElementsByTagName("event").getLength());
  }

  @Test
  void scheduleConferenceCarriesAcronymZoneAndTimeslot() {
    Element conference = (Element) Documents.xml(XML).getElementsByTagName("conference").item(0);
    assertEquals("oots_go_live_accelerator", Documents.text(conference, "acronym"));
    assertEquals("Europe/Brussels", Documents.text(conference, "time_zone_name"));
    assertEquals("00:15", Documents.text(conference, "timeslot_duration"));
    assertEquals("2", Documents.text(conference, "days"));
  }

  @Test
  void theOpenEndedSocialEventLastsNoTime_orTheConfiguredDuration() {
    JsonNode social = socialInJson();
    assertEquals("18:00", social.get("start").asString());
    assertEquals("00:00", social.get("duration").asString());
    assertEquals("social", social.get("type").asString());
    assertNull(social.get("end"), "no end is invented");
    String configured = ScheduleExporter.builder().openEndDuration(Duration.ofHours(2)).build().exportJson(SEED);
    assertTrue(configured.contains("\"duration\": \"02:00\""), configured);
    assertFalse(configured.contains("\"end\": \"2023-12-11T20:00:00+01:00\""), "still no end");
  }

  @Test
  void sessionIdsAreDerivedFromTheEventAndSessionIds() {
    JsonNode social = socialInJson();
    String guid = ScheduleExporter.guidOf(SeedEvent.ID, "training-d1-1800").toString();
    assertEquals(guid, social.get("guid").asString());
    assertEquals('5', guid.charAt(14), "a version 5 (name-based) UUID");
    assertTrue(XML.contains("guid=\"" + guid + "\" id=\"" + social.get("id").asInt() + "\""));
    assertEquals(XML, ScheduleExporter.builder().build().exportXml(SeedEvent.event()));
  }

  @Test
  void scheduleXmlValidatesAgainstTheXsd() {
    Conformance.assertValidXml(XML);
  }

  @Test
  void scheduleXmlWithALanguageValidatesAgainstTheXsd() {
    Conformance.assertValidXml(ScheduleExporter.builder().language("en").build().exportXml(SEED));
  }

  @Test
  void scheduleJsonValidatesAgainstTheJsonSchema() {
    Conformance.assertValidJson(JSON);
  }

  @Test
  void theLanguageIsWrittenOnlyWhenTheCallerStatesIt() {
    assertTrue(JSON.contains("\"language\": null"));
    assertFalse(XML.contains("<language>"));
    String english = ScheduleExporter.builder().language("en").build().exportXml(SEED);
    assertTrue(english.contains("<language>en</language>"));
    assertTrue(JsonLdExporter.builder().language("en").build().export(SEED).contains("\"inLanguage\": \"en\""));
  }
}
