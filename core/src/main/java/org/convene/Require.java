package org.convene;

import java.util.Collection;
import java.util.Map;

/** The construction checks every value type runs from its {@code @Value.Check}. */
final class Require {
  private Require() {}

  static void present(Object value, String type, String field) {
    if (value == null) {
      throw new MissingValueException(
          type,
          field,
          type + "." + field + " is missing: set it with " + type + ".Builder." + field + "(...)");
    }
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
