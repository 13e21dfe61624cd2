package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.AgendaTextsNotBlankValidator;

/**
 * Every agenda item of a session, however deeply nested, has a text that is not blank.
 *
 * <p>Reported on the item's text, such as {@code tracks[0].sessions[2].agenda[1].children[0].text}.
 * The items are walked without recursion, so an agenda nested thousands of levels deep is checked
 * without exhausting the stack; for that reason {@link org.convene.Session#getAgenda()} is not a
 * cascaded ({@code @Valid}) property. At most the first 100 blank items of a session are reported,
 * since each report carries a path as deep as its item.
 *
 * <p>Declared on {@link org.convene.Session} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = AgendaTextsNotBlankValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AgendaTextsNotBlank {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.AgendaTextsNotBlank.message}
   */
  String message() default "{org.convene.constraints.AgendaTextsNotBlank.message}";

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
