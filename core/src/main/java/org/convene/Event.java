package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.convene.constraints.CountryCode;
import org.convene.constraints.DatesInOrder;
import org.convene.constraints.NoRoomOverlap;
import org.convene.constraints.NoTravelOnOnlineEvent;
import org.convene.constraints.NonNegativeCapacity;
import org.convene.constraints.QuotasWithinCapacity;
import org.convene.constraints.RegistrationClosesBeforeStart;
import org.convene.constraints.SessionsWithinDates;
import org.convene.constraints.UniqueIds;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * An event: a conference, a training or a meeting, with its dates, venue, tracks and sessions,
 * and the rules for who may take part.
 *
 * <p>The running example is the OOTS Go-Live Accelerator (Brussels, 11-12 December 2023): hybrid,
 * two parallel tracks, at most three people per Member State in each track, free, and travel
 * reimbursed for one public-sector and one private-sector expert per Member State.
 *
 * <pre>{@code
 * Event event = new Event.Builder()
 *     .id("oots-go-live-accelerator")
 *     .title("OOTS Go-Live Accelerator event")
 *     .zone(ZoneId.of("Europe/Brussels"))
 *     .startDate(LocalDate.of(2023, 12, 11))
 *     .endDate(LocalDate.of(2023, 12, 12))
 *     .attendanceMode(AttendanceMode.HYBRID)
 *     .registration(RegistrationWindow.closed())
 *     .addTracks(training, readiness)
 *     .build();
 * }</pre>
 *
 * <p>Construction fails only for a missing required value ({@link MissingValueException}); every
 * other check, such as a session outside the event's dates, is a Jakarta Validation constraint
 * reported by a Jakarta Validation {@code Validator} (or {@code convene-validation}'s
 * {@code EventValidator}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@DatesInOrder
@SessionsWithinDates
@NoRoomOverlap
@UniqueIds
@QuotasWithinCapacity
@NoTravelOnOnlineEvent
@RegistrationClosesBeforeStart
public abstract class Event implements WithEvent {
  Event() {}

  /**
   * Returns the event's stable id; calendar UIDs are derived from it.
   *
   * @return the id, not null
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the title.
   *
   * @return the title, not null
   */
  @NotBlank
  public abstract String getTitle();

  /**
   * Returns the one-paragraph summary.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> getSummary();

  /**
   * Returns the full description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns the time zone in which the event's dates and session times are given.
   *
   * @return the zone, such as {@code Europe/Brussels}, not null
   */
  public abstract ZoneId getZone();

  /**
   * Returns the first day.
   *
   * @return the first day, not null
   */
  public abstract LocalDate getStartDate();

  /**
   * Returns the last day (included).
   *
   * @return the last day, not null
   */
  public abstract LocalDate getEndDate();

  /**
   * Returns where the event takes place.
   *
   * @return the venue, or empty for an online-only event
   */
  public abstract Optional<@Valid Venue> getVenue();

  /**
   * Returns how the event is run.
   *
   * @return the mode, {@link AttendanceMode#IN_PERSON} unless set, not null
   */
  @Value.Default
  public AttendanceMode getAttendanceMode() {
    return AttendanceMode.IN_PERSON;
  }

  /**
   * Returns how online participants join.
   *
   * @return the online access, or empty
   */
  public abstract Optional<OnlineAccess> getOnlineAccess();

  /**
   * Returns when registrations are accepted.
   *
   * @return the window, {@link RegistrationWindow#alwaysOpen()} unless set, not null
   */
  @Value.Default
  @Valid
  public RegistrationWindow getRegistration() {
    return RegistrationWindow.alwaysOpen();
  }

  /**
   * Tells whether people who do not fit a full quota or capacity go on a waiting list instead of
   * being turned away.
   *
   * @return true if the event keeps a waiting list; false (the default) turns them away
   */
  @Value.Default
  public boolean isWaitingListEnabled() {
    return false;
  }

  /**
   * Tells whether one person may attend overlapping sessions in person.
   *
   * @return true if double booking is allowed; false (the default) rejects it
   */
  @Value.Default
  public boolean isDoubleBookingAllowed() {
    return false;
  }

  /**
   * Returns the groups the event is meant for; a participant is eligible if they match one.
   *
   * @return the target groups, empty for everyone, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid TargetGroup> getTargetGroups() {
    return List.of();
  }

  /**
   * Returns the delegations the event invites, as ISO 3166-1 alpha-2 codes: the seed event
   * invites the 27 EU Member States.
   *
   * @return the delegations, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@CountryCode String> getDelegations() {
    return List.of();
  }

  /**
   * Returns what participants pay.
   *
   * @return the fee, {@link Fee#free()} unless set, not null
   */
  @Value.Default
  @Valid
  public Fee getFee() {
    return Fee.free();
  }

  /**
   * Returns who pays for participants' travel.
   *
   * @return the policy, or empty if no travel is reimbursed
   */
  public abstract Optional<@Valid TravelPolicy> getTravelPolicy();

  /**
   * Returns the limits on participation per scope and partition.
   *
   * @return the quotas, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid Quota> getQuotas() {
    return List.of();
  }

  /**
   * Returns how many people the whole event holds.
   *
   * @return the capacity, {@link Capacity#unlimited()} unless set, not null
   */
  @Value.Default
  @NonNegativeCapacity
  public Capacity getCapacity() {
    return Capacity.unlimited();
  }

  /**
   * Returns the tracks.
   *
   * @return the tracks, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid Track> getTracks() {
    return List.of();
  }

  /**
   * Returns the sessions that belong to no track, such as a plenary opening.
   *
   * @return the plenary sessions, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid Session> getPlenarySessions() {
    return List.of();
  }

  /**
   * Returns the documents, such as the privacy statement.
   *
   * @return the documents, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid Document> getDocuments() {
    return List.of();
  }

  /**
   * Returns who runs the event.
   *
   * @return the organiser, or empty
   */
  public abstract Optional<@Valid Organiser> getOrganiser();

  /**
   * Returns the event's web page.
   *
   * @return the link, or empty
   */
  public abstract Optional<URI> getUrl();

  /**
   * Returns every day of the event, first to last.
   *
   * @return a new unmodifiable list, empty if the end date is before the start date, not null
   */
  public List<LocalDate> getDays() {
    if (getEndDate().isBefore(getStartDate())) {
      return List.of();
    }
    return getStartDate().datesUntil(getEndDate().plusDays(1)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every session, plenary and of every track, in time order ({@link Session#byTime()}).
   *
   * @return a new unmodifiable list, not null
   */
  public List<Session> getAllSessions() {
    return allSessions().sorted(Session.byTime()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every session that starts on a day, in time order.
   *
   * @param date the day, not null
   * @return a new unmodifiable list, possibly empty, not null
   * @throws MissingValueException if {@code date} is null
   */
  public List<Session> getSessionsOn(LocalDate date) {
    Require.argument(date, "Event", "getSessionsOn", "date");
    return allSessions()
        .filter(s -> s.getDate().equals(date))
        .sorted(Session.byTime())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every other session of the event that overlaps a session ({@link
   * Session#overlaps(Session)}), in time order. A session equal to the given one is not "other":
   * in a valid event, session ids are unique, so no two sessions are equal.
   *
   * @param session the session, not null
   * @return a new unmodifiable list, possibly empty, not null
   * @throws MissingValueException if {@code session} is null
   */
  public List<Session> getOverlapping(Session session) {
    Require.argument(session, "Event", "getOverlapping", "session");
    return allSessions()
        .filter(s -> s != session && !s.equals(session) && s.overlaps(session))
        .sorted(Session.byTime())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds a track by id.
   *
   * @param trackId the id, not null
   * @return the first track with that id, or empty
   * @throws MissingValueException if {@code trackId} is null
   */
  public Optional<Track> findTrack(String trackId) {
    Require.argument(trackId, "Event", "findTrack", "trackId");
    return getTracks().stream().filter(t -> t.getId().equals(trackId)).findFirst();
  }

  /**
   * Finds a session, plenary or of any track, by id.
   *
   * @param sessionId the id, not null
   * @return the first session with that id, or empty
   * @throws MissingValueException if {@code sessionId} is null
   */
  public Optional<Session> findSession(String sessionId) {
    Require.argument(sessionId, "Event", "findSession", "sessionId");
    return allSessions().filter(s -> s.getId().equals(sessionId)).findFirst();
  }

  /**
   * Finds the track a session belongs to.
   *
   * @param sessionId the session's id, not null
   * @return the first track that has a session with that id, or empty for a plenary or unknown
   *     session
   * @throws MissingValueException if {@code sessionId} is null
   */
  public Optional<Track> findTrackOf(String sessionId) {
    Require.argument(sessionId, "Event", "findTrackOf", "sessionId");
    return getTracks().stream().filter(t -> t.findSession(sessionId).isPresent()).findFirst();
  }

  /**
   * Places a session's start on the time line, in the event's zone.
   *
   * <p>A wall-clock time that falls in a daylight-saving gap moves forward by the gap's length,
   * as {@link java.time.LocalDateTime#atZone(ZoneId)} does.
   *
   * @param session the session, not null
   * @return the start, not null
   * @throws MissingValueException if {@code session} is null
   */
  public ZonedDateTime startOf(Session session) {
    Require.argument(session, "Event", "startOf", "session");
    return session.getStart().atZone(getZone());
  }

  /**
   * Places a session's end on the time line, in the event's zone.
   *
   * @param session the session, not null
   * @return the end, or empty for an open-ended session
   * @throws MissingValueException if {@code session} is null
   */
  public Optional<ZonedDateTime> endOf(Session session) {
    Require.argument(session, "Event", "endOf", "session");
    return session.getEnd().map(end -> end.atZone(getZone()));
  }

  private Stream<Session> allSessions() {
    return Stream.concat(
        getPlenarySessions().stream(), getTracks().stream().flatMap(t -> t.getSessions().stream()));
  }

  @Value.Check
  void check() {
    Require.present(getId(), "Event", "id");
    Require.present(getTitle(), "Event", "title");
    Require.present(getZone(), "Event", "zone");
    Require.present(getStartDate(), "Event", "startDate");
    Require.present(getEndDate(), "Event", "endDate");
    Require.present(getAttendanceMode(), "Event", "attendanceMode");
    Require.present(getRegistration(), "Event", "registration");
    Require.noNulls(getTargetGroups(), "Event", "targetGroups");
    Require.noNulls(getDelegations(), "Event", "delegations");
    Require.present(getFee(), "Event", "fee");
    Require.noNulls(getQuotas(), "Event", "quotas");
    Require.present(getCapacity(), "Event", "capacity");
    Require.noNulls(getTracks(), "Event", "tracks");
    Require.noNulls(getPlenarySessions(), "Event", "plenarySessions");
    Require.noNulls(getDocuments(), "Event", "documents");
  }

  /** Builds an {@link Event}; id, title, zone, start date and end date are required. */
  public static final class Builder extends ImmutableEvent.Builder {}
}
