package org.convene.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reports the live requests a new version of the event refuses where the previous one admitted
 * them ({@link Change.Kind#NO_LONGER_ADMITTED}): those the rules that refuse without counting
 * ({@link AttendanceRule}, {@link EligibilityRule}, {@link DoubleBookingRule}, {@link FeeRule})
 * refuse under the new version and admitted under the old. They stay where they are, registered
 * or waiting; the organiser decides. A request refused under both versions (reported on an
 * earlier one, or restored so) is not reported again. Custom rules are not asked: they may read
 * the snapshot, where the participant already holds their place.
 *
 * <p>The same for both ways {@link Registrations#withEvent} moves a snapshot: it reads the old
 * snapshot and the two versions, nothing the move changes. Cost: where the new version cannot
 * refuse anyone the old one admitted ({@link #judged}: no narrower attendance mode, target group
 * or fee, double booking not newly forbidden, no selection live requests name newly
 * overlapping), O(the distinct selections); else one walk over the live requests, each asked by
 * the rules whose inputs changed under the new version, and only those these refuse by all four
 * under both versions.
 */
final class NoLongerAdmitted {
  /** The rules judged again; the others count (capacity, quota), or judge the request's form. */
  private static final BuiltInRule[] REFUSING = {
      AttendanceRule.INSTANCE, EligibilityRule.INSTANCE, DoubleBookingRule.INSTANCE, FeeRule.INSTANCE};

  private NoLongerAdmitted() {}

  /**
   * Adds a {@link Change.Kind#NO_LONGER_ADMITTED} change for each live request the new version
   * refuses and the old one admitted: registrations in the order they were accepted, then waiting
   * requests in the order they wait.
   *
   * @param old the snapshot on the previous version
   * @param after the new version's index
   * @param changes receives the changes
   */
  static void report(Registrations old, EventIndex after, List<Change> changes) {
    BuiltInRule[] judged = judged(old, after);
    if (judged.length == 0) {
      return;
    }
    List<Entry> registered = new ArrayList<>();
    List<RuleOutcome> refusals = new ArrayList<>();
    old.entries.forEach((id, e) -> {
      if (e.state == Registration.State.REGISTERED) {
        RuleOutcome refused = newlyRefused(old, after, judged, e);
        if (refused != null) {
          registered.add(e);
          refusals.add(refused);
        }
      }
    });
    Integer[] order = new Integer[registered.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingLong(i -> registered.get(i).ticket));
    for (int i : order) {
      changes.add(change(registered.get(i), refusals.get(i)));
    }
    old.waiting.forEach(e -> {
      RuleOutcome refused = newlyRefused(old, after, judged, e);
      if (refused != null) {
        changes.add(change(e, refused));
      }
    });
  }

  /**
   * What refuses a live request under the new version where the old one admitted it, or null.
   * The rules whose inputs changed are asked under the new version: the others answer as under
   * the old one, so where none of those refuses, the new version refuses only if the old one
   * did, and where the old one admitted the request (all four pass), the first of those that
   * refuses is the first refusal under the new version (they are asked in the same order).
   */
  private static RuleOutcome newlyRefused(Registrations old, EventIndex after, BuiltInRule[] judged, Entry e) {
    RuleOutcome refused = refusal(after, e.request, judged);
    return refused != null && refusal(old.index, e.request, REFUSING) == null ? refused : null;
  }

  /**
   * The rules that refuse whose answer may differ between the versions (their inputs differ, or
   * for double booking a selection a live request names now overlaps where it did not), or none
   * where the new version cannot refuse anyone the old one admitted: the rules that refuse
   * admit no fewer under it ({@link NewVersion#refusesNoFewer} with the versions swapped: the old
   * one refuses everyone the new one does) and no selection newly overlaps. A sufficient
   * condition: where it gives none, a walk would find no one.
   */
  static BuiltInRule[] judged(Registrations old, EventIndex after) {
    EventIndex.Inputs was = old.index.inputs;
    EventIndex.Inputs is = after.inputs;
    boolean overlaps = false;
    if (!is.doubleBookingAllowed()) {
      boolean[] more = {false};
      old.selections.forEach((named, n) -> {
        if (!more[0]) {
          RuleOutcome now = after.select(named.trackIds, named.sessionIds, true).doubleBooking();
          RuleOutcome before = old.index.select(named.trackIds, named.sessionIds, true).doubleBooking();
          more[0] = !now.isPassed() && before.isPassed();
        }
      });
      overlaps = more[0];
    }
    if (!overlaps && NewVersion.refusesNoFewer(is, was)) {
      return new BuiltInRule[0];
    }
    List<BuiltInRule> judged = new ArrayList<>(REFUSING.length);
    if (!is.attendanceMode().equals(was.attendanceMode())) {
      judged.add(AttendanceRule.INSTANCE);
    }
    if (!is.targetGroups().equals(was.targetGroups())) {
      judged.add(EligibilityRule.INSTANCE);
    }
    if (overlaps || is.doubleBookingAllowed() != was.doubleBookingAllowed()) {
      judged.add(DoubleBookingRule.INSTANCE);
    }
    if (!is.fee().equals(was.fee())) {
      judged.add(FeeRule.INSTANCE);
    }
    return judged.toArray(new BuiltInRule[0]);
  }

  /** The first outcome of these rules that refuses the request under a version, or null. */
  static RuleOutcome refusal(EventIndex index, RegistrationRequest request, BuiltInRule[] rules) {
    Evaluator.Context c = new Evaluator.Context(index, request);
    List<RuleOutcome> outcomes = new ArrayList<>(rules.length);
    for (BuiltInRule rule : rules) {
      if (rule == DoubleBookingRule.INSTANCE) {
        // the only one of them that reads the selection
        c.selection = index.select(request, true);
      }
      rule.evaluate(c, outcomes);
      if (!outcomes.isEmpty() && !outcomes.get(outcomes.size() - 1).isPassed()) {
        return outcomes.get(outcomes.size() - 1);
      }
    }
    return null;
  }

  private static Change change(Entry e, RuleOutcome refusal) {
    return new Change.Builder().kind(Change.Kind.NO_LONGER_ADMITTED).participantId(e.id())
        .travelSlot(Optional.ofNullable(e.travel)).refusal(refusal).build();
  }
}
