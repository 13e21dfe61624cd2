package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.convene.Event;
import org.convene.Session;
import org.convene.constraints.SessionsWithinDates;

/**
 * Implements {@link SessionsWithinDates}: first the dates, then whether the zone's clocks skip the
 * session's start or end. Dates are compared without adding days, so that an event ending on
 * {@link LocalDate#MAX} cannot overflow.
 */
public final class SessionsWithinDatesValidator
    implements ConstraintValidator<SessionsWithinDates, Event> {
  private static final String OUTSIDE = "{org.convene.constraints.SessionsWithinDates.message}";
  private static final String NONEXISTENT =
      "{org.convene.constraints.SessionsWithinDates.nonexistentTime}";
  /** Creates the validator; Jakarta Validation does. */
  public SessionsWithinDatesValidator() {}

  @Override
  public boolean isValid(Event event, ConstraintValidatorContext context) {
    if (event == null || event.getEndDate().isBefore(event.getStartDate())) {
      return true;
    }
    LocalDate first = event.getStartDate();
    LocalDate last = event.getEndDate();
    Gaps gaps = Gaps.around(event.getZone(), first, last);
    boolean valid = true;
    for (Placed<Session> placed : EventWalk.sessions(event)) {
      Session session = placed.item();
      LocalDate day = session.getStart().toLocalDate();
      String property = null;
      LocalDateTime value = null;
      String template = OUTSIDE;
      if (day.isBefore(first) || day.isAfter(last)) {
        property = "start";
        value = session.getStart();
      } else if (session.getEnd().isPresent() && endsAfter(session.getEnd().get(), last)) {
        property = "end";
        value = session.getEnd().get();
      } else if (gaps.skips(session.getStart())) {
        property = "start";
        value = session.getStart();
        template = NONEXISTENT;
      } else if (session.getEnd().isPresent() && gaps.skips(session.getEnd().get())) {
        property = "end";
        value = session.getEnd().get();
        template = NONEXISTENT;
      }
      if (property != null) {
        valid = false;
        Report.of(template)
            .param("session", session.getId())
            .param("value", Report.wallClock(value))
            .param("first", first)
            .param("last", last)
            .param("zone", event.getZone())
            .value(value)
            .nodes(placed.at(property))
            .to(context);
      }
    }
    return valid;
  }

  /** Whether the clocks of the zone skip this wall-clock time (a daylight-saving gap). */
  /** Whether an end lies after midnight at the end of the last day. */
  private static boolean endsAfter(LocalDateTime end, LocalDate last) {
    LocalDate day = end.toLocalDate();
    if (!day.isAfter(last)) {
      return false;
    }
    boolean midnightAfterLast = end.toLocalTime().equals(LocalTime.MIDNIGHT) && day.minusDays(1).equals(last);
    return !midnightAfterLast;
  }
}
