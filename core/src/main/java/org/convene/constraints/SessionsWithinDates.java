package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.SessionsWithinDatesValidator;

/**
 * Every session, plenary or of a track, lies within the event's days, in the event's time zone.
 *
 * <p>A session must start on one of the event's days and, when it has an end, end no later than
 * midnight after the last day. Its start and end must also exist in the event's time zone: a
 * wall-clock time that the clocks skip for daylight saving (02:30 in Brussels on the last Sunday
 * of March) is reported with the message key
 * {@code org.convene.constraints.SessionsWithinDates.nonexistentTime}. Reported on the session's
 * {@code start} or {@code end}, such as {@code tracks[1].sessions[3].start}. Nothing is reported
 * while the event's own dates are out of order ({@link DatesInOrder} reports that).
 *
 * <p>Declared on {@link org.convene.Event} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = SessionsWithinDatesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SessionsWithinDates {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.SessionsWithinDates.message}
   */
  String message() default "{org.convene.constraints.SessionsWithinDates.message}";

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
