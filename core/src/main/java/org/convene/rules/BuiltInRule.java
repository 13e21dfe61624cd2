package org.convene.rules;

import java.util.List;

/**
 * One built-in rule: what it decides about a request from the event, the request's selection and
 * the snapshot's counters. The {@link Evaluator} runs them in a fixed order, then the custom
 * {@link Rule}s; each built-in rule lives in its own class, so "the quota rule" is one file
 * ({@link QuotaRule}).
 */
interface BuiltInRule {
  /**
   * Adds this rule's outcomes for the request to the list: none where the rule does not apply,
   * one for most rules, one per quota for {@link QuotaRule}. A rule that counts (capacities,
   * quotas) also records the counters the request would occupy in the context.
   *
   * @param context the request being evaluated, and what earlier rules found
   * @param outcomes the outcomes so far, in order
   */
  void evaluate(Evaluator.Context context, List<RuleOutcome> outcomes);
}
