package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import org.convene.Partition;

/**
 * Decides on one request against one snapshot: the built-in rules in their fixed order, each in
 * its own class, then the custom rules, then the entitlements of an accepted request. Reads the
 * snapshot, changes nothing, and returns an immutable {@link Evaluation}.
 */
final class Evaluator {
  /** The built-in rules after the window, in the order their outcomes appear. */
  private static final BuiltInRule[] PIPELINE = {
      SelectionRule.INSTANCE,
      SingleRegistrationRule.INSTANCE,
      AttendanceRule.INSTANCE,
      EligibilityRule.INSTANCE,
      DoubleBookingRule.INSTANCE,
      CapacityRule.INSTANCE,
      QuotaRule.INSTANCE,
      FeeRule.INSTANCE};

  private Evaluator() {}

  /** One evaluation's request and what the rules found so far; confined to one evaluation. */
  static final class Context {
    /** Private, so that a built-in rule reads the counters and entries, not the event ({@link EventIndex}). */
    private final Registrations snapshot;
    final EventIndex index;
    final RegistrationRequest request;
    /** The participant's own waiting entry when a waiting request is evaluated again, else null. */
    final Entry self;
    /** The selection, once the window rule passed. */
    EventIndex.Selection selection;
    /**
     * The quota and capacity counters the request would occupy, added by the rules that count
     * ({@link #occupy}): the one list given while only one was, else a list of our own.
     */
    private List<CounterKey> keys = List.of();
    private boolean ownKeys;
    /** The travel slot the participant falls in (-1 for none), its counters, and whether granted. */
    int slot = -1;
    List<CounterKey> travelKeys = List.of();
    boolean travelGranted;
    /** The last partition asked for and the participant's values in it: quota and travel share one. */
    private Partition partition;
    private List<List<PartitionValue>> partitionValues;
    /** The memo of the participant's value in that partition, or null if it has several attributes or roles. */
    private PartitionMemo.Entry memo;

    Context(Registrations snapshot, RegistrationRequest request, Entry self) {
      this.snapshot = snapshot;
      this.index = snapshot.index;
      this.request = request;
      this.self = self;
    }

    /**
     * A context for the rules that read no counter and no entry ({@link NoLongerAdmitted}): the
     * request against a version alone, as no one's waiting entry.
     */
    Context(EventIndex index, RegistrationRequest request) {
      this.snapshot = null;
      this.index = index;
      this.request = request;
      this.self = null;
    }

    /** A counter of the snapshot, or null when it counts nobody. */
    Count counter(CounterKey key) {
      return snapshot.counter(key);
    }

    /** A participant's live entry in the snapshot, or null. */
    Entry entry(String participantId) {
      return snapshot.entries.get(participantId);
    }

    /** Records counters the request would occupy; the list is never changed. */
    void occupy(List<CounterKey> more) {
      if (keys.isEmpty()) {
        keys = more;
        return;
      }
      if (!ownKeys) {
        keys = new ArrayList<>(keys);
        ownKeys = true;
      }
      keys.addAll(more);
    }

    /** What the selection occupies for the request's attendance. */
    EventIndex.Occupancy occupancy() {
      return index.occupancy(selection, request.getAttendance());
    }

    /** The partitions the participant counts in ({@link EventIndex#partitionValues}). */
    List<List<PartitionValue>> partitionValues(Partition p) {
      if (partition == null || !(partition == p || partition.getKeys().equals(p.getKeys()))) {
        memo = index.partitionMemo.of(p, request.getParticipant());
        partitionValues = memo != null ? memo.values : EventIndex.partitionValues(p, request.getParticipant());
        partition = p;
      }
      return partitionValues;
    }

    /** The keys of the {@code i}th quota of an occupancy for the participant ({@link EventIndex#quotaKeys}). */
    List<CounterKey> quotaKeys(EventIndex.Occupancy o, int i) {
      List<List<PartitionValue>> values = partitionValues(index.quotaPartition(o.quotas[i]));
      List<String> targets = o.targets.get(i);
      return memo != null && targets.size() == 1
          ? memo.quotaKeys(o.quotas[i], targets.get(0))
          : index.quotaKeys(o, i, values);
    }

    /** The keys of a travel slot for the participant ({@link EventIndex#travelKeys(int, List)}). */
    List<CounterKey> travelKeys(int slot) {
      List<List<PartitionValue>> values = partitionValues(index.travelPolicy.getPartition());
      return memo != null ? memo.travelKeys(slot) : index.travelKeys(slot, values);
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
    Context c = new Context(snapshot, request, self);
    WindowRule.INSTANCE.evaluate(c, outcomes);
    if (!outcomes.get(0).isPassed()) {
      return new Evaluation(
          decision(request, Decision.Outcome.REJECTED, outcomes, Entitlements.none()), List.of(), -1, List.of(), false);
    }
    c.selection = snapshot.index.select(request, self != null);
    for (BuiltInRule rule : PIPELINE) {
      rule.evaluate(c, outcomes);
    }
    List<Rule> custom = snapshot.index.customRules;
    for (int i = 0; i < custom.size(); i++) {
      Rule rule = custom.get(i);
      RuleOutcome outcome = rule.evaluate(request, snapshot);
      if (outcome == null) {
        throw new InvalidRequestException(
            "Rule \"" + rule.getId() + "\" returned null for participant \"" + request.getParticipant().getId()
                + "\": a rule must return a RuleOutcome (passed, refused or full)");
      }
      outcomes.add(outcome);
    }
    Decision.Outcome result = outcome(snapshot.index.inputs.waitingListEnabled(), outcomes);
    if (result != Decision.Outcome.ACCEPTED) {
      return new Evaluation(decision(request, result, outcomes, Entitlements.none()), c.keys, -1, List.of(), false);
    }
    Entitlements entitlements = Entitled.of(c);
    return new Evaluation(decision(request, result, outcomes, entitlements), c.keys, c.slot, c.travelKeys,
        c.travelGranted);
  }

  /** Rejected if a rule refuses; else waitlisted (or rejected without a list) if one is full. */
  private static Decision.Outcome outcome(boolean waitingList, List<RuleOutcome> outcomes) {
    Decision.Outcome result = Decision.Outcome.ACCEPTED;
    for (int i = 0; i < outcomes.size(); i++) {
      RuleOutcome o = outcomes.get(i);
      if (!o.isPassed()) {
        if (!o.isFull()) {
          return Decision.Outcome.REJECTED;
        }
        result = waitingList ? Decision.Outcome.WAITLISTED : Decision.Outcome.REJECTED;
      }
    }
    return result;
  }

  static Decision decision(
      RegistrationRequest request, Decision.Outcome outcome, List<RuleOutcome> outcomes, Entitlements entitlements) {
    // the generated factory copies the list once; the builder would copy it twice
    return ImmutableDecision.of(request, outcome, outcomes, entitlements);
  }
}
