package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convene.constraints.AgendaTextsNotBlank;
import org.convene.constraints.EndAfterStart;
import org.convene.constraints.NonNegativeCapacity;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A timed part of an event: a talk, a workshop, a testing session, a break, a meal, a social
 * event.
 *
 * <p>Times are wall-clock times in the event's {@linkplain Event#getZone() time zone}, as a
 * programme prints them; {@link Event#startOf(Session)} places them on the time line. A session
 * may have no end: the seed's "18:00 Social event" is open-ended, and Convene never invents an
 * end for it.
 *
 * <pre>{@code
 * new Session.Builder()
 *     .id("training-d1-intro")
 *     .title("Introduction to the OOTS Common Services")
 *     .kind(SessionKind.TALK)
 *     .start(LocalDateTime.of(2023, 12, 11, 10, 30))
 *     .end(LocalDateTime.of(2023, 12, 11, 11, 30))
 *     .addAgenda(AgendaItem.of("The role of the Common Services in the OOTS"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@EndAfterStart
@AgendaTextsNotBlank
public abstract class Session implements WithSession {
  private static final Comparator<Session> BY_TIME =
      Comparator.comparing(Session::getStart)
          .thenComparing(s -> s.getEnd().orElse(LocalDateTime.MAX))
          .thenComparing(Session::getId);

  Session() {}

  /**
   * Returns the session's stable id, unique within its event.
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
   * Returns the description readers see under the title.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns what kind of session this is.
   *
   * @return the kind, {@link SessionKind#OTHER} unless set, not null
   */
  @Value.Default
  public SessionKind getKind() {
    return SessionKind.OTHER;
  }

  /**
   * Returns when the session starts, in the event's time zone.
   *
   * @return the start, not null
   */
  public abstract LocalDateTime getStart();

  /**
   * Returns when the session ends, in the event's time zone.
   *
   * @return the end, or empty for an open-ended session
   */
  public abstract Optional<LocalDateTime> getEnd();

  /**
   * Returns the room, when the session has one of its own.
   *
   * @return the room, or empty
   */
  public abstract Optional<String> getRoom();

  /**
   * Returns where the session happens when that is not the event's venue.
   *
   * @return the location, or empty for the event's venue
   */
  public abstract Optional<@Valid Venue> getLocation();

  /**
   * Returns the agenda: the session's bullet points, which may nest.
   *
   * @return the agenda items, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<AgendaItem> getAgenda() {
    return List.of();
  }

  /**
   * Tells whether the session is meant to run in parallel with others of its track, so that an
   * overlap is not a mistake.
   *
   * @return true if overlaps within its track are intended, false unless set
   */
  @Value.Default
  public boolean isParallel() {
    return false;
  }

  /**
   * Returns how many people the session holds.
   *
   * @return the capacity, {@link Capacity#unlimited()} unless set, not null
   */
  @Value.Default
  @NonNegativeCapacity
  public Capacity getCapacity() {
    return Capacity.unlimited();
  }

  /**
   * Returns the day the session starts on.
   *
   * @return the date of {@link #getStart()}, not null
   */
  public LocalDate getDate() {
    return getStart().toLocalDate();
  }

  /**
   * Tells whether the session has no end.
   *
   * @return true if open-ended
   */
  public boolean isOpenEnded() {
    return getEnd().isEmpty();
  }

  /**
   * Returns the session's length in wall-clock time.
   *
   * @return the duration, or empty for an open-ended session
   */
  public Optional<Duration> getDuration() {
    return getEnd().map(end -> Duration.between(getStart(), end));
  }

  /**
   * Tells whether two sessions take place at the same time.
   *
   * <p>A session occupies the half-open interval from its start to its end; an open-ended
   * session, or one whose end is not after its start, occupies only its start.
   *
   * @param other the other session, not null
   * @return true if the two intervals share an instant
   * @throws MissingValueException if {@code other} is null
   */
  public boolean overlaps(Session other) {
    Require.argument(other, "Session", "overlaps", "other");
    return getStart().compareTo(other.occupiedUntil()) < 0
        && other.getStart().compareTo(occupiedUntil()) < 0;
  }

  /** The exclusive end of the time this session occupies, never before its start. */
  private LocalDateTime occupiedUntil() {
    LocalDateTime end = getEnd().orElse(getStart());
    return end.isAfter(getStart()) ? end : getStart().plusNanos(1);
  }

  /**
   * Returns the order of a printed programme: by start, then by end (open ends last), then by id.
   *
   * @return the comparator, not null
   */
  public static Comparator<Session> byTime() {
    return BY_TIME;
  }

  @Value.Check
  void check() {
    Require.present(getId(), "Session", "id");
    Require.present(getTitle(), "Session", "title");
    Require.present(getKind(), "Session", "kind");
    Require.present(getStart(), "Session", "start");
    Require.noNulls(getAgenda(), "Session", "agenda");
    Require.present(getCapacity(), "Session", "capacity");
  }

  /** Builds a {@link Session}; id, title and start are required. */
  public static final class Builder extends ImmutableSession.Builder {}
}
