package org.convene.rules;

import java.util.List;
import org.convene.Event;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * Everything a {@link Registrations} snapshot holds, as a value a host can store: the event's
 * current version, every live place with its request order and acceptance order, and the next
 * order the snapshot will give. {@link Registrations#getState()} takes it and {@link
 * Registrations#restore(RegistrationsState, List)} rebuilds from it a snapshot {@linkplain
 * Registrations#equals equal} to the one it was taken from, which decides every later operation
 * (travel slots and promotions included) exactly as that one: what a checkpoint of a
 * registration log needs, so that a server starting on a long log replays only the rows after
 * it.
 *
 * <pre>{@code
 * RegistrationsState state = registrations.getState();    // store it (convene-json writes it)
 * Registrations same = Registrations.restore(state, List.of());
 * same.equals(registrations);                             // true
 * }</pre>
 *
 * <p>The custom rules are code, not state: restore with the same rules the snapshot had.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegistrationsState {
  RegistrationsState() {}

  /**
   * Returns the event's version the snapshot decides on: its latest, after every new version
   * applied.
   *
   * @return the event, not null
   */
  public abstract Event getEvent();

  /**
   * Returns the order the snapshot gives its next request or acceptance: greater than every
   * order of the places.
   *
   * @return the next order, not negative
   */
  public abstract long getNextOrder();

  /**
   * Returns the live places, registered and waiting, in request order.
   *
   * @return the places, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<Place> getPlaces() {
    return List.of();
  }

  @Value.Check
  void check() {
    Require.present(getEvent(), "RegistrationsState", "event");
    Require.noNulls(getPlaces(), "RegistrationsState", "places");
  }

  /** Builds a {@link RegistrationsState}; event and nextOrder are required. */
  public static final class Builder extends ImmutableRegistrationsState.Builder {}
}
