package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.FeeWaiver;
import org.convene.Participant;
import org.convene.Price;
import org.convene.Quota;
import org.convene.RegistrationStatus;
import org.convene.TravelSlot;

/**
 * Decides on one request against one snapshot: the built-in rules in their fixed order, then the
 * custom rules, then the entitlements of an accepted request. Reads the snapshot, changes
 * nothing, and returns an immutable {@link Evaluation}.
 */
final class Evaluator {
  private Evaluator() {}

  /**
   * Evaluates a request.
   *
   * @param snapshot the snapshot to evaluate against
   * @param request the request
   * @param self the participant's own waiting entry when a waiting request is evaluated again,
   *     else null
   */
  static Evaluation evaluate(Registrations snapshot, RegistrationRequest request, Entry self) {
    EventIndex index = snapshot.index;
    Event event = index.event;
    List<RuleOutcome> outcomes = new ArrayList<>(8);

    RuleOutcome window = BuiltInRules.window(index, request, self != null);
    outcomes.add(window);
    if (!window.isPassed()) {
      return new Evaluation(
          decision(request, Decision.Outcome.REJECTED, outcomes, Entitlements.none()), List.of(), -1, List.of(), false);
    }
    EventIndex.Selection selection = index.select(request, self != null);
    if (!selection.missing.isEmpty()) {
      outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.refused("selection", "SELECTION_REMOVED",
          "the event no longer has " + String.join(", ", selection.missing)))
          .putParameters("missing", String.join(", ", selection.missing)).build());
    }
    outcomes.add(BuiltInRules.singleRegistration(snapshot, request, self));
    outcomes.add(BuiltInRules.attendance(index, request));
    if (!event.getTargetGroups().isEmpty()) {
      outcomes.add(index.eligibility(request.getParticipant()));
    }
    if (request.getAttendance() == Attendance.IN_PERSON && !event.isDoubleBookingAllowed()) {
      outcomes.add(selection.doubleBooking());
    }

    List<CounterKey> keys = new ArrayList<>();
    List<CounterKey> capacityKeys = new ArrayList<>();
    List<Integer> capacityLimits = new ArrayList<>();
    index.capacityKeys(request.getAttendance(), selection, capacityKeys, capacityLimits);
    if (!capacityKeys.isEmpty()) {
      outcomes.add(BuiltInRules.limits(snapshot, "capacity", "CAPACITY", capacityKeys, capacityLimits,
          request.getAttendance()));
      keys.addAll(capacityKeys);
    }
    List<Quota> quotas = event.getQuotas();
    List<List<CounterKey>> quotaKeys = index.quotaKeys(request, selection);
    for (int q = 0; q < quotaKeys.size(); q++) {
      List<CounterKey> perQuota = quotaKeys.get(q);
      if (perQuota.isEmpty()) {
        continue;
      }
      List<Integer> limits = new ArrayList<>(perQuota.size());
      for (int i = 0; i < perQuota.size(); i++) {
        limits.add(quotas.get(q).getLimit());
      }
      outcomes.add(BuiltInRules.limits(snapshot, "quota:" + quotas.get(q).getId(), "QUOTA", perQuota, limits, null));
      keys.addAll(perQuota);
    }

    Participant participant = request.getParticipant();
    Optional<Price> price = Optional.empty();
    Optional<FeeWaiver> waiver = Optional.empty();
    if (!event.getFee().isFree()) {
      waiver = event.getFee().waiverFor(participant);
      price = event.getFee().priceFor(participant);
      outcomes.add(BuiltInRules.fee(participant, price, waiver));
    }

    for (Rule rule : index.customRules) {
      RuleOutcome outcome = rule.evaluate(request, snapshot);
      if (outcome == null) {
        throw new InvalidRequestException(
            "Rule \"" + rule.getId() + "\" returned null for participant \"" + participant.getId()
                + "\": a rule must return a RuleOutcome (passed, refused or full)");
      }
      outcomes.add(outcome);
    }

    Decision.Outcome result = Decision.Outcome.ACCEPTED;
    for (RuleOutcome o : outcomes) {
      if (!o.isPassed()) {
        if (!o.isFull()) {
          result = Decision.Outcome.REJECTED;
          break;
        }
        result = event.isWaitingListEnabled() ? Decision.Outcome.WAITLISTED : Decision.Outcome.REJECTED;
      }
    }
    List<CounterKey> occupied = List.copyOf(keys);
    if (result != Decision.Outcome.ACCEPTED) {
      return new Evaluation(decision(request, result, outcomes, Entitlements.none()), occupied, -1, List.of(), false);
    }
    return withEntitlements(snapshot, request, outcomes, occupied, price, waiver);
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

  private static Evaluation withEntitlements(Registrations snapshot, RegistrationRequest request,
      List<RuleOutcome> outcomes, List<CounterKey> keys, Optional<Price> price, Optional<FeeWaiver> waiver) {
    EventIndex index = snapshot.index;
    Event event = index.event;
    Entitlements.Builder b = new Entitlements.Builder();
    int slot = -1;
    List<CounterKey> travelKeys = List.of();
    boolean granted = false;
    if (event.getTravelPolicy().isEmpty()) {
      b.travelGranted(false).travelReason("NO_TRAVEL_POLICY").travelFigures("the event reimburses no travel");
    } else if (request.getAttendance() != event.getTravelPolicy().get().getQualifyingAttendance()) {
      b.travelGranted(false).travelReason("ATTENDANCE_NOT_QUALIFYING").travelFigures(
          (request.getAttendance() == Attendance.ONLINE ? "online" : "in-person") + " attendance does not qualify for travel");
    } else {
      slot = index.travelSlot(request);
      if (slot < 0) {
        b.travelGranted(false).travelReason("NO_MATCHING_CATEGORY").travelFigures(
            request.getParticipant().getId() + " falls in no travel slot category");
      } else {
        TravelSlot travelSlot = index.slot(slot);
        travelKeys = index.travelKeys(slot, request.getParticipant());
        int limit = travelSlot.getPerPartition();
        CounterKey shown = travelKeys.get(0);
        granted = true;
        for (CounterKey k : travelKeys) {
          if (snapshot.count(k) >= limit) {
            granted = false;
            shown = k;
            break;
          }
        }
        String category = travelSlot.getCategory();
        String partition = shown.partitionLabel();
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("used", Integer.toString(snapshot.count(shown)));
        parameters.put("limit", Integer.toString(limit));
        parameters.put("category", category);
        BuiltInRules.putPartition(parameters, shown);
        b.travelParameters(parameters);
        b.travelGranted(granted)
            .travelCategory(category)
            .travelReason(granted ? "GRANTED" : "SLOT_TAKEN")
            .travelFigures(snapshot.count(shown) + " of " + limit + " " + category + " slots used"
                + (partition.isEmpty() ? "" : ", " + partition));
      }
    }
    if (event.getFee().isFree()) {
      b.feeReason("FREE");
    } else if (waiver.isPresent()) {
      b.feeReason("WAIVED").feeCategory(waiver.get().getDescription());
    } else {
      Price p = price.orElseThrow();
      b.feeReason("PRICE").feeDue(p.getAmount()).feeCurrency(p.getCurrency()).feeCategory(p.getCategory());
    }
    return new Evaluation(
        decision(request, Decision.Outcome.ACCEPTED, outcomes, b.build()), keys, slot, travelKeys, granted);
  }
}
