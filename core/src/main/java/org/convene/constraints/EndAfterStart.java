package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.EndAfterStartValidator;

/**
 * A session's end, when it has one, is after its start.
 *
 * <p>Reported on the session's {@code end}, such as {@code tracks[1].sessions[3].end}. An
 * open-ended session (the seed's 18:00 social event) is valid.
 *
 * <p>Declared on {@link org.convene.Session} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = EndAfterStartValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EndAfterStart {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.EndAfterStart.message}
   */
  String message() default "{org.convene.constraints.EndAfterStart.message}";

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
