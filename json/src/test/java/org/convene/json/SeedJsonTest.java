package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convene.Event;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/** The seed event as a JSON document. */
class SeedJsonTest {
  private final ConveneJson json = ConveneJson.create();

  @Test
  void theSeedEventRoundTrips() {
    Event seed = SeedEvent.event();
    assertEquals(seed, json.read(json.write(seed), Event.class));
  }

  @Test
  void theSeedEventGivesTheSameBytesTwice() {
    assertArrayEquals(json.write(SeedEvent.event()), json.write(SeedEvent.event()));
  }
}
