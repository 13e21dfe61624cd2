package org.convene.rules;

import java.util.Collection;

/** The null checks of the rule engine's value types and entry points. */
final class Checks {
  private Checks() {}

  static <T> T present(T value, String type, String field) {
    if (value == null) {
      throw new InvalidRequestException(
          type + "." + field + " is missing: set it with " + type + ".Builder." + field + "(...)");
    }
    return value;
  }

  static <T> T argument(T value, String method, String parameter) {
    if (value == null) {
      throw new InvalidRequestException(
          method + "(" + parameter + ") was given null: pass a " + parameter + ", not null");
    }
    return value;
  }

  static void noNulls(Collection<?> values, String type, String field) {
    present(values, type, field);
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        throw new InvalidRequestException(
            type + "." + field + "[" + i + "] is null: " + field + " must not contain null elements");
      }
      i++;
    }
  }
}
