package org.convene.rules;

import java.util.Optional;
import org.convene.internal.Require;

/**
 * The reason codes of the built-in rules and entitlements, as typed constants: {@link
 * RuleOutcome#getReasonCode()} and the entitlements' codes are their names, and {@link
 * Decision#describe(java.util.Locale)} renders each, with its {@linkplain
 * RuleOutcome#getParameters() parameters}, in English, French or German. Custom rules may use
 * codes of their own; those are shown with their figures.
 */
public enum Reason {
  /** Registration is open. */
  WINDOW_OPEN,
  /** Registration is closed: by the organiser, or the deadline passed. */
  WINDOW_CLOSED,
  /** Registration has not opened yet. */
  WINDOW_NOT_YET_OPEN,
  /** A waiting request names a track or session that a new version of the event dropped. */
  SELECTION_REMOVED,
  /** The participant is neither registered nor waiting. */
  NOT_YET_REGISTERED,
  /** The participant is already registered. */
  ALREADY_REGISTERED,
  /** The participant is already on the waiting list. */
  ALREADY_WAITING,
  /** The event offers the attendance asked for. */
  ATTENDANCE_OFFERED,
  /** The event does not offer the attendance asked for. */
  ATTENDANCE_NOT_OFFERED,
  /** The participant is in a target group. */
  IN_TARGET_GROUP,
  /** The participant is in none of the target groups. */
  NOT_IN_TARGET_GROUP,
  /** No two sessions asked for overlap. */
  NO_OVERLAP,
  /** Two sessions asked for overlap. */
  OVERLAPPING_SESSIONS,
  /** Every capacity has room. */
  CAPACITY_AVAILABLE,
  /** A capacity is full. */
  CAPACITY_FULL,
  /** The quota has room in the participant's partition. */
  QUOTA_AVAILABLE,
  /** The quota is full in the participant's partition. */
  QUOTA_FULL,
  /** A price category applies. */
  PRICE,
  /** A fee waiver applies. */
  WAIVED,
  /** No price category applies to the participant. */
  NO_PRICE_CATEGORY,
  /** Travel is reimbursed. */
  GRANTED,
  /** Every travel slot of the participant's category and partition is taken. */
  SLOT_TAKEN,
  /** The event reimburses no travel. */
  NO_TRAVEL_POLICY,
  /** The attendance asked for does not qualify for travel. */
  ATTENDANCE_NOT_QUALIFYING,
  /** The participant falls in no travel slot category. */
  NO_MATCHING_CATEGORY,
  /** The request is not accepted, so it has no entitlements. */
  NOT_ACCEPTED,
  /** The event is free. */
  FREE;

  /**
   * Finds the constant of a reason code.
   *
   * @param code a reason code, not null
   * @return the constant, or empty for a custom rule's code
   * @throws org.convene.MissingValueException if the code is null
   */
  public static Optional<Reason> of(String code) {
    Require.argument(code, "Reason", "of", "code");
    for (Reason r : values()) {
      if (r.name().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
