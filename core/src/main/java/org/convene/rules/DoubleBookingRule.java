package org.convene.rules;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.convene.Attendance;
import org.convene.Session;

/**
 * {@code double-booking}: no two sessions of an in-person request overlap, unless the event
 * allows double booking. The outcome depends only on the selection, which caches it ({@link
 * EventIndex.Selection#doubleBooking()}).
 */
final class DoubleBookingRule implements BuiltInRule {
  static final DoubleBookingRule INSTANCE = new DoubleBookingRule();

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    if (c.request.getAttendance() == Attendance.IN_PERSON && !c.index.inputs.doubleBookingAllowed()) {
      outcomes.add(c.selection.doubleBooking());
    }
  }

  /** Sorted by start, a session overlaps an earlier one iff it starts before the latest end so far. */
  static RuleOutcome overlaps(List<Session> sessions) {
    Session[] byStart = sessions.toArray(new Session[0]);
    Arrays.sort(byStart, Comparator.comparing(Session::getStart));
    Session latest = null;
    for (Session s : byStart) {
      if (latest != null && latest.overlaps(s)) {
        return new RuleOutcome.Builder().from(RuleOutcome.refused("double-booking", "OVERLAPPING_SESSIONS",
            "session " + latest.getId() + " overlaps session " + s.getId()))
            .parameters(Parameters.of("first", latest.getId(), "second", s.getId())).build();
      }
      if (latest == null || occupiedUntil(s).isAfter(occupiedUntil(latest))) {
        latest = s;
      }
    }
    return new RuleOutcome.Builder().from(
        RuleOutcome.passed("double-booking", "NO_OVERLAP", sessions.size() + " sessions, none overlapping"))
        .parameters(Parameters.of("sessions", Integer.toString(sessions.size()))).build();
  }

  /** As Session's own rule: an open end, or an end not after the start, occupies the start. */
  private static LocalDateTime occupiedUntil(Session s) {
    LocalDateTime end = s.getEnd().orElse(s.getStart());
    return end.isAfter(s.getStart()) ? end : s.getStart().plusNanos(1);
  }
}
