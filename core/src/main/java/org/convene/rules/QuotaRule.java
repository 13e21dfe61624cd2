package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import org.convene.Quota;

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
    List<Quota> quotas = c.index.event.getQuotas();
    List<List<CounterKey>> quotaKeys = c.index.quotaKeys(c.request, c.selection);
    for (int q = 0; q < quotaKeys.size(); q++) {
      List<CounterKey> keys = quotaKeys.get(q);
      if (keys.isEmpty()) {
        continue;
      }
      List<Integer> limits = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        limits.add(quotas.get(q).getLimit());
      }
      outcomes.add(Limits.outcome(c.snapshot, "quota:" + quotas.get(q).getId(), "QUOTA", keys, limits, null));
      c.keys.addAll(keys);
    }
  }
}
