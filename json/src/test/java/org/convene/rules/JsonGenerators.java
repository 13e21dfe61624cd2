package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.rules.RulesGenerators.Action;
import org.convene.rules.RulesGenerators.Scenario;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The json module's generators: the rule engine's values (requests, decisions with every rule
 * outcome and entitlement, registrations in every state, changes) produced by running core's
 * generated scenarios through the real engine. It sits in {@code org.convene.rules} because
 * {@link RulesGenerators}, shared through core's test jar, is package-private; events and
 * participants come from {@code org.convene.ConveneGenerators} directly.
 *
 * <p>The mutators break a written document in exactly one place, given by its JSON Pointer.
 */
public final class JsonGenerators {
  private JsonGenerators() {}

  /** What one scenario produced, in the order it produced them. */
  public static final class RulesValues {
    /** Every request of the scenario. */
    public final List<RegistrationRequest> requests = new ArrayList<>();
    /** The decision on every request. */
    public final List<Decision> decisions = new ArrayList<>();
    /** Every operation the snapshot applied, in order: a log that replays it. */
    public final List<Operation> operations = new ArrayList<>();
    /** Every registration of the final snapshot: registered and waiting. */
    public final List<Registration> registrations = new ArrayList<>();
    /** Every change the snapshot applied. */
    public final List<Change> changes = new ArrayList<>();
    /** The state of the snapshot halfway through the scenario and at its end. */
    public final List<RegistrationsState> states = new ArrayList<>();

    @Override
    public String toString() {
      return requests.size() + " requests, " + operations.size() + " operations, "
          + registrations.size() + " registrations, "
          + changes.size() + " changes, " + states.size() + " states";
    }
  }

  /** Runs a generated scenario of {@code steps} operations and keeps every value it made. */
  public static RulesValues rulesValues(Random random, int steps) {
    Scenario scenario = RulesGenerators.scenario(random, steps);
    RulesValues values = new RulesValues();
    Registrations registrations = Registrations.empty(scenario.event);
    for (Action action : scenario.actions) {
      Operation operation = action.operation(scenario.pool);
      operation.getRequest().ifPresent(values.requests::add);
      Update update;
      try {
        update = registrations.apply(operation);
      } catch (NotRegisteredException e) {
        continue;
      }
      values.operations.add(update.getOperation());
      if (update instanceof DecidedUpdate) {
        values.decisions.add(((DecidedUpdate) update).getDecision());
      }
      values.changes.addAll(update.getChanges());
      registrations = update.getRegistrations();
      if (values.operations.size() == steps / 2) {
        values.states.add(registrations.getState());
      }
    }
    values.states.add(registrations.getState());
    values.registrations.addAll(registrations.getRegistered());
    values.registrations.addAll(registrations.getWaiting());
    return values;
  }

  /** {@code @Given} provider of {@link RulesValues} from a 30-step scenario. */
  public static final class Scenarios implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return rulesValues(context.random(), 30);
    }
  }

  /** The JSON Pointer of every object member in {@code document}, depth first. */
  public static List<String> memberPointers(JsonNode document) {
    List<String> pointers = new ArrayList<>();
    collect(document, "", pointers, true);
    return pointers;
  }

  /** The JSON Pointer of every value in {@code document} but the root, depth first. */
  public static List<String> valuePointers(JsonNode document) {
    List<String> pointers = new ArrayList<>();
    collect(document, "", pointers, false);
    return pointers;
  }

  /** The JSON Pointer of every object in {@code document}, the root ({@code ""}) first. */
  public static List<String> objectPointers(JsonNode document) {
    List<String> pointers = new ArrayList<>();
    pointers.add("");
    for (String pointer : valuePointers(document)) {
      if (document.at(JsonPointer.compile(pointer)).isObject()) {
        pointers.add(pointer);
      }
    }
    return pointers;
  }

  /** A copy of {@code document} whose object at {@code pointer} has one more member, {@code name}. */
  public static JsonNode addMember(JsonNode document, String pointer, String name) {
    JsonNode copy = document.deepCopy();
    ObjectNode member = ((ObjectNode) copy.at(JsonPointer.compile(pointer))).putObject(name);
    member.putArray("from").add("a newer writer").addObject().put("depth", 3);
    return copy;
  }

  private static void collect(JsonNode node, String at, List<String> pointers, boolean membersOnly) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String pointer = at + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
        pointers.add(pointer);
        collect(member.getValue(), pointer, pointers, membersOnly);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String pointer = at + "/" + i;
        if (!membersOnly) {
          pointers.add(pointer);
        }
        collect(node.get(i), pointer, pointers, membersOnly);
      }
    }
  }

  /** A copy of {@code document} without the object member at {@code pointer}. */
  public static JsonNode remove(JsonNode document, String pointer) {
    JsonNode copy = document.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    ((ObjectNode) copy.at(at.head())).remove(at.last().getMatchingProperty());
    return copy;
  }

  /**
   * A copy of {@code document} whose value at {@code pointer} has another JSON type: a string
   * becomes a number, a number or boolean a string, an object an array, an array an object.
   */
  public static JsonNode changeType(JsonNode document, String pointer) {
    JsonNode copy = document.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(at.head());
    JsonNode old = copy.at(at);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode replacement;
    if (old.isString()) {
      replacement = nodes.numberNode(7);
    } else if (old.isNumber() || old.isBoolean()) {
      replacement = nodes.stringNode("7");
    } else if (old.isObject()) {
      replacement = nodes.arrayNode();
    } else {
      replacement = nodes.objectNode();
    }
    if (parent.isObject()) {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), replacement);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
    }
    return copy;
  }
}
