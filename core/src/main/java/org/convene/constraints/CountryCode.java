package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.CountryCodeValidator;

/**
 * A string is an ISO 3166-1 alpha-2 country code in upper case, such as {@code "BE"} or
 * {@code "GR"}, as {@link java.util.Locale#getISOCountries()} lists them.
 *
 * <p>Used on the elements of delegation lists: {@code List<@CountryCode String>}. Reported on the
 * element, such as {@code delegations[3]}.
 *
 * <p>Declared and implemented in core, so any Jakarta Validation provider checks it with no other
 * Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({ElementType.TYPE_USE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.CountryCode.message}
   */
  String message() default "{org.convene.constraints.CountryCode.message}";

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
