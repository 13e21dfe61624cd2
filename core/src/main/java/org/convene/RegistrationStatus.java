package org.convene;

/** Whether a {@link RegistrationWindow} accepts registrations at a given instant. */
public enum RegistrationStatus {
  /** The window has an opening instant that has not come yet. */
  NOT_YET_OPEN,
  /** Registrations are accepted. */
  OPEN,
  /** Registrations are closed: by the organiser, or because the closing instant has passed. */
  CLOSED
}
