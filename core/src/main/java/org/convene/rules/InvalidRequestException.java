package org.convene.rules;

/**
 * Thrown when the rule engine is given a request that is well formed but impossible: a track or
 * session the event does not have, a blank participant id, an event with another id, an operation
 * with a field its kind takes no part of, or a custom {@link Rule} that returned nothing. A missing
 * value (a null, or no track where one is required) is a {@link org.convene.MissingValueException}
 * instead, as everywhere in core.
 *
 * <pre>{@code
 * registrations.evaluate(RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, now, "keynotes"));
 * // InvalidRequestException: RegistrationRequest.trackIds contains "keynotes", which event
 * //   "oots-go-live-accelerator" does not have: valid track ids are [training, readiness]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidRequestException extends RulesException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the offending field and value, and what would be valid, not null
   */
  InvalidRequestException(String message) {
    super(message);
  }
}
