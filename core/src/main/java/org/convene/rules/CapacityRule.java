package org.convene.rules;

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
    EventIndex.Occupancy o = c.occupancy();
    if (o.capacityKeys.length > 0) {
      outcomes.add(Limits.capacity(c, o.capacityKeys, o.capacityLimits, c.request.getAttendance()));
      c.occupy(o.capacityList);
    }
  }
}
