package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import org.convene.Participant;
import org.convene.TargetGroup;

/**
 * {@code eligibility}: the participant is in one of the event's target groups; applies only when
 * the event names some. The passed outcome of each group is made once per event version ({@link
 * EventIndex#inTargetGroup}).
 */
final class EligibilityRule implements BuiltInRule {
  static final EligibilityRule INSTANCE = new EligibilityRule();
  private static final String NONE = "(none)";

  static RuleOutcome inGroup(TargetGroup g) {
    return new RuleOutcome.Builder()
        .from(RuleOutcome.passed("eligibility", "IN_TARGET_GROUP", "target group " + g.getId()))
        .parameters(Parameters.of("group", g.getId()))
        .build();
  }

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    List<TargetGroup> groups = c.index.inputs.targetGroups();
    if (groups.isEmpty()) {
      return;
    }
    Participant p = c.request.getParticipant();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).getFilter().matches(p)) {
        outcomes.add(c.index.inTargetGroup.get(i));
        return;
      }
    }
    List<String> ids = new ArrayList<>(groups.size());
    for (TargetGroup g : groups) {
      ids.add(g.getId());
    }
    outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.refused("eligibility", "NOT_IN_TARGET_GROUP",
        p.getId() + " (delegation " + p.getDelegation().orElse(NONE) + ", sector "
            + p.getSector().map(Enum::name).orElse(NONE) + ") is in none of the target groups " + ids))
        .parameters(Parameters.of("participant", p.getId(), "groups", String.join(", ", ids))).build());
  }
}
