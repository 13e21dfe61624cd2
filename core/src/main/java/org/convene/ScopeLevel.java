package org.convene;

/** The level of an event a {@link QuotaScope} applies to. */
public enum ScopeLevel {
  /** The whole event. */
  EVENT,
  /** A track (one named track, or each track separately). */
  TRACK,
  /** A session (one named session, or each session separately). */
  SESSION
}
