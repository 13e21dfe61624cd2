package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.OptionalInt;
import org.convene.Capacity;
import org.convene.constraints.NonNegativeCapacity;

/** Implements {@link NonNegativeCapacity}: each negative limit is reported on its own. */
public final class NonNegativeCapacityValidator
    implements ConstraintValidator<NonNegativeCapacity, Capacity> {
  /** Creates the validator; Jakarta Validation does. */
  public NonNegativeCapacityValidator() {}

  @Override
  public boolean isValid(Capacity capacity, ConstraintValidatorContext context) {
    if (capacity == null) {
      return true;
    }
    boolean inPerson = check(capacity.getInPerson(), "inPerson", context);
    boolean online = check(capacity.getOnline(), "online", context);
    return inPerson && online;
  }

  private static boolean check(OptionalInt limit, String property, ConstraintValidatorContext context) {
    if (limit.isEmpty() || limit.getAsInt() >= 0) {
      return true;
    }
    Report.of("{org.convene.constraints.NonNegativeCapacity.message}")
        .param("limit", limit.getAsInt())
        .value(limit.getAsInt())
        .node(property)
        .to(context);
    return false;
  }
}
