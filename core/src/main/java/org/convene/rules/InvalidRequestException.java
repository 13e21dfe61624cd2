package org.convene.rules;

/**
 * Thrown when the rule engine is given something it cannot evaluate: a missing value, a track or
 * session the event does not have, or a custom {@link Rule} that returned nothing.
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
