package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.NoRoomOverlapValidator;

/**
 * No two sessions of an event take place in the same room at the same time.
 *
 * <p>Sessions share a room when they name the same {@linkplain org.convene.Session#getRoom() room}
 * at the same {@linkplain org.convene.Session#getLocation() location}; the
 * {@linkplain org.convene.Session#isParallel() parallel} flag does not excuse a room clash.
 * Reported on the {@code room} of the later of the two sessions, such as
 * {@code plenarySessions[0].room}; the message names the session it clashes with.
 *
 * <p>Declared on {@link org.convene.Event} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = NoRoomOverlapValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoRoomOverlap {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.NoRoomOverlap.message}
   */
  String message() default "{org.convene.constraints.NoRoomOverlap.message}";

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
