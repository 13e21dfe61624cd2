package org.convene;

import java.util.Objects;

/**
 * Thrown when a required value is missing: a value type built without a required value, a null
 * given for one (a value, a collection, an element of a list or set), or a null argument of a
 * factory or query. The one exception for every such mistake in the vocabulary; it names the type
 * and the field or parameter.
 *
 * <p>Only what makes an object unusable fails at construction. Every other business check
 * (an end before a start, a quota larger than its capacity, ...) is a Jakarta Validation
 * constraint, so that a data-entry tool can report all problems at once.
 *
 * <pre>{@code
 * new Session.Builder().id("t1-intro").kind(SessionKind.TALK).build();
 * // MissingValueException: Session.title is missing: set it with Session.Builder.title(...)
 * }</pre>
 *
 * <p>Only core creates it, through its one bad-input helper (the constructor is protected, for
 * that helper's subclasses, not for applications); catch it, or {@link ConveneException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public class MissingValueException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the type that could not be built. */
  private final String typeName;

  /** The field that was missing or held a null element. */
  private final String field;

  /**
   * Creates the exception; for core's bad-input helper, which subclasses it.
   *
   * @param typeName the simple name of the type being built, such as {@code "Session"}, not null
   * @param field the field that is missing, such as {@code "title"} or {@code "agenda[2]"}, not
   *     null
   * @param message the full message, not null
   */
  protected MissingValueException(String typeName, String field, String message) {
    super(message);
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * Returns the simple name of the type that could not be built.
   *
   * @return the type name, such as {@code "Session"}, not null
   */
  public String getTypeName() {
    return typeName;
  }

  /**
   * Returns the field that was missing or held a null element.
   *
   * @return the field, such as {@code "title"} or {@code "sessions[3]"}, not null
   */
  public String getField() {
    return field;
  }
}
