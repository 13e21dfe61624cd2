package org.convene;

/** What an event {@link Document} is. */
public enum DocumentKind {
  /** The privacy statement that covers registration data. */
  PRIVACY_STATEMENT,
  /** The agenda or programme. */
  AGENDA,
  /** Slides or other presentation material. */
  PRESENTATION,
  /** Anything else. */
  OTHER
}
