package org.convene.rules;

import java.util.List;

/**
 * What the {@link Evaluator} found for one request: the decision, and what accepting it would
 * occupy (its quota and capacity counters, its travel slot and travel counters). Immutable.
 */
final class Evaluation {
  final Decision decision;
  /** The quota and capacity counters the request occupies once registered. */
  final List<CounterKey> keys;
  /** The travel slot the participant falls in, or -1. */
  final int slot;
  /** The travel counters of that slot, empty without one. */
  final List<CounterKey> travelKeys;
  final boolean travelGranted;

  Evaluation(Decision decision, List<CounterKey> keys, int slot, List<CounterKey> travelKeys, boolean travelGranted) {
    this.decision = decision;
    this.keys = keys;
    this.slot = slot;
    this.travelKeys = travelKeys;
    this.travelGranted = travelGranted;
  }
}
