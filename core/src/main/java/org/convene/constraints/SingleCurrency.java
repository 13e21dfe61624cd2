package org.convene.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.convene.constraints.internal.SingleCurrencyValidator;

/**
 * All prices of a fee are in one currency.
 *
 * <p>Reported on the currency of each price that differs from the first price's, such as
 * {@code fee.prices[1].currency}.
 *
 * <p>Declared on {@link org.convene.Fee} and implemented in core: any Jakarta Validation
 * provider checks it, with no other Convene module on the class path.
 */
@Documented
@Constraint(validatedBy = SingleCurrencyValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleCurrency {
  /**
   * Returns the message template.
   *
   * @return the template, by default the key {@code org.convene.constraints.SingleCurrency.message}
   */
  String message() default "{org.convene.constraints.SingleCurrency.message}";

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
