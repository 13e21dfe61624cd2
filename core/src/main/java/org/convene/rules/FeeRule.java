package org.convene.rules;

import java.util.List;
import java.util.Optional;
import org.convene.FeeWaiver;
import org.convene.Participant;
import org.convene.Price;

/**
 * {@code fee}: on an event with prices, a waiver or a price category applies to the participant.
 * What is then due is an entitlement ({@link Entitled}).
 */
final class FeeRule implements BuiltInRule {
  static final FeeRule INSTANCE = new FeeRule();

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    if (c.index.inputs.fee().isFree()) {
      return;
    }
    Participant participant = c.request.getParticipant();
    Optional<FeeWaiver> waiver = c.index.inputs.fee().waiverFor(participant);
    Optional<Price> price = c.index.inputs.fee().priceFor(participant);
    if (waiver.isPresent()) {
      outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.passed("fee", "WAIVED", waiver.get().getDescription()))
          .parameters(Parameters.of("waiver", waiver.get().getDescription())).build());
    } else if (price.isPresent()) {
      outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.passed("fee", "PRICE",
          price.get().getCategory() + ": " + price.get().getAmount().toPlainString() + " " + price.get().getCurrency()))
          .parameters(Parameters.of("category", price.get().getCategory(),
              "amount", price.get().getAmount().toPlainString(),
              "currency", price.get().getCurrency().getCurrencyCode()))
          .build());
    } else {
      outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.refused("fee", "NO_PRICE_CATEGORY",
          "no price category of the event applies to " + participant.getId()))
          .parameters(Parameters.of("participant", participant.getId())).build());
    }
  }
}
