package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.convene.Event;
import org.convene.constraints.RegistrationClosesBeforeStart;

/** Implements {@link RegistrationClosesBeforeStart}. */
public final class RegistrationClosesBeforeStartValidator
    implements ConstraintValidator<RegistrationClosesBeforeStart, Event> {
  /** Creates the validator; Jakarta Validation does. */
  public RegistrationClosesBeforeStartValidator() {}

  @Override
  public boolean isValid(Event event, ConstraintValidatorContext context) {
    if (event == null || event.getRegistration().getCloses().isEmpty()) {
      return true;
    }
    Instant closes = event.getRegistration().getCloses().get();
    ZonedDateTime start = event.getStartDate().atStartOfDay(event.getZone());
    if (!closes.isAfter(start.toInstant())) {
      return true;
    }
    Report.of("{org.convene.constraints.RegistrationClosesBeforeStart.message}")
        .param("closes", inZone(closes, event))
        .param("start", Report.wallClock(start.toLocalDateTime()))
        .param("zone", event.getZone())
        .value(closes)
        .node("registration")
        .node("closes")
        .to(context);
    return false;
  }

  /** The instant as wall-clock time in the event's zone, or as an instant beyond that range. */
  private static String inZone(Instant instant, Event event) {
    try {
      return Report.wallClock(instant.atZone(event.getZone()).toLocalDateTime());
    } catch (DateTimeException beyondLocalDateTime) {
      return instant.toString();
    }
  }
}
