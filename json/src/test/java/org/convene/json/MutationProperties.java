package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A document broken in one place is refused, and the exception points at that place: a
 * required field removed, any value given another JSON type, or a field added that this reader
 * does not know (which a lenient reader skips, reading the value unchanged).
 */
@ExtendWith(InstancioExtension.class)
class MutationProperties {
  private final ConveneJson json = ConveneJson.create();

  @RepeatedTest(100)
  void removingARequiredField_failsAtThatField_andAnOptionalOneStillReads(
      @Given(Events.class) Event event,
      @Given(Participants.class) Participant participant,
      @Given(JsonGenerators.Scenarios.class) RulesValues rules,
      @Given int choice) {
    forEachDocument(event, participant, rules, (type, document) -> {
      List<String> members = JsonGenerators.memberPointers(document);
      String pointer = members.get(Math.floorMod(choice, members.size()));
      byte[] mutated = SchemaCheck.bytes(JsonGenerators.remove(document, pointer));
      if (isRequired(SchemaCheck.schemaTree(type), document, pointer)) {
        ConveneJsonException e = assertThrows(ConveneJsonException.class, () -> json.read(mutated, type));
        assertEquals(pointer, e.getPath(), e::getMessage);
      } else {
        json.read(mutated, type);
      }
    });
  }

  @RepeatedTest(100)
  void givingAValueAnotherType_failsAtThatValue(
      @Given(Events.class) Event event,
      @Given(Participants.class) Participant participant,
      @Given(JsonGenerators.Scenarios.class) RulesValues rules,
      @Given int choice) {
    forEachDocument(event, participant, rules, (type, document) -> {
      List<String> values = JsonGenerators.valuePointers(document);
      String pointer = values.get(Math.floorMod(choice, values.size()));
      byte[] mutated = SchemaCheck.bytes(JsonGenerators.changeType(document, pointer));
      ConveneJsonException e = assertThrows(ConveneJsonException.class, () -> json.read(mutated, type));
      assertEquals(pointer, e.getPath(), e::getMessage);
    });
  }

  @RepeatedTest(100)
  void anUnknownField_isRefusedThereByDefault_andSkippedWhenAllowed(
      @Given(Events.class) Event event,
      @Given(Participants.class) Participant participant,
      @Given(JsonGenerators.Scenarios.class) RulesValues rules,
      @Given int choice) {
    ConveneJson lenient = ConveneJson.builder().allowUnknownFields(true).build();
    for (Object value : RoundTripProperties.all(event, participant, rules)) {
      Class<?> type = value.getClass().getSuperclass();
      JsonNode document = SchemaCheck.tree(json.write(value));
      JsonNode schema = SchemaCheck.schemaTree(type);
      List<String> objects = new java.util.ArrayList<>();
      for (String object : JsonGenerators.objectPointers(document)) {
        // a map of free names (a rule outcome's parameters) takes any name: there is none to refuse
        if (!schemaAt(schema, object).path("additionalProperties").isObject()) {
          objects.add(object);
        }
      }
      String pointer = objects.get(Math.floorMod(choice, objects.size()));
      byte[] mutated = SchemaCheck.bytes(JsonGenerators.addMember(document, pointer, "addedLater"));
      ConveneJsonException e = assertThrows(ConveneJsonException.class, () -> json.read(mutated, type));
      assertEquals(pointer + "/addedLater", e.getPath(), e::getMessage);
      assertEquals(value, lenient.read(mutated, type));
    }
  }

  private void forEachDocument(
      Event event, Participant participant, RulesValues rules, BiConsumer<Class<?>, JsonNode> check) {
    for (Object value : RoundTripProperties.all(event, participant, rules)) {
      check.accept(value.getClass().getSuperclass(), SchemaCheck.tree(json.write(value)));
    }
  }

  /** Whether the schema lists the member at {@code pointer} as required in its object. */
  private static boolean isRequired(JsonNode root, JsonNode document, String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode schema = root;
    for (JsonPointer step = at; step.tail() != null && !step.tail().matches(); step = step.tail()) {
      schema = resolve(root, schema);
      schema = schema.has("properties")
          ? schema.get("properties").get(step.getMatchingProperty())
          : schema.get("items");
    }
    schema = resolve(root, schema);
    String name = at.last().getMatchingProperty();
    for (JsonNode required : schema.path("required")) {
      if (required.asString().equals(name)) {
        return true;
      }
    }
    // fields required by the value of another, as "if": {"properties": {"kind": {"const": ...}}}
    JsonNode object = document.at(at.head());
    for (JsonNode condition : schema.path("allOf")) {
      boolean holds = true;
      for (Map.Entry<String, JsonNode> test : condition.path("if").path("properties").properties()) {
        holds &= test.getValue().path("const").equals(object.path(test.getKey()));
      }
      for (JsonNode required : condition.path("then").path("required")) {
        if (holds && required.asString().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The schema of the value at {@code pointer}, references resolved. */
  private static JsonNode schemaAt(JsonNode root, String pointer) {
    JsonNode schema = resolve(root, root);
    for (JsonPointer step = JsonPointer.compile(pointer); !step.matches(); step = step.tail()) {
      schema = schema.has("properties")
          ? schema.get("properties").get(step.getMatchingProperty())
          : schema.get("items");
      schema = resolve(root, schema);
    }
    return schema;
  }

  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    while (schema.has("$ref")) {
      schema = root.at(schema.get("$ref").asString().substring(1));
    }
    return schema;
  }
}
