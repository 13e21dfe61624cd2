package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDateTime;
import org.convene.Session;
import org.convene.constraints.EndAfterStart;

/** Implements {@link EndAfterStart}. */
public final class EndAfterStartValidator implements ConstraintValidator<EndAfterStart, Session> {
  /** Creates the validator; Jakarta Validation does. */
  public EndAfterStartValidator() {}

  @Override
  public boolean isValid(Session session, ConstraintValidatorContext context) {
    if (session == null || session.getEnd().isEmpty()) {
      return true;
    }
    LocalDateTime end = session.getEnd().get();
    if (end.isAfter(session.getStart())) {
      return true;
    }
    Report.of("{org.convene.constraints.EndAfterStart.message}")
        .param("session", session.getId())
        .param("start", Report.wallClock(session.getStart()))
        .param("end", Report.wallClock(end))
        .value(end)
        .node("end")
        .to(context);
    return false;
  }
}
