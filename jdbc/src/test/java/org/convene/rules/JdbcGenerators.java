package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import org.convene.Event;
import org.convene.rules.RulesGenerators.Action;
import org.convene.rules.RulesGenerators.Scenario;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;

/**
 * The jdbc module's generators: core's generated scenarios (an event and a random sequence of
 * register, amend, cancel, substitute, promote and event-version operations) as operations a
 * durable desk applies. It sits in {@code org.convene.rules} because {@link RulesGenerators},
 * shared through core's test jar, is package-private.
 */
public final class JdbcGenerators {
  private JdbcGenerators() {}

  /** An event's first version and the operations sent to it, some of which may not apply. */
  public static final class Operations {
    /** The event as registration opens. */
    public final Event event;
    /** The operations, in the order they are sent. */
    public final List<Operation> operations;

    Operations(Event event, List<Operation> operations) {
      this.event = event;
      this.operations = operations;
    }

    @Override
    public String toString() {
      return "Operations[event " + event.getId() + ", " + operations.size() + " operations]";
    }
  }

  /** A generated scenario of {@code steps} operations. */
  public static Operations operations(Random random, int steps) {
    Scenario scenario = RulesGenerators.scenario(random, steps);
    List<Operation> operations = new ArrayList<>();
    for (Action action : scenario.actions) {
      operations.add(action.operation(scenario.pool));
    }
    return new Operations(scenario.event, operations);
  }

  /** {@code @Given} provider of {@link Operations}: 40 operations. */
  public static final class Scenarios implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return operations(context.random(), 40);
    }
  }
}
