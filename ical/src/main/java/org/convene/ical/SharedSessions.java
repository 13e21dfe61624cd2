package org.convene.ical;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.Event;
import org.convene.Session;
import org.convene.Track;

/**
 * Finds the sessions that every track of an event holds alike, such as the seed's coffee breaks
 * and lunches: the same in everything but their id. The whole-event feed publishes each of them
 * once, so that a subscriber does not see every break twice; track feeds keep their own copy.
 */
final class SharedSessions {
  private SharedSessions() {}

  /**
   * Returns, for each session of the first track that every other track holds alike, those
   * copies by track.
   *
   * @param event the event
   * @return the copies by the id of the first track's session; empty for fewer than two tracks
   */
  static Map<String, Map<Track, Session>> of(Event event) {
    List<Track> tracks = event.getTracks();
    if (tracks.size() < 2) {
      return Map.of();
    }
    // each other track's sessions by start, so that the search is linear in the sessions
    List<Map<LocalDateTime, List<Session>>> byStart = new ArrayList<>();
    for (Track other : tracks.subList(1, tracks.size())) {
      Map<LocalDateTime, List<Session>> index = new HashMap<>();
      other.getSessions().forEach(s -> index.computeIfAbsent(s.getStart(), k -> new ArrayList<>())
          .add(s));
      byStart.add(index);
    }
    Map<String, Map<Track, Session>> shared = new HashMap<>();
    for (Session session : tracks.get(0).getSessions()) {
      Map<Track, Session> copies = new LinkedHashMap<>();
      for (int t = 1; t < tracks.size(); t++) {
        Optional<Session> copy = byStart.get(t - 1).getOrDefault(session.getStart(), List.of())
            .stream().filter(s -> !s.getId().equals(session.getId()) && alike(s, session))
            .findFirst();
        if (copy.isEmpty()) {
          break;
        }
        copies.put(tracks.get(t), copy.get());
      }
      if (copies.size() == tracks.size() - 1) {
        shared.put(session.getId(), copies);
      }
    }
    return shared;
  }

  private static boolean alike(Session copy, Session session) {
    return new Session.Builder().from(copy).id(session.getId()).build().equals(session);
  }
}
