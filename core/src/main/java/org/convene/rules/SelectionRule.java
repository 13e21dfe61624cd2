package org.convene.rules;

import java.util.List;

/**
 * {@code selection}: a stored request names a track or session that a new version of the event
 * dropped ({@link Registrations#withEvent}); such a waiting request is not promoted while the
 * event lacks the id. A new
 * request naming an unknown id never gets here: it is an error.
 */
final class SelectionRule implements BuiltInRule {
  static final SelectionRule INSTANCE = new SelectionRule();

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    List<String> missing = c.selection.missing;
    if (!missing.isEmpty()) {
      outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.refused("selection", "SELECTION_REMOVED",
          "the event no longer has " + String.join(", ", missing)))
          .parameters(Parameters.of("missing", String.join(", ", missing))).build());
    }
  }
}
