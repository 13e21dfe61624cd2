package org.convene;

import org.convene.internal.Require;

/**
 * How an event is run: at a venue, online, or both at once.
 *
 * <p>The OOTS Go-Live Accelerator is {@link #HYBRID}: "this event will be run both in-person and
 * online".
 */
public enum AttendanceMode {
  /** Only at the venue. */
  IN_PERSON,
  /** Only online. */
  ONLINE,
  /** At the venue and online. */
  HYBRID;

  /**
   * Tells whether a participant may attend this way.
   *
   * @param attendance how the participant would attend, not null
   * @return true if this mode admits that attendance
   * @throws MissingValueException if {@code attendance} is null
   */
  public boolean allows(Attendance attendance) {
    switch (Require.argument(attendance, "AttendanceMode", "allows", "attendance")) {
      case IN_PERSON:
        return this != ONLINE;
      case ONLINE:
        return this != IN_PERSON;
      default:
        throw new AssertionError(attendance);
    }
  }
}
