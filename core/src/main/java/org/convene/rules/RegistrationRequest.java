package org.convene.rules;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.convene.Attendance;
import org.convene.Participant;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * One person's request to take part: who, what for (the whole event, some tracks or some
 * sessions), how (in person or online), and when the request was made.
 *
 * <p>Selecting a track selects all its sessions; selecting a session counts the participant in
 * the session's track for track quotas and capacities. With neither tracks nor sessions the
 * request is for the whole event: every track and every session. The seed event's two tracks run
 * in parallel, so an in-person participant there asks for one track:
 *
 * <pre>{@code
 * RegistrationRequest request =
 *     RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, Instant.parse("2023-11-20T09:00:00Z"),
 *         "readiness");
 * }</pre>
 *
 * <p>The instant is the one the registration window is checked against, also when the request
 * is promoted from the waiting list later: a request made in time keeps its place.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegistrationRequest {
  RegistrationRequest() {}

  /**
   * Returns who asks to take part.
   *
   * @return the participant, not null
   */
  public abstract Participant getParticipant();

  /**
   * Returns how the participant would attend.
   *
   * @return the attendance, {@link Attendance#IN_PERSON} unless set, not null
   */
  @Value.Default
  public Attendance getAttendance() {
    return Attendance.IN_PERSON;
  }

  /**
   * Returns the ids of the tracks asked for; each selects all of the track's sessions.
   *
   * @return the track ids, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<String> getTrackIds() {
    return List.of();
  }

  /**
   * Returns the ids of single sessions asked for.
   *
   * @return the session ids, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<String> getSessionIds() {
    return List.of();
  }

  /**
   * Returns when the request was made.
   *
   * @return the instant, not null
   */
  public abstract Instant getInstant();

  /**
   * Tells whether the request is for the whole event: neither tracks nor sessions are named.
   *
   * @return true for the whole event
   */
  public boolean isWholeEvent() {
    return getTrackIds().isEmpty() && getSessionIds().isEmpty();
  }

  /**
   * Creates a request for the whole event.
   *
   * @param participant who asks, not null
   * @param attendance how they would attend, not null
   * @param instant when they ask, not null
   * @return the request, not null
   * @throws org.convene.MissingValueException if an argument is null
   */
  public static RegistrationRequest forEvent(
      Participant participant, Attendance attendance, Instant instant) {
    return start("forEvent", participant, attendance, instant).build();
  }

  /**
   * Creates a request for one or more tracks.
   *
   * @param participant who asks, not null
   * @param attendance how they would attend, not null
   * @param instant when they ask, not null
   * @param trackIds the tracks' ids, such as {@code "training"}, at least one, not null
   * @return the request, not null
   * @throws org.convene.MissingValueException if an argument or a track id is null, or no track is named (use
   *     {@link #forEvent} for the whole event)
   */
  public static RegistrationRequest forTracks(
      Participant participant, Attendance attendance, Instant instant, String... trackIds) {
    Require.elements(trackIds, "RegistrationRequest", "forTracks", "trackIds");
    return forTracks(participant, attendance, instant, Arrays.asList(trackIds));
  }

  /**
   * Creates a request for one or more tracks, given as a collection.
   *
   * @param participant who asks, not null
   * @param attendance how they would attend, not null
   * @param instant when they ask, not null
   * @param trackIds the tracks' ids, at least one, in the order given, not null
   * @return the request, not null
   * @throws org.convene.MissingValueException if an argument or a track id is null, or the
   *     collection is empty (use {@link #forEvent} for the whole event)
   */
  public static RegistrationRequest forTracks(
      Participant participant, Attendance attendance, Instant instant, Collection<String> trackIds) {
    Builder b = start("forTracks", participant, attendance, instant);
    nonEmpty(trackIds, "forTracks", "trackIds", "track");
    return b.trackIds(trackIds).build();
  }

  /**
   * Creates a request for one or more single sessions.
   *
   * @param participant who asks, not null
   * @param attendance how they would attend, not null
   * @param instant when they ask, not null
   * @param sessionIds the sessions' ids, such as {@code "training-d1-1030"}, at least one, not
   *     null
   * @return the request, not null
   * @throws org.convene.MissingValueException if an argument or a session id is null, or no session
   *     is named
   */
  public static RegistrationRequest forSessions(
      Participant participant, Attendance attendance, Instant instant, String... sessionIds) {
    Require.elements(sessionIds, "RegistrationRequest", "forSessions", "sessionIds");
    return forSessions(participant, attendance, instant, Arrays.asList(sessionIds));
  }

  /**
   * Creates a request for one or more single sessions, given as a collection.
   *
   * @param participant who asks, not null
   * @param attendance how they would attend, not null
   * @param instant when they ask, not null
   * @param sessionIds the sessions' ids, at least one, in the order given, not null
   * @return the request, not null
   * @throws org.convene.MissingValueException if an argument or a session id is null, or the
   *     collection is empty
   */
  public static RegistrationRequest forSessions(
      Participant participant, Attendance attendance, Instant instant, Collection<String> sessionIds) {
    Builder b = start("forSessions", participant, attendance, instant);
    nonEmpty(sessionIds, "forSessions", "sessionIds", "session");
    return b.sessionIds(sessionIds).build();
  }

  private static Builder start(String method, Participant participant, Attendance attendance, Instant instant) {
    return new Builder()
        .participant(Require.argument(participant, "RegistrationRequest", method, "participant"))
        .attendance(Require.argument(attendance, "RegistrationRequest", method, "attendance"))
        .instant(Require.argument(instant, "RegistrationRequest", method, "instant"));
  }

  private static void nonEmpty(Collection<String> ids, String method, String parameter, String what) {
    Require.elements(ids, "RegistrationRequest", method, parameter);
    if (ids.isEmpty()) {
      throw Require.missing("RegistrationRequest", parameter, "RegistrationRequest." + method + ": " + parameter
          + " is empty; name at least one " + what + ", or use RegistrationRequest.forEvent for the whole event");
    }
  }

  @Value.Check
  void check() {
    Require.present(getParticipant(), "RegistrationRequest", "participant");
    if (getParticipant().getId().isBlank()) {
      throw new InvalidRequestException("RegistrationRequest.participant.id is \"" + getParticipant().getId()
          + "\": the rule engine tells participants apart by id, so it must not be blank");
    }
    Require.present(getAttendance(), "RegistrationRequest", "attendance");
    Require.present(getInstant(), "RegistrationRequest", "instant");
    Require.noNulls(getTrackIds(), "RegistrationRequest", "trackIds");
    Require.noNulls(getSessionIds(), "RegistrationRequest", "sessionIds");
  }

  /**
   * Builds a {@link RegistrationRequest}; participant and instant are required. {@code build()}
   * also throws {@link InvalidRequestException} for a participant whose id is blank: the rule
   * engine tells participants apart by id.
   */
  public static final class Builder extends ImmutableRegistrationRequest.Builder {}
}
