package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.convene.SeedEvent;
import org.convene.SharedFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Convene's schedule.json beside two real ones, written by frab and by pretalx: apps that read
 * theirs find every field in ours that both of them write, except what the model cannot know.
 */
class RealSchedulesTest {
  /** Fields of a session that Convene has nothing for: logos, recording licences, attachments. */
  private static final Set<String> UNKNOWN_TO_THE_MODEL =
      Set.of("logo", "recording_license", "do_not_record", "attachments");

  private static JsonNode read(String file) {
    return Conformance.MAPPER.readTree(Conformance.read(SharedFiles.require("schemas/frab/" + file)));
  }

  private static Set<String> conferenceFields(JsonNode document) {
    return new TreeSet<>(document.get("schedule").get("conference").propertyNames());
  }

  private static Set<String> sessionFields(JsonNode document) {
    Set<String> fields = new TreeSet<>();
    for (JsonNode day : document.get("schedule").get("conference").get("days")) {
      for (JsonNode room : day.get("rooms")) {
        for (JsonNode event : room) {
          fields.addAll(event.propertyNames());
        }
      }
    }
    return fields;
  }

  private static JsonNode seed() {
    return Conformance.MAPPER.readTree(ScheduleExporter.builder().build().exportJson(SeedEvent.event()));
  }

  @Test
  void everyConferenceFieldThatFrabAndPretalxBothWriteIsInOurs() {
    Set<String> common = conferenceFields(read("frab-camp2019.json"));
    common.retainAll(conferenceFields(read("pretalx-democon.json")));
    Set<String> ours = conferenceFields(seed());
    assertTrue(ours.containsAll(common), "ours " + ours + " lacks some of " + common);
  }

  @Test
  void everySessionFieldThatFrabAndPretalxBothWriteIsInOurs_butWhatTheModelCannotKnow() {
    Set<String> common = sessionFields(read("frab-camp2019.json"));
    common.retainAll(sessionFields(read("pretalx-democon.json")));
    common.removeAll(UNKNOWN_TO_THE_MODEL);
    Set<String> ours = sessionFields(seed());
    assertTrue(ours.containsAll(common), "ours " + ours + " lacks some of " + common);
  }
}
