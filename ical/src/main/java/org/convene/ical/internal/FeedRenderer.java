package org.convene.ical.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.Geo;
import org.convene.Organiser;
import org.convene.Session;
import org.convene.Track;
import org.convene.Venue;

/**
 * Turns a feed's event and sessions into RFC 5545 text, one VEVENT at a time, so that an update
 * can compare a session's text with the previous version's.
 */
public final class FeedRenderer {
  /** Colours given to tracks in their order when the caller names none (CSS3 names, RFC 7986). */
  static final List<String> PALETTE =
      List.of("teal", "darkorange", "royalblue", "crimson", "seagreen", "purple", "goldenrod",
          "slategray");

  private final String productId;
  private final Optional<Duration> openEndDuration;
  private final Duration refreshInterval;
  private final Map<String, String> trackColors;
  private final boolean eventEntry;

  /**
   * Creates a renderer.
   *
   * @param productId the PRODID
   * @param openEndDuration the length given to open-ended sessions, or empty for no DTEND
   * @param refreshInterval the REFRESH-INTERVAL and X-PUBLISHED-TTL
   * @param trackColors the colours by track id; other tracks take the palette
   * @param eventEntry whether the event has its own all-day VEVENT
   */
  public FeedRenderer(
      String productId,
      Optional<Duration> openEndDuration,
      Duration refreshInterval,
      Map<String, String> trackColors,
      boolean eventEntry) {
    this.productId = productId;
    this.openEndDuration = openEndDuration;
    this.refreshInterval = refreshInterval;
    this.trackColors = Map.copyOf(trackColors);
    this.eventEntry = eventEntry;
  }

  /** One VEVENT to write: its UID and its text, CRLF line breaks included. */
  public static final class Block {
    /** The UID. */
    public final String uid;
    /** The text from BEGIN:VEVENT to END:VEVENT and its CRLF. */
    public final String text;

    Block(String uid, String text) {
      this.uid = uid;
      this.text = text;
    }
  }

  /**
   * Writes everything before the first VEVENT: the calendar's properties and the VTIMEZONE.
   *
   * @param out the writer
   * @param event the event
   * @param name the calendar name
   * @param track the track of a track feed
   * @param sessions the sessions in order
   */
  public void header(
      ContentWriter out, Event event, String name, Optional<Track> track, List<Session> sessions) {
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.name("PRODID").text(productId);
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.name("NAME").text(name);
    out.name("X-WR-CALNAME").text(name);
    Optional<String> about = event.getSummary().or(event::getDescription);
    if (about.isPresent()) {
      out.name("DESCRIPTION").text(about.get());
      out.name("X-WR-CALDESC").text(about.get());
    }
    out.name("X-WR-TIMEZONE").text(event.getZone().getId());
    String ttl = refreshInterval.toString();
    out.name("REFRESH-INTERVAL").param("VALUE", "DURATION").raw(ttl);
    out.name("X-PUBLISHED-TTL").raw(ttl);
    if (event.getUrl().isPresent()) {
      out.name("URL").raw(uri(event.getUrl().get()));
    }
    if (track.isPresent()) {
      out.name("COLOR").raw(colorOf(event, track.get()));
    }
    if (!Dates.isUtc(event.getZone())) {
      timeZone(out, event, sessions);
    }
  }

  /**
   * Writes the end of the calendar.
   *
   * @param out the writer
   */
  public void footer(ContentWriter out) {
    out.line("END:VCALENDAR");
  }

  /**
   * Renders the event's own all-day entry.
   *
   * @param event the event
   * @param revision its sequence, stamp and status
   * @return the block
   */
  public Block eventBlock(Event event, Revision revision) {
    TextBuffer text = new TextBuffer(1024);
    ContentWriter out = new ContentWriter(text);
    String uid = Uids.ofEvent(event.getId());
    begin(out, uid, revision);
    out.name("DTSTART").param("VALUE", "DATE").raw(Dates.date(event.getStartDate()));
    LocalDate last = event.getEndDate().isBefore(event.getStartDate())
        ? event.getStartDate() : event.getEndDate();
    out.name("DTEND").param("VALUE", "DATE").raw(Dates.date(last.plusDays(1)));
    out.name("SUMMARY").text(event.getTitle());
    Optional<String> about = event.getSummary().or(event::getDescription);
    if (about.isPresent()) {
      out.name("DESCRIPTION").text(about.get());
    }
    if (event.getVenue().isPresent()) {
      Venue venue = event.getVenue().get();
      out.name("LOCATION").text(venue.toSingleLine());
      geo(out, "GEO", venue.getGeo());
    }
    out.line("CLASS:PUBLIC");
    out.line("TRANSP:TRANSPARENT");
    common(out, event);
    out.name("X-CONVENE-EVENT").text(event.getId());
    out.line("END:VEVENT");
    return new Block(uid, text.toString());
  }

