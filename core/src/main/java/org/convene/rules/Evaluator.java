package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import org.convene.Event;

/**
 * Decides on one request against one snapshot: the built-in rules in their fixed order, each in
 * its own class, then the custom rules, then the entitlements of an accepted request. Reads the
 * snapshot, changes nothing, and returns an immutable {@link Evaluation}.
 */
final class Evaluator {
  /** The built-in rules after the window, in the order their outcomes appear. */
  private static final List<BuiltInRule> PIPELINE = List.of(
      SelectionRule.INSTANCE,
      SingleRegistrationRule.INSTANCE,
      AttendanceRule.INSTANCE,
      EligibilityRule.INSTANCE,
      DoubleBookingRule.INSTANCE,
      CapacityRule.INSTANCE,
      QuotaRule.INSTANCE,
      FeeRule.INSTANCE);

  private Evaluator() {}

  /** One evaluation's request and what the rules found so far; confined to one evaluation. */
  static final class Context {
    final Registrations snapshot;
    final EventIndex index;
    final RegistrationRequest request;
    /** The participant's own waiting entry when a waiting request is evaluated again, else null. */
    final Entry self;
    final EventIndex.Selection selection;
    /** The quota and capacity counters the request would occupy, added by the rules that count. */
    final List<CounterKey> keys = new ArrayList<>();

    Context(Registrations snapshot, RegistrationRequest request, Entry self, EventIndex.Selection selection) {
      this.snapshot = snapshot;
      this.index = snapshot.index;
      this.request = request;
      this.self = self;
      this.selection = selection;
    }
  }

  /**
   * Evaluates a request.
   *
   * @param snapshot the snapshot to evaluate against
   * @param request the request
   * @param self the participant's own waiting entry when a waiting request is evaluated again,
   *     else null
   */
  static Evaluation evaluate(Registrations snapshot, RegistrationRequest request, Entry self) {
    List<RuleOutcome> outcomes = new ArrayList<>(8);
    Context window = new Context(snapshot, request, self, null);
    WindowRule.INSTANCE.evaluate(window, outcomes);
    if (!outcomes.get(0).isPassed()) {
      return new Evaluation(
          decision(request, Decision.Outcome.REJECTED, outcomes, Entitlements.none()), List.of(), -1, List.of(), false);
    }
    Context c = new Context(snapshot, request, self, snapshot.index.select(request, self != null));
    for (BuiltInRule rule : PIPELINE) {
      rule.evaluate(c, outcomes);
    }
    for (Rule rule : snapshot.index.customRules) {
      RuleOutcome outcome = rule.evaluate(request, snapshot);
      if (outcome == null) {
        throw new InvalidRequestException(
            "Rule \"" + rule.getId() + "\" returned null for participant \"" + request.getParticipant().getId()
                + "\": a rule must return a RuleOutcome (passed, refused or full)");
      }
      outcomes.add(outcome);
    }
    Decision.Outcome result = outcome(snapshot.index.event, outcomes);
    List<CounterKey> occupied = List.copyOf(c.keys);
    if (result != Decision.Outcome.ACCEPTED) {
      return new Evaluation(decision(request, result, outcomes, Entitlements.none()), occupied, -1, List.of(), false);
    }
    Entitled entitled = Entitled.of(snapshot, request);
    return new Evaluation(decision(request, result, outcomes, entitled.entitlements), occupied,
        entitled.slot, entitled.travelKeys, entitled.travelGranted);
  }

  /** Rejected if a rule refuses; else waitlisted (or rejected without a list) if one is full. */
  private static Decision.Outcome outcome(Event event, List<RuleOutcome> outcomes) {
    Decision.Outcome result = Decision.Outcome.ACCEPTED;
    for (RuleOutcome o : outcomes) {
      if (!o.isPassed()) {
        if (!o.isFull()) {
          return Decision.Outcome.REJECTED;
        }
        result = event.isWaitingListEnabled() ? Decision.Outcome.WAITLISTED : Decision.Outcome.REJECTED;
      }
    }
    return result;
  }

  static Decision decision(
      RegistrationRequest request, Decision.Outcome outcome, List<RuleOutcome> outcomes, Entitlements entitlements) {
    return new Decision.Builder()
        .request(request)
        .outcome(outcome)
        .ruleOutcomes(outcomes)
        .entitlements(entitlements)
        .build();
  }
}
