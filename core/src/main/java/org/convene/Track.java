package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.constraints.NoOverlapInTrack;
import org.convene.constraints.NonNegativeCapacity;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A line of sessions that runs alongside others: the seed event has a training track of 17
 * sessions and a readiness-check track of 16.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@NoOverlapInTrack
public abstract class Track implements WithTrack {
  Track() {}

  /**
   * Returns the track's stable id, unique within its event.
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
   * Returns the description readers see.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns the track's objectives, as the programme lists them.
   *
   * @return the objectives, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<String> getObjectives() {
    return List.of();
  }

  /**
   * Returns the sessions in the order they were given.
   *
   * @return the sessions, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid Session> getSessions() {
    return List.of();
  }

  /**
   * Returns how many people the track holds.
   *
   * @return the capacity, {@link Capacity#unlimited()} unless set, not null
   */
  @Value.Default
  @NonNegativeCapacity
  public Capacity getCapacity() {
    return Capacity.unlimited();
  }

  /**
   * Returns the sessions in time order ({@link Session#byTime()}).
   *
   * @return a new unmodifiable list, not null
   */
  public List<Session> getSessionsInOrder() {
    return getSessions().stream().sorted(Session.byTime()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the sessions that start on a day, in time order.
   *
   * @param date the day, not null
   * @return a new unmodifiable list, possibly empty, not null
   * @throws MissingValueException if {@code date} is null
   */
  public List<Session> getSessionsOn(LocalDate date) {
    Require.argument(date, "Track", "getSessionsOn", "date");
    return getSessions().stream()
        .filter(s -> s.getDate().equals(date))
        .sorted(Session.byTime())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds a session of this track by id.
   *
   * @param sessionId the id, not null
   * @return the first session with that id, or empty
   * @throws MissingValueException if {@code sessionId} is null
   */
  public Optional<Session> findSession(String sessionId) {
    Require.argument(sessionId, "Track", "findSession", "sessionId");
    return getSessions().stream().filter(s -> s.getId().equals(sessionId)).findFirst();
  }

  @Value.Check
  void check() {
    Require.present(getId(), "Track", "id");
    Require.present(getTitle(), "Track", "title");
    Require.noNulls(getObjectives(), "Track", "objectives");
    Require.noNulls(getSessions(), "Track", "sessions");
    Require.present(getCapacity(), "Track", "capacity");
  }

  /** Builds a {@link Track}; id and title are required. */
  public static final class Builder extends ImmutableTrack.Builder {}
}
