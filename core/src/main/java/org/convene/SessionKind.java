package org.convene;

/**
 * What happens in a session. Calendars show it as a category; rules and reports can group by
 * it.
 */
public enum SessionKind {
  /** Arrival, registration, welcome coffee. */
  WELCOME,
  /** A presentation to the audience. */
  TALK,
  /** Hands-on training. */
  TRAINING,
  /** An interactive workshop. */
  WORKSHOP,
  /** A testing or readiness-check session. */
  TESTING,
  /** A plenary session for everyone. */
  PLENARY,
  /** A panel discussion. */
  PANEL,
  /** A coffee or other short break. */
  BREAK,
  /** Lunch or dinner. */
  MEAL,
  /** Evaluation of the day or of the event. */
  EVALUATION,
  /** The closing wrap-up. */
  WRAP_UP,
  /** A social event. */
  SOCIAL,
  /** Anything else. */
  OTHER
}
