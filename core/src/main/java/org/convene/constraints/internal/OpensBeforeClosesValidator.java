package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import org.convene.RegistrationWindow;
import org.convene.constraints.OpensBeforeCloses;

/** Implements {@link OpensBeforeCloses}. */
public final class OpensBeforeClosesValidator
    implements ConstraintValidator<OpensBeforeCloses, RegistrationWindow> {
  /** Creates the validator; Jakarta Validation does. */
  public OpensBeforeClosesValidator() {}

  @Override
  public boolean isValid(RegistrationWindow window, ConstraintValidatorContext context) {
    if (window == null || window.getOpens().isEmpty() || window.getCloses().isEmpty()) {
      return true;
    }
    Instant opens = window.getOpens().get();
    Instant closes = window.getCloses().get();
    if (opens.isBefore(closes)) {
      return true;
    }
    Report.of("{org.convene.constraints.OpensBeforeCloses.message}")
        .param("opens", opens)
        .param("closes", closes)
        .value(opens)
        .node("opens")
        .to(context);
    return false;
  }
}
