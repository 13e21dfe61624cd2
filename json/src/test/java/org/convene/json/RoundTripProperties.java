package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convene.ConveneGenerators.Events;
import org.convene.ConveneGenerators.Participants;
import org.convene.Event;
import org.convene.Participant;
import org.convene.rules.JsonGenerators;
import org.convene.rules.JsonGenerators.RulesValues;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every generated value of every document type is written and read back without loss. */
@ExtendWith(InstancioExtension.class)
class RoundTripProperties {
  private final ConveneJson json = ConveneJson.create();

  static List<Object> all(Event event, Participant participant, RulesValues rules) {
    List<Object> values = new ArrayList<>();
    values.add(event);
    values.add(participant);
    values.addAll(rules.requests);
    values.addAll(rules.decisions);
    values.addAll(rules.registrations);
    values.addAll(rules.changes);
    values.addAll(rules.operations);
    values.addAll(rules.states);
    return values;
  }

  @RepeatedTest(100)
  void readingWhatWasWritten_givesAnEqualValue(
      @Given(Events.class) Event event,
      @Given(Participants.class) Participant participant,
      @Given(JsonGenerators.Scenarios.class) RulesValues rules) {
    for (Object value : all(event, participant, rules)) {
      assertEquals(value, json.read(json.write(value), value.getClass().getSuperclass()));
    }
  }

  @RepeatedTest(100)
  void equalValues_giveEqualBytes_andRereadingChangesNoByte(
      @Given(Events.class) Event event,
      @Given(Participants.class) Participant participant,
      @Given(JsonGenerators.Scenarios.class) RulesValues rules) {
    for (Object value : all(event, participant, rules)) {
      byte[] written = json.write(value);
      assertArrayEquals(written, json.write(value));
      assertArrayEquals(written, json.write(json.read(written, value.getClass().getSuperclass())));
    }
    // sets are written sorted: the order they were built in does not show
    List<String> roles = new ArrayList<>(participant.getRoles());
    Collections.reverse(roles);
    Participant reordered = new Participant.Builder().from(participant).roles(roles).build();
    assertArrayEquals(json.write(participant), json.write(reordered));
  }

  @RepeatedTest(100)
  void writeString_givesTheTextOfWrite_compactAndIndented(
      @Given(Events.class) Event event,
      @Given(Participants.class) Participant participant,
      @Given(JsonGenerators.Scenarios.class) RulesValues rules) {
    // writeString takes Jackson's string path, write its byte path: one document either way
    ConveneJson indented = ConveneJson.builder().indent(true).build();
    for (Object value : all(event, participant, rules)) {
      assertEquals(new String(json.write(value), StandardCharsets.UTF_8), json.writeString(value));
      assertEquals(new String(indented.write(value), StandardCharsets.UTF_8), indented.writeString(value));
    }
  }

  @RepeatedTest(100)
  void everyWrittenDocument_isValidAgainstItsSchema(
      @Given(Events.class) Event event,
      @Given(Participants.class) Participant participant,
      @Given(JsonGenerators.Scenarios.class) RulesValues rules) {
    for (Object value : all(event, participant, rules)) {
      SchemaCheck.assertValid(value.getClass().getSuperclass(), json.write(value));
    }
  }
}
