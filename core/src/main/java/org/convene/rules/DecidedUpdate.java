package org.convene.rules;

import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * The result of an operation that decides on a request: {@link Registrations#register}, {@link
 * Registrations#substitute}, {@link Registrations#promote} and {@link Registrations#amend}. It
 * always carries the decision:
 *
 * <pre>{@code
 * Decision decision = desk.register(request).getDecision();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DecidedUpdate extends Update {
  DecidedUpdate() {}

  /**
   * Returns the decision on the request.
   *
   * @return the decision, not null
   */
  public abstract Decision getDecision();

  @Override
  @Value.Check
  void check() {
    super.check();
    Require.present(getDecision(), "DecidedUpdate", "decision");
  }

  /** Builds a {@link DecidedUpdate}; registrations (the snapshot), operation and decision are required. */
  public static final class Builder extends ImmutableDecidedUpdate.Builder {}
}
