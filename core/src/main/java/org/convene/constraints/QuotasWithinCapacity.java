package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.QuotasWithinCapacityValidator;

/**
 * A quota's limit is at most the capacity of its scope, and a quota that names a track or a session
 * names one of the event's.
 *
 * <p>The capacity of a scope is its {@link org.convene.Capacity} for the quota's attendance or, for a
 * quota that counts everyone, the sum of the in-person and online limits (unlimited if either is).
 * A quota over each track or each session is compared with every track or session. Reported on
 * {@code quotas[i].limit}, or on {@code quotas[i].scope.targetId} for a track or session the event
 * does not have (the {@code unknownTarget} message).
 *
 * <p>Besides {@link #message()}, the validator reports with the message key
 * {@code org.convene.constraints.QuotasWithinCapacity.unknownTarget}.
 *
 * <p>Declared on {@link org.convene.Event} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = QuotasWithinCapacityValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QuotasWithinCapacity {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.QuotasWithinCapacity.message}
   */
  String message() default "{org.convene.constraints.QuotasWithinCapacity.message}";

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
