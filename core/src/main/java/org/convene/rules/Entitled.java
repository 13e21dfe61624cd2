package org.convene.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.Attendance;
import org.convene.FeeWaiver;
import org.convene.Price;
import org.convene.TravelSlot;

/**
 * The entitlements of an accepted request: a travel slot if the participant falls in a category
 * whose counters have room in every partition they count in (first come, first served), and the
 * fee due. Records the slot, its counters and the grant in the evaluation's context. On a free
 * event the entitlements depend only on the attendance or on one travel counter and its use, so
 * they are made once: as constants, or in the event version's cache.
 */
final class Entitled {
  private Entitled() {}

  private static final Entitlements NO_TRAVEL_POLICY_FREE = noTravelPolicy(new Entitlements.Builder())
      .feeReason("FREE").build();
  private static final Entitlements[] NOT_QUALIFYING_FREE = new Entitlements[Attendance.values().length];

  static {
    for (Attendance a : Attendance.values()) {
      NOT_QUALIFYING_FREE[a.ordinal()] = notQualifying(new Entitlements.Builder(), a).feeReason("FREE").build();
    }
  }

  private static Entitlements.Builder noTravelPolicy(Entitlements.Builder b) {
    return b.travelGranted(false).travelReason("NO_TRAVEL_POLICY").travelFigures("the event reimburses no travel");
  }

  private static Entitlements.Builder notQualifying(Entitlements.Builder b, Attendance attendance) {
    return b.travelGranted(false).travelReason("ATTENDANCE_NOT_QUALIFYING").travelFigures(
        (attendance == Attendance.ONLINE ? "online" : "in-person") + " attendance does not qualify for travel")
        .travelParameters(Parameters.of("attendance", attendance.name()));
  }

  private static Entitlements.Builder travel(
      Entitlements.Builder b, TravelSlot travelSlot, CounterKey shown, int used, boolean granted) {
    String category = travelSlot.getCategory();
    String partition = shown.partitionLabel();
    int limit = travelSlot.getPerPartition();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("used", Integer.toString(used));
    p.put("limit", Integer.toString(limit));
    p.put("category", category);
    for (PartitionValue v : shown.partition()) {
      p.put(Limits.parameterName(v.key()), v.value() == null ? "" : v.value());
    }
    b.travelParameters(Parameters.copyOf(p));
    return b.travelGranted(granted)
        .travelCategory(category)
        .travelReason(granted ? "GRANTED" : "SLOT_TAKEN")
        .travelFigures(used + " of " + limit + " " + category + " slots used" + (partition.isEmpty() ? "" : ", " + partition));
  }

  /** The entitlements of the context's accepted request; sets its slot, travel keys and grant. */
  static Entitlements of(Evaluator.Context c) {
    EventIndex index = c.index;
    RegistrationRequest request = c.request;
    boolean free = index.inputs.fee().isFree();
    Entitlements.Builder b;
    if (index.travelPolicy == null) {
      if (free) {
        return NO_TRAVEL_POLICY_FREE;
      }
      b = noTravelPolicy(new Entitlements.Builder());
    } else if (request.getAttendance() != index.travelPolicy.getQualifyingAttendance()) {
      if (free) {
        return NOT_QUALIFYING_FREE[request.getAttendance().ordinal()];
      }
      b = notQualifying(new Entitlements.Builder(), request.getAttendance());
    } else {
      int slot = index.travelSlotMemo.slot(index.travelPolicy, request.getParticipant());
      if (slot < 0) {
        b = new Entitlements.Builder().travelGranted(false).travelReason("NO_MATCHING_CATEGORY").travelFigures(
            request.getParticipant().getId() + " falls in no travel slot category");
      } else {
        TravelSlot travelSlot = index.slot(slot);
        List<CounterKey> travelKeys = c.travelKeys(slot);
        int limit = travelSlot.getPerPartition();
        CounterKey shown = null;
        boolean granted = true;
        int used = 0;
        for (CounterKey k : travelKeys) {
          Count count = c.counter(k);
          int n = Count.of(count);
          if (shown == null || n >= limit) {
            shown = Count.key(count, k);
            used = n;
          }
          if (n >= limit) {
            granted = false;
            break;
          }
        }
        c.slot = slot;
        c.travelKeys = travelKeys;
        c.travelGranted = granted;
        if (free) {
          Entitlements cached = index.travelOutcomes.get(shown, used, granted);
          if (cached == null) {
            cached = index.travelOutcomes.put(shown, used, granted,
                travel(new Entitlements.Builder(), travelSlot, shown, used, granted).feeReason("FREE").build());
          }
          return cached;
        }
        b = travel(new Entitlements.Builder(), travelSlot, shown, used, granted);
      }
    }
    if (free) {
      return b.feeReason("FREE").build();
    }
    Optional<FeeWaiver> waiver = index.inputs.fee().waiverFor(request.getParticipant());
    if (waiver.isPresent()) {
      b.feeReason("WAIVED").feeCategory(waiver.get().getDescription());
    } else {
      Price p = index.inputs.fee().priceFor(request.getParticipant()).orElseThrow();
      b.feeReason("PRICE").feeDue(p.getAmount()).feeCurrency(p.getCurrency()).feeCategory(p.getCategory());
    }
    return b.build();
  }
}
