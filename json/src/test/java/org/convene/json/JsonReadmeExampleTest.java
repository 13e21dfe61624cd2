package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.ReadmeSnippets;
import org.convene.SeedEvent;
import org.convene.rules.Decision;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The README's "JSON" code and the seed event's document, as they are printed there. */
class JsonReadmeExampleTest {
  @Test
  void theReadmeCodeRunsAsDocumented() {
    Event event = SeedEvent.event();
    Participant anna = new Participant.Builder().id("anna").name("Anna").delegation("BE").build();
    Decision decision = Registrations.empty(event)
        .evaluate(RegistrationRequest.forEvent(anna, Attendance.ONLINE, Instant.parse("2023-11-20T09:00:00Z")));
    ObjectNode tree = (ObjectNode) SchemaCheck.tree(ConveneJson.create().write(event));
    ((ObjectNode) tree.get("tracks").get(1).get("sessions").get(3)).put("end", "14:30");
    String broken = new String(SchemaCheck.bytes(tree), StandardCharsets.UTF_8);

    // --- README begins
    ConveneJson json = ConveneJson.create();              // one per application: immutable, thread-safe
    byte[] document = json.write(event);                  // {"formatVersion":1,"id":"oots-go-live-accelerator",...}
    Event back = json.read(document, Event.class);        // equal to event
    String schema = ConveneJson.schema(Event.class);      // the JSON Schema (draft 2020-12) from the jar

    // in a host's own mapper (a Spring or Quarkus application), as Jackson's own modules are
    JsonMapper mapper = JsonMapper.builder().addModule(ConveneJsonModule.create()).build();
    String text = mapper.writeValueAsString(decision);    // the same bytes as json.write(decision)

    try {
      json.read(broken, Event.class);
    } catch (ConveneJsonException e) {
      e.getPath();     // "/tracks/1/sessions/3/end"
      e.getMessage();  // /tracks/1/sessions/3/end: "14:30" is not an ISO-8601 local date-time in the
                       //   event's time zone (e.g. 2023-12-11T09:00:00)
    }
    // --- README ends

    assertEquals(event, back);
    assertTrue(schema.contains("\"$id\": \"urn:convene:json:1:event\""));
    assertEquals(new String(json.write(decision), StandardCharsets.UTF_8), text);
    ConveneJsonException e = assertThrows(
        ConveneJsonException.class, () -> json.read(broken, Event.class));
    assertEquals("/tracks/1/sessions/3/end", e.getPath());
    assertEquals("/tracks/1/sessions/3/end: \"14:30\" is not an ISO-8601 local date-time in the event's time"
        + " zone (e.g. 2023-12-11T09:00:00)", e.getMessage());
    assertTrue(document.length > 0);
  }

  @Test
  void theReadmeShowsThisCodeUnchanged() {
    ReadmeSnippets.assertReadmeShows(
        ReadmeSnippets.between(
            Path.of("src/test/java/org/convene/json/JsonReadmeExampleTest.java"),
            "// --- README begins",
            "// --- README ends"));
  }

  @Test
  void theReadmeShowsTheSeedEventsDocument() {
    String seed = ConveneJson.builder().indent(true).build().writeString(SeedEvent.event());
    ReadmeSnippets.assertReadmeShows("```json\n" + seed + "\n```");
  }
}
