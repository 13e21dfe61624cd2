package org.convene.rules;

import java.util.List;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * The result of an operation on {@link Registrations}: the new snapshot, the changes that lead to
 * it, and the operation itself, which a host appends to its log to {@linkplain
 * Registrations#replay replay} later. Operations that decide on a request ({@code register},
 * {@code substitute}, {@code promote}, {@code amend}) return a {@link DecidedUpdate}, which adds
 * the decision.
 *
 * <p>A request that is not taken leaves the snapshot as it was and lists no change.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Update {
  Update() {}

  /**
   * Returns the snapshot after the operation.
   *
   * @return the new snapshot, or the same one if nothing changed, not null
   */
  public abstract Registrations getRegistrations();

  /**
   * Returns what changed, in the order it happened.
   *
   * @return the changes, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<Change> getChanges() {
    return List.of();
  }

  /**
   * Returns the operation that was applied.
   *
   * @return the operation, not null
   */
  public abstract Operation getOperation();

  @Value.Check
  void check() {
    Require.present(getRegistrations(), "Update", "registrations");
    Require.present(getOperation(), "Update", "operation");
    Require.noNulls(getChanges(), "Update", "changes");
  }

  /** Builds an {@link Update}; registrations (the snapshot) and operation are required. */
  public static final class Builder extends ImmutableUpdate.Builder {}
}
