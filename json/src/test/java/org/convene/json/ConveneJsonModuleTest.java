package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convene.Event;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The module in a host's own mapper maps exactly as the facade does, also inside host types. */
class ConveneJsonModuleTest {
  private final ConveneJson json = ConveneJson.create();
  private final JsonMapper host = JsonMapper.builder().addModule(ConveneJsonModule.create()).build();

  /** A host's own type that holds a Convene value. */
  record Envelope(String note, Event event) {}

  @Test
  void aHostMapper_writesTheSameBytesAsTheFacade() {
    assertEquals(json.writeString(SeedEvent.event()), host.writeValueAsString(SeedEvent.event()));
  }

  @Test
  void aHostMapper_readsTheSeedEventBack() {
    assertEquals(SeedEvent.event(), host.readValue(json.write(SeedEvent.event()), Event.class));
  }

  @Test
  void aHostType_holdingAnEvent_roundTrips() {
    Envelope envelope = new Envelope("published", SeedEvent.event());
    String text = host.writeValueAsString(envelope);
    assertTrue(text.startsWith("{\"note\":\"published\",\"event\":{\"formatVersion\":1,"), text);
    assertEquals(envelope, host.readValue(text, Envelope.class));
  }

  @Test
  void badInputInsideAHostType_namesItsFullPath() {
    String text = host.writeValueAsString(new Envelope("x", SeedEvent.event()))
        .replaceFirst("\"zone\":\"Europe/Brussels\"", "\"zone\":\"Nowhere\"");
    Throwable thrown = assertThrows(
        RuntimeException.class, () -> host.readValue(text, Envelope.class));
    while (!(thrown instanceof ConveneJsonException) && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    assertEquals("/event/zone", ((ConveneJsonException) thrown).getPath());
  }

  @Test
  void theFacadesMapper_hasTheModule() {
    assertEquals(SeedEvent.event(), json.mapper().readValue(json.write(SeedEvent.event()), Event.class));
  }
}
