package org.convene.ical;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.Event;
import org.convene.Session;
import org.convene.Track;
import org.convene.internal.Require;

/**
 * What one calendar feed publishes: a whole event, one of its tracks, or the sessions a
 * participant chose.
 *
 * <pre>{@code
 * Event event = SeedEvent.event();
 * Feed whole = Feed.of(event);                       // 33 sessions
 * Feed training = Feed.track(event, "training");     // 17 sessions
 * Feed mine = Feed.sessions(event, List.of("training-d1-1030", "readiness-d2-0930"))
 *     .withName("My OOTS Go-Live Accelerator");
 * }</pre>
 *
 * <p>A feed does not know the clock or the layout of the text: {@link FeedExporter} does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Feed {
  private final Event event;
  private final Optional<String> trackId;
  private final Optional<Set<String>> sessionIds;
  private final String name;

  private Feed(Event event, Optional<String> trackId, Optional<Set<String>> sessionIds, String name) {
    this.event = event;
    this.trackId = trackId;
    this.sessionIds = sessionIds;
    this.name = name;
  }

  /**
   * Returns the feed of a whole event: every session, plenary and of every track.
   *
   * @param event the event, not null
   * @return the feed, named after the event's title, not null
   */
  public static Feed of(Event event) {
    Require.argument(event, "Feed", "of", "event");
    return new Feed(event, Optional.empty(), Optional.empty(), event.getTitle());
  }

  /**
   * Returns the feed of one track.
   *
   * @param event the event, not null
   * @param trackId the id of one of the event's tracks, not null
   * @return the feed, named "event title: track title", not null
   * @throws FeedSelectionException if the event has no track with that id
   */
  public static Feed track(Event event, String trackId) {
    Require.argument(event, "Feed", "track", "event");
    Require.argument(trackId, "Feed", "track", "trackId");
    Track track =
        event
            .findTrack(trackId)
            .orElseThrow(
                () ->
                    new FeedSelectionException(
                        "Feed.trackId \""
                            + trackId
                            + "\" is not a track of event \""
                            + event.getId()
                            + "\": use one of "
                            + event.getTracks().stream()
                                .map(Track::getId)
                                .collect(Collectors.toList())));
    return new Feed(
        event, Optional.of(trackId), Optional.empty(), event.getTitle() + ": " + track.getTitle());
  }

  /**
   * Returns a personal feed: the sessions with the given ids, such as the ones a participant
   * registered for. Ids the event does not have are ignored, so that a participant's selection
   * survives a new version of the event that dropped a session (the update then publishes that
   * session as cancelled).
   *
   * @param event the event, not null
   * @param sessionIds the chosen session ids, not null
   * @return the feed, named "event title (personal)", not null
   */
  public static Feed sessions(Event event, Collection<String> sessionIds) {
    Require.argument(event, "Feed", "sessions", "event");
    Require.elements(sessionIds, "Feed", "sessions", "sessionIds");
    Set<String> ids = new LinkedHashSet<>(sessionIds);
    return new Feed(
        event, Optional.empty(), Optional.of(Set.copyOf(ids)), event.getTitle() + " (personal)");
  }

  /**
   * Returns a copy with another calendar name (NAME and X-WR-CALNAME).
   *
   * @param name the name, not null
   * @return the copy, not null
   */
  public Feed withName(String name) {
    Require.argument(name, "Feed", "withName", "name");
    return new Feed(event, trackId, sessionIds, name);
  }

  /**
   * Returns the same selection over another version of the event, as an update needs.
   *
   * @param newVersion the other version, not null
   * @return the copy, keeping this feed's name, not null
   * @throws FeedSelectionException if this is a track feed and the new version lacks the track
   */
  public Feed withEvent(Event newVersion) {
    Require.argument(newVersion, "Feed", "withEvent", "newVersion");
    if (trackId.isPresent()) {
      track(newVersion, trackId.get());
    }
    return new Feed(newVersion, trackId, sessionIds, name);
  }

  /** Whether this is the feed of a whole event, neither one track nor a personal selection. */
  boolean isWholeEvent() {
    return trackId.isEmpty() && sessionIds.isEmpty();
  }

  /**
   * Returns the event the feed publishes from.
   *
   * @return the event, not null
   */
  public Event getEvent() {
    return event;
  }

  /**
   * Returns the calendar's name.
   *
   * @return the name, not null
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the track of a track feed.
   *
   * @return the track, or empty for a whole-event or personal feed
   */
  public Optional<Track> getTrack() {
    return trackId.flatMap(event::findTrack);
  }

  /**
   * Returns the published sessions in time order ({@link Session#byTime()}).
   *
   * @return a new unmodifiable list, not null
   */
  public List<Session> getSessions() {
    List<Session> all;
    if (trackId.isPresent()) {
      all = getTrack().map(Track::getSessionsInOrder).orElse(List.of());
    } else {
      all = event.getAllSessions();
    }
    if (sessionIds.isEmpty()) {
      return all;
    }
    List<Session> chosen = new ArrayList<>();
    for (Session session : all) {
      if (sessionIds.get().contains(session.getId())) {
        chosen.add(session);
      }
    }
    return List.copyOf(chosen);
  }
}
