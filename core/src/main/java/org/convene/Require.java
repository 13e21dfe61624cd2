package org.convene;

import java.util.Collection;
import java.util.Map;

/**
 * The construction checks every value type runs from its {@code @Value.Check}, and the argument
 * checks of the static factories: each failure is a {@link MissingValueException} naming the
 * type and the field.
 */
final class Require {
  private Require() {}

  /** A required attribute: never set on the builder, or set (or copied with withX) to null. */
  static void present(Object value, String type, String field) {
    if (value == null) {
      throw new MissingValueException(
          type,
          field,
          type + "." + field + " is missing (null): every " + type + " needs one; set it with "
              + type + ".Builder." + field + "(...)");
    }
  }

  /** An argument of a static factory such as {@code RegistrationWindow.between(opens, closes)}. */
  static <T> T argument(T value, String type, String factory, String parameter) {
    if (value == null) {
      throw new MissingValueException(
          type,
          parameter,
          type + "." + factory + ": " + parameter + " is null; pass a value");
    }
    return value;
  }

  static void noNulls(Collection<?> values, String type, String field) {
    present(values, type, field);
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        String indexed = field + "[" + i + "]";
        throw new MissingValueException(
            type,
            indexed,
            type + "." + indexed + " is null: " + field + " must not contain null elements");
      }
      i++;
    }
  }

  static void noNulls(Map<?, ?> values, String type, String field) {
    present(values, type, field);
    noNulls(values.keySet(), type, field);
    noNulls(values.values(), type, field);
  }
}
