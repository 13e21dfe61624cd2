package org.convene.rules;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of an operation on {@link Registrations}: the new snapshot, the changes that lead to
 * it, and the decision on the request, for operations that decide one.
 *
 * <p>A request that is rejected leaves the snapshot as it was and lists no change.
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
  public abstract List<Change> getChanges();

  /**
   * Returns the decision on the request: present for {@code register}, {@code substitute} and
   * {@code promote}, empty for {@code cancel}.
   *
   * @return the decision, or empty
   */
  public abstract Optional<Decision> getDecision();

  @Value.Check
  void check() {
    Checks.present(getRegistrations(), "Update", "registrations");
    Checks.noNulls(getChanges(), "Update", "changes");
  }

  /** Builds an {@link Update}; the snapshot is required. */
  public static final class Builder extends ImmutableUpdate.Builder {}
}
