package org.convene.ical.internal;

import java.time.Instant;

/**
 * The one notion of a published revision of a VEVENT: its SEQUENCE, its DTSTAMP and whether it
 * is STATUS:CANCELLED. The exporter renders a VEVENT at a revision; the reader of a published
 * feed gives each VEVENT's revision back; an update derives the next one from it.
 */
public final class Revision {
  private final int sequence;
  private final Instant stamp;
  private final boolean cancelled;

  /**
   * Creates a revision.
   *
   * @param sequence the SEQUENCE, at least 0
   * @param stamp the DTSTAMP
   * @param cancelled whether STATUS is CANCELLED
   */
  public Revision(int sequence, Instant stamp, boolean cancelled) {
    this.sequence = sequence;
    this.stamp = stamp;
    this.cancelled = cancelled;
  }

  /**
   * The revision of a VEVENT published for the first time.
   *
   * @param now the DTSTAMP
   * @return SEQUENCE 0, confirmed
   */
  public static Revision first(Instant now) {
    return new Revision(0, now, false);
  }

  /**
   * The revision after a change that shows in the VEVENT, confirmed.
   *
   * @param now the new DTSTAMP
   * @return SEQUENCE one higher, confirmed
   */
  public Revision changed(Instant now) {
    return new Revision(sequence + 1, now, false);
  }

  /**
   * The revision that cancels the VEVENT.
   *
   * @param now the new DTSTAMP
   * @return SEQUENCE one higher, cancelled
   */
  public Revision cancelled(Instant now) {
    return new Revision(sequence + 1, now, true);
  }

  /**
   * Returns the SEQUENCE.
   *
   * @return the sequence number
   */
  public int getSequence() {
    return sequence;
  }

  /**
   * Returns the DTSTAMP.
   *
   * @return the stamp
   */
  public Instant getStamp() {
    return stamp;
  }

  /**
   * Tells whether STATUS is CANCELLED.
   *
   * @return true if cancelled
   */
  public boolean isCancelled() {
    return cancelled;
  }
}
