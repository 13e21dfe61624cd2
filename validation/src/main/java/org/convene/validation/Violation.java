package org.convene.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.constraints.internal.InvalidValue;
import org.convene.internal.Require;
import org.convene.validation.internal.PathOrder;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * One problem found in an event: where it is, the value found there, a stable code and a message
 * in the requested language.
 *
 * <p>A broken copy of the seed event whose session {@code training-d1-1030} ends when it starts
 * yields:
 *
 * <pre>{@code
 * path         tracks[0].sessions[1].end
 * invalidValue 2023-12-11T10:30
 * code         EndAfterStart
 * message      session training-d1-1030 ends at 2023-12-11 10:30, which is not after its start
 *              at 2023-12-11 10:30
 * }</pre>
 *
 * <p>A violation is derived from a standard {@link ConstraintViolation} by {@link
 * #of(ConstraintViolation)}, so a framework that validates with its own {@code
 * jakarta.validation.Validator} can obtain the same values as {@link EventValidator}. A
 * violation that was stored or sent elsewhere (as JSON, say) is made again from its parts with
 * {@link #of(String, String, String)} or {@link #of(String, String, String, Object)}.
 *
 * <p>This class is immutable and thread-safe (as far as the invalid value is).
 */
public final class Violation {
  private static final Pattern TEMPLATE_KEY = Pattern.compile("\\{([\\w.]+)\\.(\\w+)\\}");

  /** Path, then code, then message; indexes compare as numbers ({@code [2]} before {@code [10]}). */
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::getPath, PathOrder.INSTANCE)
          .thenComparing(Violation::getCode)
          .thenComparing(Violation::getMessage);

  private final String path;
  private final Object invalidValue;
  private final String code;
  private final String message;

  private Violation(String path, Object invalidValue, String code, String message) {
    this.path = path;
    this.invalidValue = invalidValue;
    this.code = code;
    this.message = message;
  }

  /**
   * Converts a constraint violation reported by any Jakarta Validation validator.
   *
   * <p>The path is printed as {@code tracks[1].sessions[3].end}, without the names Jakarta
   * Validation gives to container elements ({@code <list element>}). For Convene's cross-field
   * constraints, which are declared on a class, the invalid value is the value at the path (as
   * the validator attached it) rather than the whole object.
   *
   * @param violation the violation, not null
   * @return the violation, not null
   */
  public static Violation of(ConstraintViolation<?> violation) {
    Require.argument(violation, "Violation", "of", "violation");
    return new Violation(
        render(violation.getPropertyPath()),
        invalidValue(violation),
        code(violation),
        violation.getMessage());
  }

  /**
   * Makes a violation from its parts, without an invalid value: one read back from where it was
   * stored or sent (a REST client reading a convene-json document, say).
   *
   * <pre>{@code
   * Violation.of("tracks[0].sessions[1].title", "NotBlank", "must not be blank");
   * }</pre>
   *
   * @param path where the problem is, such as {@code tracks[1].sessions[3].end}; empty for the
   *     validated object itself; not null
   * @param code the stable code, such as {@code EndAfterStart}, not null
   * @param message the message for people, not null
   * @return the violation, not null
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public static Violation of(String path, String code, String message) {
    return new Violation(
        Require.argument(path, "Violation", "of", "path"),
        null,
        Require.argument(code, "Violation", "of", "code"),
        Require.argument(message, "Violation", "of", "message"));
  }

  /**
   * Makes a violation from its parts, with the value found at the path.
   *
   * <pre>{@code
   * Violation.of("tracks[0].sessions[1].end", "EndAfterStart",
   *     "session training-d1-1030 ends at 2023-12-11 10:30, which is not after its start at 2023-12-11 10:30",
   *     LocalDateTime.of(2023, 12, 11, 10, 30));
   * }</pre>
   *
   * @param path where the problem is, such as {@code tracks[1].sessions[3].end}; empty for the
   *     validated object itself; not null
   * @param code the stable code, such as {@code EndAfterStart}, not null
   * @param message the message for people, not null
   * @param invalidValue the value found at the path, not null (use {@link #of(String, String,
   *     String)} when there is none)
   * @return the violation, not null
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public static Violation of(String path, String code, String message, Object invalidValue) {
    return new Violation(
        Require.argument(path, "Violation", "of", "path"),
        Require.argument(invalidValue, "Violation", "of", "invalidValue"),
        Require.argument(code, "Violation", "of", "code"),
        Require.argument(message, "Violation", "of", "message"));
  }

  /**
   * Converts constraint violations and puts them in a stable order: by path, then code, then
   * message.
   *
   * @param violations the violations, not null
   * @return a new unmodifiable list, possibly empty, not null
   */
  public static List<Violation> listOf(Collection<? extends ConstraintViolation<?>> violations) {
    Require.elements(violations, "Violation", "listOf", "violations");
    List<Violation> list = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> violation : violations) {
      list.add(of(violation));
    }
    list.sort(ORDER);
    return List.copyOf(list);
  }

  /**
   * Returns where the problem is, relative to the validated object.
   *
   * @return the path, such as {@code tracks[1].sessions[3].end} or {@code delegations[2]}, empty
   *     for the object itself, not null
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns the value found at the path.
   *
   * @return the value, or empty when there is none (such as a missing end)
   */
  public Optional<Object> getInvalidValue() {
    return Optional.ofNullable(invalidValue);
  }

  /**
   * Returns the stable code of the problem, for programs: the simple name of the constraint
   * ({@code NotBlank}, {@code EndAfterStart}), followed by the message key's last part when a
   * constraint reports more than one kind of problem ({@code QuotasWithinCapacity.unknownTarget}).
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the message, for people, in the language the violation was validated for.
   *
   * @return the message, not null
   */
  public String getMessage() {
    return message;
  }

  /**
   * Compares path, invalid value, code and message.
   *
   * @param other the object to compare with, may be null
   * @return true if {@code other} is an equal violation
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return path.equals(that.path)
        && Objects.equals(invalidValue, that.invalidValue)
        && code.equals(that.code)
        && message.equals(that.message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(path, invalidValue, code, message);
  }

  /**
   * Returns the violation as one line: {@code tracks[0].sessions[3].end: EndAfterStart: message}.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return path + ": " + code + ": " + message;
  }

  private static String render(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        text.append('[');
        if (node.getIndex() != null) {
          text.append(node.getIndex());
        } else if (node.getKey() != null) {
          text.append(node.getKey());
        }
        text.append(']');
      }
      boolean named =
          node.getName() != null
              && node.getKind() != ElementKind.BEAN
              && node.getKind() != ElementKind.CONTAINER_ELEMENT;
      if (named) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(node.getName());
      }
    }
    return text.toString();
  }

  private static Object invalidValue(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hibernate =
          violation.unwrap(HibernateConstraintViolation.class);
      InvalidValue attached = hibernate.getDynamicPayload(InvalidValue.class);
      if (attached != null) {
        return attached.value();
      }
    } catch (ValidationException notHibernate) {
      // another provider: only the standard value is known
    }
    return violation.getInvalidValue();
  }

  private static String code(ConstraintViolation<?> violation) {
    Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
    String code = constraint.getSimpleName();
    Matcher key = TEMPLATE_KEY.matcher(violation.getMessageTemplate());
    if (key.matches()
        && key.group(1).equals(constraint.getName())
        && !key.group(2).equals("message")) {
      code = code + "." + key.group(2);
    }
    return code;
  }
}
