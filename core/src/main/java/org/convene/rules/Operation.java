package org.convene.rules;

import java.util.Optional;
import org.convene.Event;
import org.convene.Participant;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * One operation applied to a {@link Registrations} snapshot, as a value: what a host appends to
 * its log, in order, so that {@link Registrations#replay} rebuilds the same snapshot after a
 * restart. Every {@link Update} names the operation it applied ({@link Update#getOperation()}).
 *
 * <p>The {@linkplain #getKind() kind} says which of the other fields are present:
 *
 * <table>
 *   <caption>Fields per kind</caption>
 *   <tr><th>kind</th><th>present</th><th>applied as</th></tr>
 *   <tr><td>{@link Kind#REGISTER}</td><td>request</td><td>{@link Registrations#register}</td></tr>
 *   <tr><td>{@link Kind#AMEND}</td><td>request</td><td>{@link Registrations#amend}</td></tr>
 *   <tr><td>{@link Kind#CANCEL}</td><td>participant id</td><td>{@link Registrations#cancel}</td></tr>
 *   <tr><td>{@link Kind#PROMOTE}</td><td>participant id</td><td>{@link Registrations#promote}</td></tr>
 *   <tr><td>{@link Kind#SUBSTITUTE}</td><td>participant id, substitute</td>
 *       <td>{@link Registrations#substitute}</td></tr>
 *   <tr><td>{@link Kind#CHANGE_EVENT}</td><td>event</td><td>{@link Registrations#withEvent}</td></tr>
 * </table>
 *
 * <p>The seed event's log after Anna registers and Bram cancels:
 *
 * <pre>{@code
 * List<Operation> log = List.of(
 *     Operation.register(RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, now, "readiness")),
 *     Operation.cancel("be-bram"));
 * Registrations restored = Registrations.replay(event, List.of(), log);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Operation {
  Operation() {}

  /** Which operation, and so which fields are present. */
  public enum Kind {
    /** Register a request: {@link #getRequest()}. */
    REGISTER,
    /** Change a registered or waiting participant's request: {@link #getRequest()}. */
    AMEND,
    /** Cancel a registration or a waiting request: {@link #getParticipantId()}. */
    CANCEL,
    /** Promote a waiting participant if the rules now admit them: {@link #getParticipantId()}. */
    PROMOTE,
    /** Replace a registered participant: {@link #getParticipantId()} and {@link #getSubstitute()}. */
    SUBSTITUTE,
    /** Move the snapshot to a new version of its event: {@link #getEvent()}. */
    CHANGE_EVENT
  }

  /**
   * Returns which operation this is.
   *
   * @return the kind, not null
   */
  public abstract Kind getKind();

  /**
   * Returns the request of a {@link Kind#REGISTER} or {@link Kind#AMEND}.
   *
   * @return the request, or empty for the other kinds
   */
  public abstract Optional<RegistrationRequest> getRequest();

  /**
   * Returns the participant a {@link Kind#CANCEL}, {@link Kind#PROMOTE} or {@link Kind#SUBSTITUTE}
   * is about.
   *
   * @return the participant's id, or empty for the other kinds
   */
  public abstract Optional<String> getParticipantId();

  /**
   * Returns who takes the place in a {@link Kind#SUBSTITUTE}.
   *
   * @return the substitute, or empty for the other kinds
   */
  public abstract Optional<Participant> getSubstitute();

  /**
   * Returns the new version of the event of a {@link Kind#CHANGE_EVENT}.
   *
   * @return the event, or empty for the other kinds
   */
  public abstract Optional<Event> getEvent();

  /**
   * Creates a {@link Kind#REGISTER} operation.
   *
   * @param request the request, not null
   * @return the operation, not null
   * @throws org.convene.MissingValueException if the request is null
   */
  public static Operation register(RegistrationRequest request) {
    return new Builder().kind(Kind.REGISTER).request(Require.argument(request, "Operation", "register", "request")).build();
  }

  /**
   * Creates an {@link Kind#AMEND} operation.
   *
   * @param request the participant's new request, not null
   * @return the operation, not null
   * @throws org.convene.MissingValueException if the request is null
   */
  public static Operation amend(RegistrationRequest request) {
    return new Builder().kind(Kind.AMEND).request(Require.argument(request, "Operation", "amend", "request")).build();
  }

  /**
   * Creates a {@link Kind#CANCEL} operation.
   *
   * @param participantId the participant's id, not null
   * @return the operation, not null
   * @throws org.convene.MissingValueException if the id is null
   */
  public static Operation cancel(String participantId) {
    return new Builder().kind(Kind.CANCEL)
        .participantId(Require.argument(participantId, "Operation", "cancel", "participantId")).build();
  }

  /**
   * Creates a {@link Kind#PROMOTE} operation.
   *
   * @param participantId the waiting participant's id, not null
   * @return the operation, not null
   * @throws org.convene.MissingValueException if the id is null
   */
  public static Operation promote(String participantId) {
    return new Builder().kind(Kind.PROMOTE)
        .participantId(Require.argument(participantId, "Operation", "promote", "participantId")).build();
  }

  /**
   * Creates a {@link Kind#SUBSTITUTE} operation.
   *
   * @param participantId the registered participant's id, not null
   * @param substitute who takes the place, not null
   * @return the operation, not null
   * @throws org.convene.MissingValueException if an argument is null
   */
  public static Operation substitute(String participantId, Participant substitute) {
    return new Builder().kind(Kind.SUBSTITUTE)
        .participantId(Require.argument(participantId, "Operation", "substitute", "participantId"))
        .substitute(Require.argument(substitute, "Operation", "substitute", "substitute"))
        .build();
  }

  /**
   * Creates a {@link Kind#CHANGE_EVENT} operation.
   *
   * @param event the new version of the event, not null
   * @return the operation, not null
   * @throws org.convene.MissingValueException if the event is null
   */
  public static Operation changeEvent(Event event) {
    return new Builder().kind(Kind.CHANGE_EVENT).event(Require.argument(event, "Operation", "changeEvent", "event")).build();
  }

  @Value.Check
  void check() {
    Kind kind = Require.present(getKind(), "Operation", "kind");
    boolean request = kind == Kind.REGISTER || kind == Kind.AMEND;
    boolean participant = kind == Kind.CANCEL || kind == Kind.PROMOTE || kind == Kind.SUBSTITUTE;
    expect(kind, "request", request, getRequest().isPresent());
    expect(kind, "participantId", participant, getParticipantId().isPresent());
    expect(kind, "substitute", kind == Kind.SUBSTITUTE, getSubstitute().isPresent());
    expect(kind, "event", kind == Kind.CHANGE_EVENT, getEvent().isPresent());
  }

  private static void expect(Kind kind, String field, boolean wanted, boolean present) {
    if (wanted && !present) {
      throw Require.missing("Operation", field, "Operation." + field + " is missing for an operation of kind "
          + kind + ": " + kind + " needs " + field);
    }
    if (present && !wanted) {
      throw new InvalidRequestException("Operation." + field + " is set for an operation of kind " + kind + ": "
          + kind + " takes no " + field);
    }
  }

  /**
   * Builds an {@link Operation}; the kind is required, and the fields its kind needs. Prefer the
   * factories, which set exactly those: {@code build()} also throws {@link
   * InvalidRequestException} for a field the kind takes no part of.
   */
  public static final class Builder extends ImmutableOperation.Builder {}
}
