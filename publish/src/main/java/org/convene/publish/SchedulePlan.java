package org.convene.publish;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.convene.Event;
import org.convene.Session;
import org.convene.Track;
import org.convene.Venue;
import org.convene.publish.internal.Ids;
import org.convene.publish.internal.Texts;

/**
 * What a frab schedule says about an event, worked out once for both {@code schedule.xml} and
 * {@code schedule.json}: the acronym, the rooms, the days and, for each session, its ids, room,
 * times and texts.
 */
final class SchedulePlan {
  /** {@code hh:mm} with at most two digits of hours: the XSD's limit. */
  static final Duration LONGEST = Duration.ofHours(99).plusMinutes(59);

  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final DateTimeFormatter HOUR_MINUTE =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  /** The schema's pattern for {@code time_zone_name}, which other zone ids do not match. */
  private static final Pattern ZONE_NAME = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");

  final Event event;
  final String acronym;
  final String timeslot;
  final Optional<String> zoneName;
  final List<String> rooms;
  final Map<String, UUID> roomGuids;
  final List<Track> tracks;
  final List<Day> days;

  /** One day of the schedule with its sessions by room, every room listed. */
  static final class Day {
    final int index;
    final LocalDate date;
    final ZonedDateTime start;
    ZonedDateTime end;
    final Map<String, List<Entry>> rooms = new LinkedHashMap<>();

    Day(int index, LocalDate date, ZonedDateTime start, ZonedDateTime end) {
      this.index = index;
      this.date = date;
      this.start = start;
      this.end = end;
    }
  }

  /** One session as a frab event. */
  static final class Entry {
    final Session session;
    final UUID guid;
    final int id;
    final String room;
    final Optional<Track> track;
    final ZonedDateTime start;
    final Optional<ZonedDateTime> end;
    final String duration;
    final String slug;
    final String type;
    final Optional<String> agenda;

    Entry(Session session, UUID guid, int id, String room, Optional<Track> track,
        ZonedDateTime start, Optional<ZonedDateTime> end, String duration, String slug,
        String type, Optional<String> agenda) {
      this.session = session;
      this.guid = guid;
      this.id = id;
      this.room = room;
      this.track = track;
      this.start = start;
      this.end = end;
      this.duration = duration;
      this.slug = slug;
      this.type = type;
      this.agenda = agenda;
    }

    String startTime() {
      return start.format(HOUR_MINUTE);
    }
  }

