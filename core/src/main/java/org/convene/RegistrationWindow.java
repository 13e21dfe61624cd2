package org.convene;

import java.time.Instant;
import java.util.Optional;
import org.convene.constraints.OpensBeforeCloses;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * When an event accepts registrations: closed by the organiser, or open from an optional
 * opening instant until an optional closing instant (the opening instant is included, the
 * closing instant is not).
 *
 * <p>The seed event says "Registrations closed": {@code RegistrationWindow.closed()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@OpensBeforeCloses
public abstract class RegistrationWindow implements WithRegistrationWindow {
  RegistrationWindow() {}

  /**
   * Tells whether the organiser has closed registration, whatever the instants say.
   *
   * @return true if closed by the organiser, false unless set
   */
  @Value.Default
  public boolean isClosed() {
    return false;
  }

  /**
   * Returns the first instant at which registration is open.
   *
   * @return the opening instant, or empty for "open since it was published"
   */
  public abstract Optional<Instant> getOpens();

  /**
   * Returns the instant at which registration closes.
   *
   * @return the closing instant (excluded), or empty for "no deadline"
   */
  public abstract Optional<Instant> getCloses();

  /**
   * Tells the window's status at an instant.
   *
   * @param instant the instant to ask about, not null
   * @return the status, not null
   * @throws MissingValueException if {@code instant} is null
   */
  public RegistrationStatus statusAt(Instant instant) {
    Require.argument(instant, "RegistrationWindow", "statusAt", "instant");
    if (isClosed()) {
      return RegistrationStatus.CLOSED;
    }
    if (getOpens().isPresent() && instant.isBefore(getOpens().get())) {
      return RegistrationStatus.NOT_YET_OPEN;
    }
    if (getCloses().isPresent() && !instant.isBefore(getCloses().get())) {
      return RegistrationStatus.CLOSED;
    }
    return RegistrationStatus.OPEN;
  }

  /**
   * Tells whether registration is open at an instant.
   *
   * @param instant the instant to ask about, not null
   * @return true if {@link #statusAt(Instant)} is {@link RegistrationStatus#OPEN}
   * @throws MissingValueException if {@code instant} is null
   */
  public boolean isOpenAt(Instant instant) {
    return statusAt(instant) == RegistrationStatus.OPEN;
  }

  /**
   * Returns a window closed by the organiser.
   *
   * @return the closed window, not null
   */
  public static RegistrationWindow closed() {
    return new Builder().closed(true).build();
  }

  /**
   * Returns a window that is always open.
   *
   * @return the open window, not null
   */
  public static RegistrationWindow alwaysOpen() {
    return new Builder().build();
  }

  /**
   * Returns a window open from {@code opens} (included) until {@code closes} (excluded).
   *
   * @param opens the opening instant, not null
   * @param closes the closing instant, not null
   * @return the window, not null
   * @throws MissingValueException if {@code opens} or {@code closes} is null
   */
  public static RegistrationWindow between(Instant opens, Instant closes) {
    Require.argument(opens, "RegistrationWindow", "between", "opens");
    Require.argument(closes, "RegistrationWindow", "between", "closes");
    return new Builder().opens(opens).closes(closes).build();
  }

  /** Builds a {@link RegistrationWindow}; every field is optional. */
  public static final class Builder extends ImmutableRegistrationWindow.Builder {}
}
