package org.convene;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.OptionalInt;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * How many people an event, a track or a session holds, counted apart for the room and for the
 * online link.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Capacity implements WithCapacity {
  Capacity() {}

  /**
   * Returns the most people in the room.
   *
   * @return the limit, or empty for no limit
   */
  @PositiveOrZero
  public abstract OptionalInt getInPerson();

  /**
   * Returns the most people online.
   *
   * @return the limit, or empty for no limit
   */
  @PositiveOrZero
  public abstract OptionalInt getOnline();

  /**
   * Returns the limit for one kind of attendance.
   *
   * @param attendance the kind of attendance, not null
   * @return the limit, or empty for no limit
   * @throws MissingValueException if {@code attendance} is null
   */
  public OptionalInt limitFor(Attendance attendance) {
    Require.argument(attendance, "Capacity", "limitFor", "attendance");
    return attendance == Attendance.IN_PERSON ? getInPerson() : getOnline();
  }

  /**
   * Tells whether neither kind of attendance is limited.
   *
   * @return true if there is no limit
   */
  public boolean isUnlimited() {
    return getInPerson().isEmpty() && getOnline().isEmpty();
  }

  /**
   * Returns the capacity with no limit.
   *
   * @return the capacity, not null
   */
  public static Capacity unlimited() {
    return new Builder().build();
  }

  /**
   * Returns a capacity that limits the room only.
   *
   * @param inPerson the most people in the room
   * @return the capacity, not null
   */
  public static Capacity inPerson(int inPerson) {
    return new Builder().inPerson(inPerson).build();
  }

  /** Builds a {@link Capacity}; both limits are optional, and an absent limit means no limit. */
  public static final class Builder extends ImmutableCapacity.Builder {}
}
