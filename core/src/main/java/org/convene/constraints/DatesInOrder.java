package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.DatesInOrderValidator;

/**
 * An event's last day is not before its first day.
 *
 * <p>Reported on {@code endDate}.
 *
 * <p>Declared on {@link org.convene.Event} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = DatesInOrderValidator.class)
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
