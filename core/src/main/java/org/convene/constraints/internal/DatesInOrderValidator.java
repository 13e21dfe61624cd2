package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.convene.Event;
import org.convene.constraints.DatesInOrder;

/** Implements {@link DatesInOrder}. */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Event> {
  /** Creates the validator; Jakarta Validation does. */
  public DatesInOrderValidator() {}

  @Override
  public boolean isValid(Event event, ConstraintValidatorContext context) {
    if (event == null || !event.getEndDate().isBefore(event.getStartDate())) {
      return true;
    }
    Report.of("{org.convene.constraints.DatesInOrder.message}")
        .param("start", event.getStartDate())
        .param("end", event.getEndDate())
        .value(event.getEndDate())
        .node("endDate")
        .to(context);
    return false;
  }
}
