package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.NonNegativeCapacityValidator;

/**
 * A {@link org.convene.Capacity}'s in-person and online limits, when set, are not negative.
 *
 * <p>Declared on the {@code getCapacity()} of an event, a track and a session, instead of
 * cascading ({@code @Valid}) into the capacity: an event of 10,000 sessions then validates 10,000
 * fewer beans. Reported on the limit, such as {@code tracks[0].sessions[2].capacity.inPerson}.
 *
 * <p>Declared and implemented in core, so any Jakarta Validation provider checks it with no other
 * Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = NonNegativeCapacityValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegativeCapacity {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key
   *     {@code org.convene.constraints.NonNegativeCapacity.message}
   */
  String message() default "{org.convene.constraints.NonNegativeCapacity.message}";

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
