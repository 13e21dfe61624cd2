package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.UniqueIdsValidator;

/**
 * Track ids, session ids (plenary and of every track together) and quota ids are each unique
 * within an event.
 *
 * <p>Reported on the {@code id} of every occurrence after the first, in the order tracks,
 * plenary sessions and the sessions of each track, quotas: such as {@code tracks[2].id} or
 * {@code tracks[1].sessions[0].id}.
 *
 * <p>Declared on {@link org.convene.Event} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = UniqueIdsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIds {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.UniqueIds.message}
   */
  String message() default "{org.convene.constraints.UniqueIds.message}";

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
