package org.convene.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code capacity}: the event, each selected track and each selected session with a limit for
 * the request's attendance has room. One outcome for all of them: the first full counter, else
 * the one with least room left.
 */
final class CapacityRule implements BuiltInRule {
  static final CapacityRule INSTANCE = new CapacityRule();

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    List<CounterKey> keys = new ArrayList<>();
    List<Integer> limits = new ArrayList<>();
    c.index.capacityKeys(c.request.getAttendance(), c.selection, keys, limits);
    if (!keys.isEmpty()) {
      outcomes.add(Limits.outcome(c.snapshot, "capacity", "CAPACITY", keys, limits, c.request.getAttendance()));
      c.keys.addAll(keys);
    }
  }
}
