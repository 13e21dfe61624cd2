package org.convene.rules;

import java.util.Optional;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * One thing an operation on {@link Registrations} changed for one participant: registered,
 * waitlisted, cancelled, promoted from the waiting list, replaced by a substitute, amended, or
 * granted a travel slot that someone else freed; and, after a new version of the event, what the
 * organiser must look at: a registration kept over a lowered limit, a request naming a track or
 * session that is gone, a travel slot the new policy no longer has, a request a stricter rule
 * now refuses.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Change {
  Change() {}

  /** What changed. */
  public enum Kind {
    /** The participant is registered. */
    REGISTERED,
    /** The participant joined the waiting list. */
    WAITLISTED,
    /** The participant's registration or waiting request is cancelled. */
    CANCELLED,
    /** The participant moved from the waiting list to registered. */
    PROMOTED,
    /** The participant was replaced by {@link #getOther()}, who took their place. */
    REPLACED,
    /** The participant, already registered, now holds a travel slot freed by someone else. */
    TRAVEL_GRANTED,
    /** The participant's request was changed ({@link Registrations#amend}); they keep their place. */
    AMENDED,
    /**
     * The participant stays registered, but a new version of the event lowered a limit they count
     * in below its use: the organiser decides (cancel, or leave it). The latest accepted are named.
     */
    OVER_LIMIT,
    /**
     * The participant's request names a track or session that a new version of the event
     * dropped; reported once, by the version that drops the id, not again by later versions that
     * still lack it: a registration is kept for what remains, a waiting request is not promoted
     * while the event lacks the id (a later version that brings it back may promote it).
     */
    SELECTION_REMOVED,
    /** A new version of the event no longer has the travel slot category the participant held. */
    TRAVEL_WITHDRAWN,
    /**
     * The participant stays registered (or waiting), but a rule of a new version of the event that
     * refuses without counting (the attendance mode, the target groups, double booking, the fee)
     * refuses their request, which the previous version admitted: the organiser decides (cancel,
     * amend, or leave it). Reported once, on the version that refuses it; {@link #getRefusal()}
     * says which rule and why. A waiting request so refused is not promoted while a version
     * refuses it (a later version that admits it again may promote it).
     */
    NO_LONGER_ADMITTED
  }

  /**
   * Returns what changed.
   *
   * @return the kind, not null
   */
  public abstract Kind getKind();

  /**
   * Returns the id of the participant concerned.
   *
   * @return the id, not null
   */
  public abstract String getParticipantId();

  /**
   * Returns the travel slot category the participant holds after the change.
   *
   * @return the category, or empty
   */
  public abstract Optional<String> getTravelSlot();

  /**
   * Returns the other participant involved: the substitute of a {@link Kind#REPLACED} change.
   *
   * @return the other participant's id, or empty
   */
  public abstract Optional<String> getOther();

  /**
   * Returns the outcome of the rule that refuses the participant's request: the reason of a
   * {@link Kind#NO_LONGER_ADMITTED} change.
   *
   * @return the refusing rule's outcome, or empty
   */
  public abstract Optional<RuleOutcome> getRefusal();

  /**
   * Creates a change.
   *
   * @param kind what changed, not null
   * @param participantId who it concerns, not null
   * @return the change, not null
   * @throws org.convene.MissingValueException if {@code kind} or {@code participantId} is null, or if {@code
   *     kind} is {@link Kind#NO_LONGER_ADMITTED}, which needs a refusal: use the {@link Builder}
   */
  public static Change of(Kind kind, String participantId) {
    return new Builder().kind(kind).participantId(participantId).build();
  }

  @Value.Check
  void check() {
    Require.present(getKind(), "Change", "kind");
    Require.present(getParticipantId(), "Change", "participantId");
    if (getKind() == Kind.NO_LONGER_ADMITTED && getRefusal().isEmpty()) {
      throw Require.missing("Change", "refusal", "Change.refusal is required for a NO_LONGER_ADMITTED change of participant \""
          + getParticipantId() + "\": the outcome of the rule that refuses the request");
    }
    if (getRefusal().isPresent() && getKind() != Kind.NO_LONGER_ADMITTED) {
      throw new InvalidRequestException("Change.refusal is set for a " + getKind() + " change of participant \""
          + getParticipantId() + "\": only a NO_LONGER_ADMITTED change carries a refusal");
    }
    if (getRefusal().isPresent() && getRefusal().get().isPassed()) {
      throw new InvalidRequestException("Change.refusal of participant \"" + getParticipantId() + "\" is an outcome of rule \""
          + getRefusal().get().getRuleId() + "\" that passed: a refusal is an outcome that did not pass");
    }
  }

  /**
   * Builds a {@link Change}; kind and participant id are required, and a refusal for a {@link
   * Kind#NO_LONGER_ADMITTED} change. {@code build()} also throws {@link InvalidRequestException}
   * for a refusal on a change of another kind, or a refusal that passed.
   */
  public static final class Builder extends ImmutableChange.Builder {}
}
