package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.RegistrationClosesBeforeStartValidator;

/**
 * Registration closes no later than the event starts.
 *
 * <p>The event starts at the beginning of its first day in its time zone. Reported on
 * {@code registration.closes}.
 *
 * <p>Declared on {@link org.convene.Event} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = RegistrationClosesBeforeStartValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RegistrationClosesBeforeStart {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.RegistrationClosesBeforeStart.message}
   */
  String message() default "{org.convene.constraints.RegistrationClosesBeforeStart.message}";

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
