package org.convene.ical;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.convene.Address;
import org.convene.Capacity;
import org.convene.Geo;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Venue;
import org.convene.ical.internal.Agenda;
import org.convene.ical.internal.Dates;
import org.convene.ical.internal.Uids;

/**
 * Reads RFC 5545 calendars into sessions: the feeds {@link FeedExporter} wrote, exactly, and
 * calendars written by others, by the rules below.
 *
 * <pre>{@code
 * ImportedCalendar calendar = FeedImporter.builder().build().read(ics);
 * List<Session> sessions = calendar.getSessions();
 * }</pre>
 *
 * <p>Each VEVENT that is a direct child of a VCALENDAR (or stands at the top level of a fragment)
 * becomes one {@link CalendarEntry}; other components and the all-day entry Convene writes for
 * the event itself are skipped. For a VEVENT Convene wrote ({@code X-CONVENE-SESSION}) the
 * {@code X-CONVENE-*} properties give the session back exactly. For any other VEVENT:
 *
 * <ul>
 *   <li>id: the UID, followed by {@code #} and the RECURRENCE-ID for an override; without a UID,
 *       {@code line-N} after its BEGIN line. Recurrence rules are not expanded: the session is
 *       the first occurrence.
 *   <li>title: SUMMARY (empty if absent); description: DESCRIPTION; location: a venue named by
 *       LOCATION with GEO; kind: the first CATEGORIES value that names a {@link SessionKind},
 *       else {@link SessionKind#OTHER}.
 *   <li>times are wall-clock times in {@link ImportedCalendar#getZone()}: the {@linkplain
 *       Builder#zone(ZoneId) configured zone}, else X-WR-TIMEZONE, else the TZID of the first
 *       DTSTART that names a zone, else UTC. A time with a TZID that Java knows as a zone id
 *       (also at the end of a path such as {@code /mozilla.org/20070129_1/Europe/Paris}) is
 *       converted into that zone; a UTC time ({@code Z}) likewise; a floating time, or one whose
 *       TZID is unknown (with or without its VTIMEZONE, which is not interpreted), is taken as
 *       it stands.
 *   <li>an all-day VEVENT (DATE values) runs from midnight to midnight of the day after its last
 *       day (its exclusive DTEND, or one day); DURATION gives the end when DTEND is absent; a
 *       timed VEVENT with neither is open-ended.
 * </ul>
 *
 * <p>What cannot become a session is skipped with a {@linkplain ImportedCalendar#getWarnings()
 * warning} naming its line: a VEVENT without DTSTART (allowed in calendars with a METHOD), a
 * DURATION that is not one (the session is then open-ended).
 *
 * <p>Input may use CRLF, LF or CR line breaks, may start with a byte order mark, and may be a
 * fragment without VCALENDAR; bytes that are not UTF-8 become U+FFFD. Anything that cannot be
 * read as a calendar raises a {@link CalendarFormatException} naming the line, and nothing else:
 * a line without a colon, an END that closes what was not begun, a DTSTART that is not a date, a
 * line longer than {@link Builder#maxLineLength(int)}, more components than {@link
 * Builder#maxComponents(int)}, more properties in one component than {@link
 * Builder#maxProperties(int)}. The input is read once, character by character: no input makes
 * the importer hang, and the caps bound what it holds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeedImporter {
  private static final int MAX_AGENDA_DEPTH = 32;

  private final int maxLineLength;
  private final int maxComponents;
  private final int maxProperties;
  private final Optional<ZoneId> zone;

  private FeedImporter(Builder builder) {
    this.maxLineLength = builder.maxLineLength;
    this.maxComponents = builder.maxComponents;
    this.maxProperties = builder.maxProperties;
    this.zone = builder.zone;
  }

  /**
   * Starts an importer.
   *
   * @return a builder with the defaults described on each of its methods, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a calendar from text.
   *
   * @param calendar the calendar, not null
   * @return what it holds, not null
   * @throws CalendarFormatException if it cannot be read
   */
  public ImportedCalendar read(String calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return read(new StringReader(calendar));
  }

  /**
   * Reads a calendar from bytes in UTF-8; the stream is read to its end and left open.
   *
   * @param calendar the calendar, not null
   * @return what it holds, not null
   * @throws CalendarFormatException if it cannot be read
   */
  public ImportedCalendar read(InputStream calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return read(
        new InputStreamReader(
            calendar,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
  }

  /**
   * Reads a calendar from characters; the reader is read to its end and left open.
   *
   * @param calendar the calendar, not null
   * @return what it holds, not null
   * @throws CalendarFormatException if it cannot be read
   */
  public ImportedCalendar read(Reader calendar) {
    Objects.requireNonNull(calendar, "calendar");
    ContentReader reader = new ContentReader(calendar, maxLineLength);
    Deque<String> open = new ArrayDeque<>();
    Deque<Integer> openedAt = new ArrayDeque<>();
    List<RawEvent> events = new ArrayList<>();
    RawEvent current = null;
    String calendarName = null;
    String wrName = null;
    String wrZone = null;
    int components = 0;
    int properties = 0;
    ContentReader.Line line;
    while ((line = reader.next()) != null) {
      if (line.name.equals("BEGIN")) {
        String component = line.value.trim().toUpperCase(Locale.ROOT);
        if (++components > maxComponents) {
          throw new CalendarFormatException(line.number, "more than " + maxComponents
              + " components: raise FeedImporter.Builder.maxComponents");
        }
        boolean topLevel = open.isEmpty() || (open.size() == 1 && open.peek().equals("VCALENDAR"));
        if (component.equals("VEVENT") && topLevel) {
          current = new RawEvent(line.number);
          events.add(current);
        }
        open.push(component);
        openedAt.push(line.number);
        properties = 0;
        continue;
      }
      if (line.name.equals("END")) {
        String component = line.value.trim().toUpperCase(Locale.ROOT);
        if (open.isEmpty() || !open.peek().equals(component)) {
          throw new CalendarFormatException(line.number, "\"END:" + ContentReader.abbreviate(component)
              + (open.isEmpty() ? "\" closes nothing" : "\" does not close " + open.peek()
                  + " begun at line " + openedAt.peek()) + ": components must nest");
        }
        open.pop();
        openedAt.pop();
        if (component.equals("VEVENT") && current != null
            && (open.isEmpty() || (open.size() == 1 && open.peek().equals("VCALENDAR")))) {
          current.closed = true;
          current = null;
        }
        continue;
      }
      if (++properties > maxProperties) {
        throw new CalendarFormatException(line.number, "more than " + maxProperties
            + " properties in one component: raise FeedImporter.Builder.maxProperties");
      }
      if (current != null && open.size() <= 2 && open.peek().equals("VEVENT")) {
        current.lines.add(line);
      } else if (!open.isEmpty() && open.peek().equals("VCALENDAR")) {
        switch (line.name) {
          case "NAME":
            calendarName = calendarName == null ? line.value : calendarName;
            break;
          case "X-WR-CALNAME":
            wrName = wrName == null ? line.value : wrName;
            break;
          case "X-WR-TIMEZONE":
            wrZone = wrZone == null ? line.value : wrZone;
            break;
          default:
            break;
        }
      }
    }
    if (!open.isEmpty()) {
      throw new CalendarFormatException(reader.lineNumber(), "the calendar ends inside \""
          + ContentReader.abbreviate(open.peek()) + "\" begun at line " + openedAt.peek()
          + ": every BEGIN needs its END");
    }
    ZoneId target = zone.orElseGet(() -> defaultZone(events));
    if (zone.isEmpty() && wrZone != null) {
      Optional<ZoneId> named = zoneOf(unescape(wrZone).trim());
      if (named.isPresent()) {
        target = named.get();
      }
    }
    List<CalendarEntry> entries = new ArrayList<>(events.size());
    List<String> warnings = new ArrayList<>();
    for (RawEvent event : events) {
      try {
        CalendarEntry entry = event.toEntry(target, warnings);
        if (entry != null) {
          entries.add(entry);
        }
      } catch (CalendarFormatException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new CalendarFormatException(event.line, "the VEVENT cannot be read as a session: "
            + e.getMessage(), e);
      }
    }
    Optional<String> name = Optional.ofNullable(calendarName != null ? calendarName : wrName)
        .map(FeedImporter::unescape);
    return new ImportedCalendar(name, target, entries, warnings);
  }

  private static ZoneId defaultZone(List<RawEvent> events) {
    for (RawEvent event : events) {
      ContentReader.Line start = event.first("DTSTART");
      if (start != null && start.param("TZID") != null) {
        Optional<ZoneId> zone = zoneOf(start.param("TZID"));
        if (zone.isPresent()) {
          return zone.get();
        }
      }
    }
    return ZoneOffset.UTC;
  }

  /** A TZID as a Java zone: itself, or the longest tail of a path that is one. */
  static Optional<ZoneId> zoneOf(String tzid) {
    String id = tzid.trim();
    while (!id.isEmpty()) {
      try {
        if (!id.startsWith("/")) {
          return Optional.of(ZoneId.of(id, ZoneId.SHORT_IDS));
        }
      } catch (DateTimeException e) {
        // not a zone id: try what follows the next slash
      }
      int slash = id.indexOf('/', id.startsWith("/") ? 1 : 0);
      if (slash < 0) {
        if (id.startsWith("/")) {
          id = id.substring(1);
          continue;
        }
        return Optional.empty();
      }
      id = id.startsWith("/") ? id.substring(1) : id.substring(slash + 1);
    }
    return Optional.empty();
  }

  /** Unescapes a TEXT value (RFC 5545 section 3.3.11), leniently. */
  static String unescape(String value) {
    int backslash = value.indexOf('\\');
    if (backslash < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    out.append(value, 0, backslash);
    for (int i = backslash; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Splits a TEXT list at commas that are not escaped, unescaping each value. */
  static List<String> unescapeList(String value) {
    List<String> values = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ',') {
        values.add(unescape(value.substring(from, i)));
        from = i + 1;
      }
    }
    values.add(unescape(value.substring(from)));
    return values;
  }

  /** What an update needs to know of a previous VEVENT. */
  static final class Revision {
    final String uid;
    final int sequence;
    final Instant stamp;
    final boolean cancelled;

    Revision(String uid, int sequence, Instant stamp, boolean cancelled) {
      this.uid = uid;
      this.sequence = sequence;
      this.stamp = stamp;
      this.cancelled = cancelled;
    }
  }

  /** Reads UID, SEQUENCE, DTSTAMP and STATUS of one VEVENT's text. */
  static Revision revisionOf(String vevent) {
    ContentReader reader = new ContentReader(new StringReader(vevent), Integer.MAX_VALUE);
    String uid = "";
    int sequence = 0;
    Instant stamp = Instant.EPOCH;
    boolean cancelled = false;
    ContentReader.Line line;
    while ((line = reader.next()) != null) {
      switch (line.name) {
        case "UID":
          uid = line.value;
          break;
        case "SEQUENCE":
          sequence = parseInt(line.value, 0);
          break;
        case "DTSTAMP":
          stamp = parseUtc(line).orElse(Instant.EPOCH);
          break;
        case "STATUS":
          cancelled = line.value.trim().equalsIgnoreCase("CANCELLED");
          break;
        default:
          break;
      }
    }
    return new Revision(uid, sequence, stamp, cancelled);
  }

  /** Formats an instant as {@link FeedExporter} writes DTSTAMP. */
  static String utcText(Instant instant) {
    return Dates.utc(instant);
  }

  private static int parseInt(String value, int otherwise) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static Optional<Instant> parseUtc(ContentReader.Line line) {
    String value = line.value.trim();
    if (!value.endsWith("Z") && !value.endsWith("z")) {
      return Optional.empty();
    }
    try {
      return Optional.of(dateTime(line, value.substring(0, value.length() - 1))
          .toInstant(ZoneOffset.UTC));
    } catch (CalendarFormatException e) {
      return Optional.empty();
    }
  }

  private static LocalDate date(ContentReader.Line line, String value) {
    if (value.length() != 8 || !digits(value, 0, 8)) {
      throw notADate(line);
    }
    try {
      return LocalDate.of(Integer.parseInt(value.substring(0, 4)),
          Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
    } catch (DateTimeException e) {
      throw notADate(line);
    }
  }

  private static LocalDateTime dateTime(ContentReader.Line line, String value) {
    if (value.length() != 15 || value.charAt(8) != 'T' && value.charAt(8) != 't'
        || !digits(value, 9, 15)) {
      throw notADate(line);
    }
    LocalDate date = date(line, value.substring(0, 8));
    try {
      return date.atTime(LocalTime.of(Integer.parseInt(value.substring(9, 11)),
          Integer.parseInt(value.substring(11, 13)),
          Math.min(59, Integer.parseInt(value.substring(13, 15)))));
    } catch (DateTimeException e) {
      throw notADate(line);
    }
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static CalendarFormatException notADate(ContentReader.Line line) {
    return new CalendarFormatException(line.number, line.name + " value \""
        + ContentReader.abbreviate(line.value)
        + "\" is not a DATE (yyyyMMdd) or DATE-TIME (yyyyMMdd'T'HHmmss, optionally ending in Z)");
  }

  /** A time read from DTSTART or DTEND, placed in the calendar's zone. */
  private static final class When {
    final LocalDateTime time;
    final boolean date;

    When(LocalDateTime time, boolean date) {
      this.time = time;
      this.date = date;
    }
  }

  private static When when(ContentReader.Line line, ZoneId target) {
    String value = line.value.trim();
    String type = line.param("VALUE");
    if ((type != null && type.equalsIgnoreCase("DATE")) || value.length() == 8) {
      return new When(date(line, value).atStartOfDay(), true);
    }
    if (value.endsWith("Z") || value.endsWith("z")) {
      LocalDateTime utc = dateTime(line, value.substring(0, value.length() - 1));
      return new When(LocalDateTime.ofInstant(utc.toInstant(ZoneOffset.UTC), target), false);
    }
    LocalDateTime local = dateTime(line, value);
    String tzid = line.param("TZID");
    if (tzid != null) {
      Optional<ZoneId> zone = zoneOf(tzid);
      if (zone.isPresent() && !zone.get().equals(target)) {
        return new When(local.atZone(zone.get()).withZoneSameInstant(target).toLocalDateTime(),
            false);
      }
    }
    return new When(local, false);
  }

  /** Parses an RFC 5545 DURATION such as PT1H30M, P1D or P2W. */
  private static Optional<Duration> duration(ContentReader.Line line) {
    String value = line.value.trim().toUpperCase(Locale.ROOT);
    try {
      boolean negative = value.startsWith("-");
      String body = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
      Duration duration;
      if (body.endsWith("W") && body.startsWith("P")) {
        duration = Duration.ofDays(7L * Long.parseLong(body.substring(1, body.length() - 1)));
      } else {
        duration = Duration.parse(body);
      }
      return Optional.of(negative ? duration.negated() : duration);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** One top-level VEVENT's properties as read. */
  private static final class RawEvent {
    final int line;
    final List<ContentReader.Line> lines = new ArrayList<>();
    boolean closed;

    RawEvent(int line) {
      this.line = line;
    }

    ContentReader.Line first(String name) {
      for (ContentReader.Line l : lines) {
        if (l.name.equals(name)) {
          return l;
        }
      }
      return null;
    }

    String text(String name) {
      ContentReader.Line l = first(name);
      return l == null ? null : unescape(l.value);
    }

    CalendarEntry toEntry(ZoneId target, List<String> warnings) {
      if (first("X-CONVENE-EVENT") != null) {
        return null;
      }
      ContentReader.Line startLine = first("DTSTART");
      if (startLine == null) {
        warnings.add("line " + line + ": VEVENT skipped: it has no DTSTART, and a session needs a"
            + " start");
        return null;
      }
      When start = when(startLine, target);
      Optional<LocalDateTime> end = Optional.empty();
      ContentReader.Line endLine = first("DTEND");
      ContentReader.Line durationLine = first("DURATION");
      if (endLine != null) {
        end = Optional.of(when(endLine, target).time);
      } else if (durationLine != null) {
        Optional<Duration> duration = duration(durationLine);
        if (duration.isPresent()) {
          end = Optional.of(start.time.plus(duration.get()));
        } else {
          warnings.add("line " + durationLine.number + ": DURATION \""
              + ContentReader.abbreviate(durationLine.value)
              + "\" ignored: it is not a duration such as PT1H30M or P1D, or is too long");
        }
      } else if (start.date) {
        end = Optional.of(start.time.plusDays(1));
      }
      String uidText = text("UID");
      String uid = uidText == null ? "" : uidText.trim();
      boolean ours = first("X-CONVENE-SESSION") != null;
      Session.Builder session = new Session.Builder();
      session.start(start.time);
      session.title(Optional.ofNullable(text("SUMMARY")).orElse(""));
      String description = text("DESCRIPTION");
      Optional<String> trackId = Optional.empty();
      if (ours) {
        if (first("X-CONVENE-OPEN-END") != null) {
          end = Optional.empty();
        }
        session.id(text("X-CONVENE-SESSION"));
        trackId = Optional.ofNullable(text("X-CONVENE-TRACK"));
        String kind = text("X-CONVENE-KIND");
        session.kind(kindOf(kind).orElse(SessionKind.OTHER));
        session.room(Optional.ofNullable(text("X-CONVENE-ROOM")));
        List<Agenda.Entry> agenda = new ArrayList<>();
        for (ContentReader.Line l : lines) {
          if (l.name.equals("X-CONVENE-AGENDA")) {
            int depth = parseInt(Optional.ofNullable(l.param("X-CONVENE-DEPTH")).orElse("1"), 1);
            if (depth < 1 || depth > MAX_AGENDA_DEPTH) {
              throw new CalendarFormatException(l.number, "X-CONVENE-DEPTH " + depth
                  + " is not between 1 and " + MAX_AGENDA_DEPTH);
            }
            agenda.add(Agenda.entry(depth, unescape(l.value)));
          }
        }
        List<org.convene.AgendaItem> items = Agenda.unflatten(agenda);
        session.agenda(items);
        String rendered = Agenda.render(items);
        if (description != null && !rendered.isEmpty()) {
          if (description.equals(rendered)) {
            description = null;
          } else if (description.endsWith("\n\n" + rendered)) {
            description = description.substring(0, description.length() - rendered.length() - 2);
          }
        }
        session.description(Optional.ofNullable(description));
        session.parallel(first("X-CONVENE-PARALLEL") != null);
        Capacity.Builder capacity = new Capacity.Builder();
        for (ContentReader.Line l : lines) {
          if (l.name.equals("X-CONVENE-CAPACITY")) {
            int value = parseInt(l.value, -1);
            if (value >= 0 && "ONLINE".equals(l.param("X-CONVENE-ATTENDANCE"))) {
              capacity.online(value);
            } else if (value >= 0) {
              capacity.inPerson(value);
            }
          }
        }
        session.capacity(capacity.build());
        String venueName = text("X-CONVENE-LOCATION-NAME");
        if (venueName != null) {
          Venue.Builder venue = new Venue.Builder().name(venueName);
          String street = text("X-CONVENE-LOCATION-STREET");
          String locality = text("X-CONVENE-LOCATION-LOCALITY");
          String country = text("X-CONVENE-LOCATION-COUNTRY");
          if (street != null && locality != null && country != null) {
            venue.address(new Address.Builder().street(street).locality(locality).country(country)
                .postalCode(Optional.ofNullable(text("X-CONVENE-LOCATION-POSTCODE")))
                .region(Optional.ofNullable(text("X-CONVENE-LOCATION-REGION"))).build());
          }
          venue.geo(geo(first("X-CONVENE-LOCATION-GEO")));
          session.location(venue.build());
        }
      } else {
        ContentReader.Line recurrence = first("RECURRENCE-ID");
        String id = uid.isEmpty() ? "line-" + line : uid;
        session.id(recurrence == null ? id : id + "#" + recurrence.value.trim());
        session.description(Optional.ofNullable(description));
        SessionKind kind = SessionKind.OTHER;
        for (ContentReader.Line l : lines) {
          if (l.name.equals("CATEGORIES") && kind == SessionKind.OTHER) {
            for (String category : unescapeList(l.value)) {
              Optional<SessionKind> named = kindOf(category.trim().replace(' ', '_')
                  .replace('-', '_'));
              if (named.isPresent()) {
                kind = named.get();
                break;
              }
            }
          }
        }
        session.kind(kind);
        String location = text("LOCATION");
        if (location != null && !location.isBlank()) {
          session.location(new Venue.Builder().name(location).geo(geo(first("GEO"))).build());
        }
      }
      session.end(end);
      ContentReader.Line status = first("STATUS");
      ContentReader.Line sequence = first("SEQUENCE");
      ContentReader.Line stamp = first("DTSTAMP");
      return new CalendarEntry(
          uid,
          session.build(),
          trackId,
          sequence == null ? 0 : parseInt(sequence.value, 0),
          stamp == null ? Optional.empty() : parseUtc(stamp),
          status != null && status.value.trim().equalsIgnoreCase("CANCELLED"),
          start.date,
          line);
    }
  }

  private static Optional<SessionKind> kindOf(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(SessionKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Geo> geo(ContentReader.Line line) {
    if (line == null) {
      return Optional.empty();
    }
    String[] parts = line.value.split("[;,]", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      double latitude = new BigDecimal(parts[0].trim()).doubleValue();
      double longitude = new BigDecimal(parts[1].trim()).doubleValue();
      return Optional.of(Geo.of(latitude, longitude));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Configures a {@link FeedImporter}.
   *
   * <p>This class is mutable and not thread-safe; the importer it builds is immutable.
   */
  public static final class Builder {
    private int maxLineLength = 1 << 20;
    private int maxComponents = 1_000_000;
    private int maxProperties = 10_000;
    private Optional<ZoneId> zone = Optional.empty();

    private Builder() {}

    /**
     * Caps the length of one content line, folded continuations included.
     *
     * @param characters a positive number of characters, 1 048 576 unless set
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxLineLength(int characters) {
      this.maxLineLength = positive(characters, "maxLineLength");
      return this;
    }

    /**
     * Caps the number of components (each BEGIN counts).
     *
     * @param components a positive number, 1 000 000 unless set
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxComponents(int components) {
      this.maxComponents = positive(components, "maxComponents");
      return this;
    }

    /**
     * Caps the number of properties in one component.
     *
     * @param properties a positive number, 10 000 unless set
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxProperties(int properties) {
      this.maxProperties = positive(properties, "maxProperties");
      return this;
    }

    /**
     * Sets the zone in which imported sessions' wall-clock times are given, instead of the one
     * the calendar suggests.
     *
     * @param zone the zone, not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Optional.of(Objects.requireNonNull(zone, "zone"));
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return a new importer, not null
     */
    public FeedImporter build() {
      return new FeedImporter(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " " + value + " is not positive: use at least 1");
      }
      return value;
    }
  }
}
