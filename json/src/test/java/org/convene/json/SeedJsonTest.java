package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.convene.Event;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The seed event as a JSON document. */
class SeedJsonTest {
  private final ConveneJson json = ConveneJson.create();

  @Test
  void theSeedEventRoundTrips() {
    Event seed = SeedEvent.event();
    assertEquals(seed, json.read(json.write(seed), Event.class));
  }

  @Test
  void streams_areReadAndWrittenButNeverClosed() {
    boolean[] closed = new boolean[2];
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    json.write(SeedEvent.event(), out);
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray()) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    assertEquals(SeedEvent.event(), json.read(in, Event.class));
    assertFalse(closed[0] || closed[1]);
  }

  @Test
  void theSeedDocument_statesTheSeedsFacts() {
    JsonNode document = SchemaCheck.tree(json.write(SeedEvent.event()));
    assertEquals(1, document.get("formatVersion").asInt());
    assertEquals("Europe/Brussels", document.get("zone").asString());
    assertEquals("HYBRID", document.get("attendanceMode").asString());
    assertTrue(document.get("registration").get("closed").asBoolean());
    assertEquals(3, document.get("quotas").get(0).get("limit").asInt());
    assertEquals(17, document.get("tracks").get(0).get("sessions").size());
    assertEquals(16, document.get("tracks").get(1).get("sessions").size());
    JsonNode social = null;
    for (JsonNode session : document.get("tracks").get(0).get("sessions")) {
      if (session.get("kind") != null && session.get("kind").asString().equals("SOCIAL")) {
        social = session;
      }
    }
    assertEquals("2023-12-11T18:00:00", social.get("start").asString());
    assertFalse(social.has("end"), "an open end is left out, never invented");
    assertFalse(document.has("fee") && document.get("fee").has("prices"), "the event is free");
  }

  @Test
  void theSeedEventGivesTheSameBytesTwice() {
    assertArrayEquals(json.write(SeedEvent.event()), json.write(SeedEvent.event()));
  }
}