  /**
   * Renders one session.
   *
   * @param event the event
   * @param session the session
   * @param track the session's track, or empty for a plenary session
   * @param copies the sessions of other tracks that are this one under another id, by track,
   *     which this VEVENT stands for too (a break every track shares), or empty
   * @param revision its sequence, stamp and status
   * @return the block
   */
  public Block sessionBlock(Event event, Session session, Optional<Track> track,
      Map<Track, Session> copies, Revision revision) {
    TextBuffer text = new TextBuffer(1024);
    ContentWriter out = new ContentWriter(text);
    String uid = Uids.ofSession(event.getId(), session.getId());
    begin(out, uid, revision);
    ZoneId zone = event.getZone();
    time(out, "DTSTART", zone, session.getStart());
    boolean invented = false;
    if (session.getEnd().isPresent()) {
      time(out, "DTEND", zone, session.getEnd().get());
    } else if (openEndDuration.isPresent()) {
      time(out, "DTEND", zone, session.getStart().plus(openEndDuration.get()));
      invented = true;
    }
    out.name("SUMMARY").text(session.getTitle());
    String agenda = Agenda.render(session.getAgenda());
    if (session.getDescription().isPresent() || !agenda.isEmpty()) {
      String description = session.getDescription().map(d -> agenda.isEmpty() ? d
          : d + "\n\n" + agenda).orElse(agenda);
      out.name("DESCRIPTION").text(description);
    }
    Optional<Venue> place = session.getLocation().or(event::getVenue);
    String location = session.getRoom().map(room -> place.map(p -> room + ", " + p.toSingleLine())
        .orElse(room)).orElseGet(() -> place.map(Venue::toSingleLine).orElse(""));
    if (!location.isEmpty()) {
      out.name("LOCATION").text(location);
    }
    geo(out, "GEO", place.flatMap(Venue::getGeo));
    List<String> categories = new ArrayList<>(2);
    track.ifPresent(t -> categories.add(t.getTitle()));
    copies.keySet().forEach(t -> categories.add(t.getTitle()));
    categories.add(kindLabel(session));
    out.name("CATEGORIES").texts(categories);
    out.line("CLASS:PUBLIC");
    if (track.isPresent() && copies.isEmpty()) {
      out.name("COLOR").raw(colorOf(event, track.get()));
    }
    common(out, event);
    if (eventEntry) {
      out.name("RELATED-TO").raw(Uids.ofEvent(event.getId()));
    }
    out.name("X-CONVENE-SESSION").text(session.getId());
    if (track.isPresent()) {
      out.name("X-CONVENE-TRACK").text(track.get().getId());
    }
    copies.forEach((t, copy) -> out.name("X-CONVENE-ALSO").texts(List.of(t.getId(), copy.getId())));
    out.name("X-CONVENE-KIND").raw(session.getKind().name());
    if (session.getRoom().isPresent()) {
      out.name("X-CONVENE-ROOM").text(session.getRoom().get());
    }
    for (Agenda.Entry entry : Agenda.flatten(session.getAgenda())) {
      out.name("X-CONVENE-AGENDA").param("X-CONVENE-DEPTH", Integer.toString(entry.depth))
          .text(entry.text);
    }
    if (session.isParallel()) {
      out.line("X-CONVENE-PARALLEL:TRUE");
    }
    session.getCapacity().getInPerson().ifPresent(n ->
        out.name("X-CONVENE-CAPACITY").param("X-CONVENE-ATTENDANCE", "IN_PERSON")
            .raw(Integer.toString(n)));
    session.getCapacity().getOnline().ifPresent(n ->
        out.name("X-CONVENE-CAPACITY").param("X-CONVENE-ATTENDANCE", "ONLINE")
            .raw(Integer.toString(n)));
    if (invented) {
      out.line("X-CONVENE-OPEN-END:TRUE");
    }
    if (session.getLocation().isPresent()) {
      Venue venue = session.getLocation().get();
      out.name("X-CONVENE-LOCATION-NAME").text(venue.getName());
      venue.getAddress().ifPresent(a -> {
        out.name("X-CONVENE-LOCATION-STREET").text(a.getStreet());
        a.getPostalCode().ifPresent(code -> out.name("X-CONVENE-LOCATION-POSTCODE").text(code));
        out.name("X-CONVENE-LOCATION-LOCALITY").text(a.getLocality());
        a.getRegion().ifPresent(region -> out.name("X-CONVENE-LOCATION-REGION").text(region));
        out.name("X-CONVENE-LOCATION-COUNTRY").text(a.getCountry());
      });
      geo(out, "X-CONVENE-LOCATION-GEO", venue.getGeo());
    }
    out.line("END:VEVENT");
    return new Block(uid, text.toString());
  }

