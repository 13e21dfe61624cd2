package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.OpensBeforeClosesValidator;

/**
 * A registration window opens before it closes.
 *
 * <p>Reported on {@code registration.opens} when both instants are set and the opening instant is
 * not before the closing one.
 *
 * <p>Declared on {@link org.convene.RegistrationWindow} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = OpensBeforeClosesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpensBeforeCloses {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.OpensBeforeCloses.message}
   */
  String message() default "{org.convene.constraints.OpensBeforeCloses.message}";

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
