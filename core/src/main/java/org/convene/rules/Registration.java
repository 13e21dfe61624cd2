package org.convene.rules;

import java.util.Optional;
import org.convene.Participant;
import org.immutables.value.Value;

/**
 * One participant's place in a {@link Registrations} snapshot: their request, whether they are
 * registered or waiting, and the travel slot they hold. A snapshot holds only live places: a
 * cancelled participant is no longer in it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Registration {
  Registration() {}

  /** Where a participant stands. */
  public enum State {
    /** Registered: counts against every limit that applies. */
    REGISTERED,
    /** On the waiting list: counts against nothing. */
    WAITING
  }

  /**
   * Returns the participant.
   *
   * @return the participant of the request, not null
   */
  public Participant getParticipant() {
    return getRequest().getParticipant();
  }

  /**
   * Returns the request that placed the participant.
   *
   * @return the request, not null
   */
  public abstract RegistrationRequest getRequest();

  /**
   * Returns where the participant stands.
   *
   * @return the state, not null
   */
  public abstract State getState();

  /**
   * Returns the travel slot category held.
   *
   * @return the category, such as {@code "public-sector"}, or empty if travel is not reimbursed
   */
  public abstract Optional<String> getTravelSlot();

  @Value.Check
  void check() {
    Checks.present(getRequest(), "Registration", "request");
    Checks.present(getState(), "Registration", "state");
  }

  /** Builds a {@link Registration}; request and state are required. */
  public static final class Builder extends ImmutableRegistration.Builder {}
}
