package org.convene.rules;

import java.util.List;
import java.util.Optional;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.FeeWaiver;
import org.convene.Price;
import org.convene.TravelSlot;

/**
 * The entitlements of an accepted request: a travel slot if the participant falls in a category
 * whose counters have room in every partition they count in (first come, first served), and the
 * fee due.
 */
final class Entitled {
  final Entitlements entitlements;
  /** The travel slot the participant falls in, or -1. */
  final int slot;
  final List<CounterKey> travelKeys;
  final boolean travelGranted;

  private Entitled(Entitlements entitlements, int slot, List<CounterKey> travelKeys, boolean travelGranted) {
    this.entitlements = entitlements;
    this.slot = slot;
    this.travelKeys = travelKeys;
    this.travelGranted = travelGranted;
  }

  static Entitled of(Registrations snapshot, RegistrationRequest request) {
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
          (request.getAttendance() == Attendance.ONLINE ? "online" : "in-person") + " attendance does not qualify for travel")
          .putTravelParameters("attendance", request.getAttendance().name());
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
        b.putTravelParameters("used", Integer.toString(snapshot.count(shown)))
            .putTravelParameters("limit", Integer.toString(limit))
            .putTravelParameters("category", category);
        for (PartitionValue v : shown.partition()) {
          b.putTravelParameters(Limits.parameterName(v.key()), v.value() == null ? "" : v.value());
        }
        b.travelGranted(granted)
            .travelCategory(category)
            .travelReason(granted ? "GRANTED" : "SLOT_TAKEN")
            .travelFigures(snapshot.count(shown) + " of " + limit + " " + category + " slots used"
                + (partition.isEmpty() ? "" : ", " + partition));
      }
    }
    Optional<FeeWaiver> waiver = event.getFee().isFree() ? Optional.empty() : event.getFee().waiverFor(request.getParticipant());
    if (event.getFee().isFree()) {
      b.feeReason("FREE");
    } else if (waiver.isPresent()) {
      b.feeReason("WAIVED").feeCategory(waiver.get().getDescription());
    } else {
      Price p = event.getFee().priceFor(request.getParticipant()).orElseThrow();
      b.feeReason("PRICE").feeDue(p.getAmount()).feeCurrency(p.getCurrency()).feeCategory(p.getCategory());
    }
    return new Entitled(b.build(), slot, travelKeys, granted);
  }
}
