package org.convene.rules;

import java.util.List;

/**
 * {@code quota:<id>}, one outcome per quota that counts the request's attendance and whose scope
 * the selection touches: every target (event, track or session) and partition the participant
 * counts in has room. "At most 3 per Member State in each track" is one quota; a participant
 * asking for two tracks counts in both.
 */
final class QuotaRule implements BuiltInRule {
  static final QuotaRule INSTANCE = new QuotaRule();

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    EventIndex.Occupancy o = c.occupancy();
    for (int i = 0; i < o.quotas.length; i++) {
      int q = o.quotas[i];
      List<CounterKey> keys = c.quotaKeys(o, i);
      outcomes.add(Limits.quota(c, q, keys));
      c.occupy(keys);
    }
  }
}
