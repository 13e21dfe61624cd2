package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;
import org.convene.constraints.CountryCode;

/**
 * Implements {@link CountryCode} against the JDK's list of ISO 3166-1 alpha-2 codes. A null is
 * valid, as for the standard constraints (a delegation list cannot hold one).
 */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  /** Creates the validator; Jakarta Validation does. */
  public CountryCodeValidator() {}

  @Override
  public boolean isValid(String code, ConstraintValidatorContext context) {
    if (code == null || CODES.contains(code)) {
      return true;
    }
    Report.parameter(context, "{org.convene.constraints.CountryCode.message}", "value", code);
    return false;
  }
}
