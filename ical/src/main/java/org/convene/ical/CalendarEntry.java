package org.convene.ical;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.convene.Session;

/**
 * One session of an imported calendar: a VEVENT, one occurrence of a recurring VEVENT, or one
 * track's copy of a session Convene published once for all tracks, as a {@link Session} with what
 * the calendar says about it besides: its UID, SEQUENCE, DTSTAMP, whether it is cancelled and,
 * for a calendar Convene wrote, its track. The occurrences of one VEVENT share its UID, SEQUENCE,
 * DTSTAMP and line; their sessions' ids tell them apart.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarEntry {
  private final String uid;
  private final Session session;
  private final Optional<String> trackId;
  private final int sequence;
  private final Optional<Instant> stamp;
  private final boolean cancelled;
  private final boolean allDay;
  private final int line;

  CalendarEntry(
      String uid,
      Session session,
      Optional<String> trackId,
      int sequence,
      Optional<Instant> stamp,
      boolean cancelled,
      boolean allDay,
      int line) {
    this.uid = Objects.requireNonNull(uid, "uid");
    this.session = Objects.requireNonNull(session, "session");
    this.trackId = trackId;
    this.sequence = sequence;
    this.stamp = stamp;
    this.cancelled = cancelled;
    this.allDay = allDay;
    this.line = line;
  }

  /**
   * Returns the UID.
   *
   * @return the UID, empty if the VEVENT had none, not null
   */
  public String getUid() {
    return uid;
  }

  /**
   * Returns the session.
   *
   * @return the session, not null
   */
  public Session getSession() {
    return session;
  }

  /**
   * Returns the id of the session's track, from a calendar Convene wrote.
   *
   * @return the track id, or empty for a plenary session or a foreign calendar
   */
  public Optional<String> getTrackId() {
    return trackId;
  }

  /**
   * Returns the SEQUENCE.
   *
   * @return the sequence number, 0 if absent or unreadable
   */
  public int getSequence() {
    return sequence;
  }

  /**
   * Returns the DTSTAMP.
   *
   * @return the stamp, or empty if absent or not in UTC
   */
  public Optional<Instant> getStamp() {
    return stamp;
  }

  /**
   * Tells whether the VEVENT says STATUS:CANCELLED.
   *
   * @return true if cancelled
   */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Tells whether the VEVENT was an all-day one (a DATE start), whose session runs from midnight
   * to midnight.
   *
   * @return true for an all-day VEVENT
   */
  public boolean isAllDay() {
    return allDay;
  }

  /**
   * Returns the line of the VEVENT's BEGIN (for an occurrence, its recurring VEVENT's).
   *
   * @return the line number, counted from 1
   */
  public int getLine() {
    return line;
  }
}
