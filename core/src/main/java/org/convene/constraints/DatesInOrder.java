package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event's last day is not before its first day.
 *
 * <p>Reported on {@code endDate}.
 *
 * <p>Declared on {@link org.convene.Event}; the {@code convene-validation} module implements it and
 * registers the implementation with Jakarta Validation, so any standard {@code Validator} checks it.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DatesInOrder {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.DatesInOrder.message}
   */
  String message() default "{org.convene.constraints.DatesInOrder.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups, empty for the default group
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload, empty unless set
   */
  Class<? extends Payload>[] payload() default {};
}
