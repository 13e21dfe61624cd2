package org.convene.rules;

/**
 * Thrown when an operation names a participant who holds no registration that it can act on:
 * cancelling or amending someone who is neither registered nor waiting, substituting someone who
 * is not registered, or promoting someone who is not waiting.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NotRegisteredException extends RulesException {
  private static final long serialVersionUID = 1L;

  /** The participant's id. */
  private final String participantId;

  /**
   * Creates the exception.
   *
   * @param participantId the participant's id, not null
   * @param message what was asked and the participant's actual state, not null
   */
  NotRegisteredException(String participantId, String message) {
    super(message);
    this.participantId = participantId;
  }

  /**
   * Returns the id of the participant the operation named.
   *
   * @return the id, not null
   */
  public String getParticipantId() {
    return participantId;
  }
}
