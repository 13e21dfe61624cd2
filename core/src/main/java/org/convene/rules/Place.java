package org.convene.rules;

import java.util.OptionalLong;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * One participant's place in a {@link RegistrationsState}: the {@link Registration} (request,
 * registered or waiting, travel slot held) with the two positions a snapshot keeps for it. The
 * request order is the participant's place in line: the waiting list is served in that order. The
 * acceptance order, which only a registered participant has, is their turn for a travel slot
 * freed later (earliest accepted first) and tells which registrations are over a limit a new
 * version lowers (the latest accepted). The two differ for a participant promoted from the
 * waiting list (asked early, accepted late) or whose registration was amended (accepted again
 * when amended, keeping their place in line).
 *
 * <p>Both are numbers drawn from one counter of the snapshot ({@link
 * RegistrationsState#getNextOrder()}): only their order matters to a decision, but a snapshot
 * restored with the same numbers is {@linkplain Registrations#equals equal} to the one it was
 * taken from.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Place {
  Place() {}

  /**
   * Returns the participant's registration or waiting request.
   *
   * @return the registration, not null
   */
  public abstract Registration getRegistration();

  /**
   * Returns the position of the participant's request among the snapshot's requests: their
   * place in line.
   *
   * @return the request order, not negative
   */
  public abstract long getRequestOrder();

  /**
   * Returns the position of the participant's acceptance among the snapshot's acceptances.
   *
   * @return the acceptance order, present if and only if the participant is registered
   */
  public abstract OptionalLong getAcceptanceOrder();

  @Value.Check
  void check() {
    Require.present(getRegistration(), "Place", "registration");
    Require.present(getAcceptanceOrder(), "Place", "acceptanceOrder");
  }

  /** Builds a {@link Place}; registration and requestOrder are required. */
  public static final class Builder extends ImmutablePlace.Builder {}
}