  private SchedulePlan(Event event, Duration openEnd) {
    this.event = event;
    this.acronym = acronym(event.getId());
    this.zoneName = Optional.of(event.getZone().getId()).filter(z -> ZONE_NAME.matcher(z).find());
    this.tracks = event.getTracks();
    List<Session> sessions = event.getAllSessions();
    Map<String, Track> trackOf = new HashMap<>();
    for (Track track : tracks) {
      for (Session session : track.getSessions()) {
        trackOf.putIfAbsent(session.getId(), track);
      }
    }
    // plenary rooms first, then the tracks' rooms in the tracks' order
    Set<String> roomNames = new LinkedHashSet<>();
    for (Session session : event.getPlenarySessions().stream().sorted(Session.byTime()).toList()) {
      roomNames.add(roomOf(session, Optional.empty()));
    }
    for (Track track : tracks) {
      for (Session session : track.getSessionsInOrder()) {
        roomNames.add(roomOf(session, Optional.of(trackOf.get(session.getId()))));
      }
    }
    this.rooms = List.copyOf(roomNames);
    Map<String, UUID> guids = new LinkedHashMap<>();
    for (String room : rooms) {
      guids.put(room, Ids.room(event.getId(), room));
    }
    this.roomGuids = guids;

    Map<LocalDate, Day> byDate = new LinkedHashMap<>();
    int index = 1;
    for (LocalDate date : event.getDays()) {
      Day day = new Day(index++, date, date.atStartOfDay(event.getZone()),
          date.plusDays(1).atStartOfDay(event.getZone()));
      for (String room : rooms) {
        day.rooms.put(room, new ArrayList<>());
      }
      byDate.put(date, day);
    }
    this.days = List.copyOf(byDate.values());

    Set<String> sessionIds = new HashSet<>();
    Set<Integer> numbers = new HashSet<>();
    int minutes = 60;
    for (Session session : sessions) {
      if (!sessionIds.add(session.getId())) {
        throw new PublishException("Session.id \"" + session.getId() + "\" appears more than once in"
            + " event \"" + event.getId() + "\": a schedule identifies sessions by it, so give each"
            + " session its own id");
      }
      Day day = byDate.get(session.getDate());
      if (day == null) {
        throw new PublishException("Session.start " + session.getStart() + " of session \""
            + session.getId() + "\" is outside the days of event \"" + event.getId() + "\" ("
            + event.getStartDate() + " to " + event.getEndDate() + "): a schedule lists sessions"
            + " by day, so move the session or the event's dates");
      }
      ZonedDateTime start = event.startOf(session);
      Optional<ZonedDateTime> end = event.endOf(session);
      Duration length = end.map(e -> Duration.between(start, e)).orElse(openEnd);
      if (length.isNegative() || length.compareTo(LONGEST) > 0) {
        throw new PublishException("Session.end " + session.getEnd().map(Object::toString).orElse("")
            + " of session \"" + session.getId() + "\" makes it last " + length + ": a schedule's"
            + " duration is hh:mm from 00:00 to 99:59, so split the session or correct its end");
      }
      long lengthMinutes = (length.getSeconds() + 59) / 60;
      minutes = gcd(minutes, start.getMinute());
      minutes = gcd(minutes, (int) (lengthMinutes % 60));
      UUID guid = Ids.session(event.getId(), session.getId());
      int number = Ids.number(guid);
      while (!numbers.add(number)) {
        number = number == Integer.MAX_VALUE ? 1 : number + 1;
      }
      Optional<Track> track = Optional.ofNullable(trackOf.get(session.getId()));
      String room = roomOf(session, track);
      String titleSlug = Texts.slug(session.getTitle(), '-', 48);
      Entry entry = new Entry(session, guid, number, room, track, start, end,
          String.format(Locale.ROOT, "%02d:%02d", lengthMinutes / 60, lengthMinutes % 60),
          acronym + "-" + number + "-" + (titleSlug.isEmpty() ? "session" : titleSlug),
          session.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          Texts.agenda(session.getAgenda()));
      day.rooms.get(room).add(entry);
      ZonedDateTime finish = start.plus(length);
      if (finish.isAfter(day.end)) {
        day.end = finish;
      }
    }
    this.timeslot = String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /**
   * Works out the schedule of an event.
   *
   * @param event the event
   * @param openEnd the duration given to open-ended sessions
   * @return the plan
   * @throws PublishException if a session cannot be expressed
   */
  static SchedulePlan of(Event event, Duration openEnd) {
    return new SchedulePlan(event, openEnd);
  }

  /** The room a session is listed under: its own, its location's, its track's, the venue's, the event's. */
  private String roomOf(Session session, Optional<Track> track) {
    return oneLine(session.getRoom()
        .or(() -> session.getLocation().map(Venue::getName))
        .or(() -> track.map(Track::getTitle))
        .or(() -> event.getVenue().map(Venue::getName))
        .orElse(event.getTitle()));
  }

  /**
   * A room's or track's name on one line: XML reads line breaks and tabs in an attribute value as
   * spaces, so they are written as spaces everywhere, and a room's attribute matches its name in
   * each session.
   */
  static String oneLine(String name) {
    return name.replaceAll("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]", " ");
  }

  /**
   * Lower-case letters, digits and underscores, at least four: the event's id with accents
   * removed and every other character an underscore, as both the XSD and the JSON Schema accept.
   */
  static String acronym(String eventId) {
    String slug = Texts.slug(eventId, '_', 64);
    StringBuilder out = new StringBuilder(slug);
    while (out.length() < 4) {
      out.append('_');
    }
    return out.toString();
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