  private static void begin(ContentWriter out, String uid, Revision revision) {
    out.line("BEGIN:VEVENT");
    out.name("UID").raw(uid);
    out.name("DTSTAMP").raw(Dates.utc(revision.getStamp()));
    out.name("SEQUENCE").raw(Integer.toString(revision.getSequence()));
    out.line(revision.isCancelled() ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  }

  private static void common(ContentWriter out, Event event) {
    organizer(out, event);
    if (event.getUrl().isPresent()) {
      out.name("URL").raw(uri(event.getUrl().get()));
    }
    if (event.getAttendanceMode() != AttendanceMode.IN_PERSON && event.getOnlineAccess().isPresent()
        && event.getOnlineAccess().get().getUrl().isPresent()) {
      out.name("CONFERENCE").param("VALUE", "URI").params("FEATURE", "AUDIO", "VIDEO");
      event.getOnlineAccess().get().getPlatform().ifPresent(p -> out.param("LABEL", p));
      out.raw(uri(event.getOnlineAccess().get().getUrl().get()));
    }
  }

  /**
   * ORGANIZER, which RFC 5546 requires of every VEVENT published with METHOD:PUBLISH: the
   * organiser's e-mail, else their web page, else the event's, else a name-based UUID URN of the
   * event's id, so that it is always a URI and always the same for the same event.
   */
  private static void organizer(ContentWriter out, Event event) {
    Optional<Organiser> organiser = event.getOrganiser();
    String address;
    if (organiser.flatMap(Organiser::getEmail).isPresent()) {
      address = mailto(organiser.get().getEmail().get());
    } else if (organiser.flatMap(Organiser::getUrl).isPresent()) {
      address = uri(organiser.get().getUrl().get());
    } else if (event.getUrl().isPresent()) {
      address = uri(event.getUrl().get());
    } else {
      address = "urn:uuid:"
          + UUID.nameUUIDFromBytes(("convene:" + event.getId()).getBytes(StandardCharsets.UTF_8));
    }
    out.name("ORGANIZER").param("CN", organiser.map(Organiser::getName).orElse(event.getTitle()))
        .raw(address);
  }

  private static String mailto(String email) {
    try {
      return new URI("mailto", email, null).toASCIIString();
    } catch (URISyntaxException e) {
      return "mailto:" + Uids.encode(email);
    }
  }

  private static String kindLabel(Session session) {
    String name = session.getKind().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private String colorOf(Event event, Track track) {
    String color = trackColors.get(track.getId());
    if (color != null) {
      return color;
    }
    int index = 0;
    for (Track t : event.getTracks()) {
      if (t.getId().equals(track.getId())) {
        break;
      }
      index++;
    }
    return PALETTE.get(index % PALETTE.size());
  }

  private static void geo(ContentWriter out, String name, Optional<Geo> geo) {
    if (geo.isPresent()
        && Double.isFinite(geo.get().getLatitude())
        && Double.isFinite(geo.get().getLongitude())) {
      out.name(name).raw(BigDecimal.valueOf(geo.get().getLatitude()).toPlainString() + ";"
          + BigDecimal.valueOf(geo.get().getLongitude()).toPlainString());
    }
  }

  /** A URI in its ASCII form: percent-encoded, so it holds no space or control character. */
  private static String uri(URI uri) {
    return uri.toASCIIString();
  }

  private static void time(ContentWriter out, String name, ZoneId zone, LocalDateTime time) {
    if (Dates.isUtc(zone)) {
      out.name(name).raw(Dates.utc(time.toInstant(ZoneOffset.UTC)));
    } else {
      out.name(name).param("TZID", zone.getId()).raw(Dates.dateTime(time));
    }
  }

  /** A VTIMEZONE with every transition that matters between the feed's first and last time. */
  private static void timeZone(ContentWriter out, Event event, List<Session> sessions) {
    ZoneId zone = event.getZone();
    LocalDateTime first = event.getStartDate().atStartOfDay();
    LocalDateTime last = event.getEndDate().plusDays(1).atStartOfDay();
    for (Session session : sessions) {
      if (session.getStart().isBefore(first)) {
        first = session.getStart();
      }
      LocalDateTime end = session.getEnd().orElse(session.getStart());
      if (end.isAfter(last)) {
        last = end;
      }
      if (session.getStart().isAfter(last)) {
        last = session.getStart();
      }
    }
    ZoneRules rules = zone.getRules();
    Instant from = first.atZone(zone).toInstant();
    Instant to = last.atZone(zone).toInstant();
    out.name("BEGIN").raw("VTIMEZONE");
    out.name("TZID").raw(zone.getId());
    ZoneOffsetTransition transition = rules.previousTransition(from.plusSeconds(1));
    if (transition == null) {
      ZoneOffset offset = rules.getOffset(from);
      String kind = rules.isDaylightSavings(from) ? "DAYLIGHT" : "STANDARD";
      out.line("BEGIN:" + kind);
      out.line("DTSTART:16010101T000000");
      out.line("TZOFFSETFROM:" + Dates.offset(offset));
      out.line("TZOFFSETTO:" + Dates.offset(offset));
      out.line("END:" + kind);
      transition = rules.nextTransition(from);
    }
    while (transition != null && !transition.getInstant().isAfter(to)) {
      String kind = rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
      out.line("BEGIN:" + kind);
      out.line("DTSTART:" + Dates.dateTime(transition.getDateTimeBefore()));
      out.line("TZOFFSETFROM:" + Dates.offset(transition.getOffsetBefore()));
      out.line("TZOFFSETTO:" + Dates.offset(transition.getOffsetAfter()));
      out.line("END:" + kind);
      transition = rules.nextTransition(transition.getInstant());
    }
    out.line("END:VTIMEZONE");
  }
}
