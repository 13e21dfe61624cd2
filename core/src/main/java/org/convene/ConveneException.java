package org.convene;

/**
 * The root of every exception Convene throws on purpose.
 *
 * <p>Catch this type to handle any problem Convene reports; each feature throws its own
 * subclass (a value that cannot be built, a request the rule engine cannot evaluate, a calendar
 * that cannot be read), and every message names the offending field and value and says what
 * would be valid. Convene never throws checked exceptions.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ConveneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message a person can act on.
   *
   * @param message what is wrong and what would be valid, not null
   */
  protected ConveneException(String message) {
    super(message);
  }

  /**
   * Creates an exception that wraps the underlying cause.
   *
   * @param message what is wrong and what would be valid, not null
   * @param cause the underlying exception, may be null
   */
  protected ConveneException(String message, Throwable cause) {
    super(message, cause);
  }
}
