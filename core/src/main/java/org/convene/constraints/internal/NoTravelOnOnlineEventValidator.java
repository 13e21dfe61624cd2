package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.constraints.NoTravelOnOnlineEvent;

/** Implements {@link NoTravelOnOnlineEvent}. */
public final class NoTravelOnOnlineEventValidator
    implements ConstraintValidator<NoTravelOnOnlineEvent, Event> {
  /** Creates the validator; Jakarta Validation does. */
  public NoTravelOnOnlineEventValidator() {}

  @Override
  public boolean isValid(Event event, ConstraintValidatorContext context) {
    if (event == null
        || event.getAttendanceMode() != AttendanceMode.ONLINE
        || event.getTravelPolicy().isEmpty()) {
      return true;
    }
    Report.of("{org.convene.constraints.NoTravelOnOnlineEvent.message}")
        .value(event.getTravelPolicy().get())
        .node("travelPolicy")
        .to(context);
    return false;
  }
}
