package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.NoOverlapInTrackValidator;

/**
 * No two sessions of a track take place at the same time, unless one of them is marked
 * {@linkplain org.convene.Session#isParallel() parallel}.
 *
 * <p>Overlap is {@link org.convene.Session#overlaps(org.convene.Session)}. Reported on the
 * {@code start} of the later of the two sessions, such as {@code tracks[0].sessions[4].start}; the
 * message names the session it overlaps.
 *
 * <p>Declared on {@link org.convene.Track} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = NoOverlapInTrackValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoOverlapInTrack {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.NoOverlapInTrack.message}
   */
  String message() default "{org.convene.constraints.NoOverlapInTrack.message}";

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
