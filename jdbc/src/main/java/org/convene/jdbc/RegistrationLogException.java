package org.convene.jdbc;

import org.convene.ConveneException;

/**
 * The registration log cannot be used as asked: the database has no schema, a row does not
 * parse or was written by a newer format version, an event is not in the log, or the database
 * failed. The message names the event, the row ({@code sequence}) and what is wrong.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistrationLogException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong and what would be valid, not null
   */
  RegistrationLogException(String message) {
    super(message);
  }

  /**
   * Creates an exception with its cause.
   *
   * @param message what is wrong and what would be valid, not null
   * @param cause the underlying exception, may be null
   */
  RegistrationLogException(String message, Throwable cause) {
    super(message, cause);
  }
}
