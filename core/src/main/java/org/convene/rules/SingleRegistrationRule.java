package org.convene.rules;

import java.util.List;
import org.convene.Participant;

/** {@code single-registration}: one live registration or waiting request per participant. */
final class SingleRegistrationRule implements BuiltInRule {
  static final SingleRegistrationRule INSTANCE = new SingleRegistrationRule();
  private static final RuleOutcome NOT_YET_REGISTERED =
      RuleOutcome.passed("single-registration", "NOT_YET_REGISTERED", "");

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    Participant participant = c.request.getParticipant();
    Entry existing = c.entry(participant.getId());
    if (existing == null || existing == c.self) {
      outcomes.add(NOT_YET_REGISTERED);
      return;
    }
    boolean registered = existing.state == Registration.State.REGISTERED;
    outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.refused(
        "single-registration",
        registered ? "ALREADY_REGISTERED" : "ALREADY_WAITING",
        participant.getId() + (registered ? " is already registered" : " is already on the waiting list")))
        .parameters(Parameters.of("participant", participant.getId())).build());
  }
}
