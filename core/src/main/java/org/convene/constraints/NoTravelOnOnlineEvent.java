package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.NoTravelOnOnlineEventValidator;

/**
 * An online-only event reimburses no travel.
 *
 * <p>Reported on {@code travelPolicy} when the event's
 * {@linkplain org.convene.Event#getAttendanceMode() attendance mode} is
 * {@link org.convene.AttendanceMode#ONLINE} and it has a travel policy.
 *
 * <p>Declared on {@link org.convene.Event} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = NoTravelOnOnlineEventValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoTravelOnOnlineEvent {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.NoTravelOnOnlineEvent.message}
   */
  String message() default "{org.convene.constraints.NoTravelOnOnlineEvent.message}";

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
