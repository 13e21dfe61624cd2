package org.convene.publish;

import org.convene.ConveneException;

/**
 * Thrown when an event holds something a published format cannot express, such as a session of
 * more than 99 hours and 59 minutes in a frab schedule, whose durations are {@code hh:mm} with
 * two-digit hours. The message names the session or field, its value, and what would be valid.
 *
 * <p>A valid event (one that {@code convene-validation} accepts) with sessions shorter than that
 * never gets this exception.
 */
public final class PublishException extends ConveneException {
  private static final long serialVersionUID = 1L;

  PublishException(String message) {
    super(message);
  }
}
