package org.convene.benchmarks;

import java.util.List;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Session;
import org.convene.TravelSlot;
import org.convene.rules.Decision;
import org.convene.rules.Registration;
import org.convene.rules.RegistrationRequest;

/**
 * What a registration system without counters does (pretix and Indico count with a query per
 * decision): walk every registration to count the quota's partition and the travel slots, then
 * decide. Same rules as the engine for the seed event, none of its data structures.
 */
final class RulesBaseline {
  /** The outcome and whether travel is granted. */
  record Answer(Decision.Outcome outcome, boolean travel) {}

  private final Event event;
  private final List<Registration> table;

  RulesBaseline(Event event, List<Registration> table) {
    this.event = event;
    this.table = table;
  }

  Answer decide(RegistrationRequest request) {
    Participant p = request.getParticipant();
    if (!event.getRegistration().isOpenAt(request.getInstant())) {
      return new Answer(Decision.Outcome.REJECTED, false);
    }
    if (event.getTargetGroups().stream().noneMatch(g -> g.getFilter().matches(p))) {
      return new Answer(Decision.Outcome.REJECTED, false);
    }
    String track = request.getTrackIds().get(0);
    if (request.getAttendance() == Attendance.IN_PERSON && !event.isDoubleBookingAllowed()) {
      List<Session> sessions = event.findTrack(track).orElseThrow().getSessions();
      for (int i = 0; i < sessions.size(); i++) {
        for (int j = i + 1; j < sessions.size(); j++) {
          if (sessions.get(i).overlaps(sessions.get(j))) {
            return new Answer(Decision.Outcome.REJECTED, false);
          }
        }
      }
    }
    String delegation = p.getDelegation().orElse("(none)");
    List<TravelSlot> slots = event.getTravelPolicy().orElseThrow().getSlots();
    String category = null;
    int perPartition = 0;
    for (TravelSlot slot : slots) {
      if (slot.getEligible().matches(p)) {
        category = slot.getCategory();
        perPartition = slot.getPerPartition();
        break;
      }
    }
    int inQuota = 0;
    int travelUsed = 0;
    for (Registration r : table) {
      if (r.getParticipant().getId().equals(p.getId())) {
        return new Answer(Decision.Outcome.REJECTED, false);
      }
      if (r.getState() != Registration.State.REGISTERED
          || !delegation.equals(r.getParticipant().getDelegation().orElse("(none)"))) {
        continue;
      }
      if (r.getRequest().getTrackIds().contains(track)) {
        inQuota++;
      }
      if (category != null && category.equals(r.getTravelSlot().orElse(null))) {
        travelUsed++;
      }
    }
    if (inQuota >= event.getQuotas().get(0).getLimit()) {
      return new Answer(event.isWaitingListEnabled() ? Decision.Outcome.WAITLISTED : Decision.Outcome.REJECTED, false);
    }
    boolean travel = category != null
        && request.getAttendance() == Attendance.IN_PERSON
        && travelUsed < perPartition;
    return new Answer(Decision.Outcome.ACCEPTED, travel);
  }
}
