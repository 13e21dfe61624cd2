package org.convene.ical;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convene.Address;
import org.convene.Capacity;
import org.convene.Geo;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Venue;
import org.convene.ical.internal.Agenda;
import org.convene.ical.internal.Dates;

/**
 * The second half of an import: turns the VEVENTs {@link CalendarReader} read into {@link
 * CalendarEntry}s. Times are placed through {@link TimeZones}, recurrences expanded through
 * {@link Recurrences}; a VEVENT Convene wrote gets its session back from its {@code X-CONVENE-*}
 * properties, any other by the rules documented on {@link FeedImporter}.
 */
final class SessionMapper {
  private static final int MAX_AGENDA_DEPTH = 32;
  private static final Duration DEFAULT_HORIZON = Duration.ofDays(366);

  /** What the caller chose, from {@link FeedImporter.Builder}. */
  static final class Options {
    final boolean lenient;
    final Optional<Instant> windowStart;
    final Optional<Instant> windowEnd;
    final int maxOccurrences;

    Options(boolean lenient, Optional<Instant> windowStart, Optional<Instant> windowEnd,
        int maxOccurrences) {
      this.lenient = lenient;
      this.windowStart = windowStart;
      this.windowEnd = windowEnd;
      this.maxOccurrences = maxOccurrences;
    }
  }

  private final CalendarReader.RawCalendar calendar;
  private final ZoneId target;
  private final TimeZones zones;
  private final Options options;
  private final List<String> warnings;

  SessionMapper(CalendarReader.RawCalendar calendar, ZoneId target, Options options,
      List<String> warnings) {
    this.calendar = calendar;
    this.target = target;
    this.options = options;
    this.warnings = warnings;
    this.zones = new TimeZones(calendar.timeZones, warnings);
  }

  /** The zone a calendar's wall-clock times are given in, unless the caller chose one. */
  static ZoneId zoneOf(CalendarReader.RawCalendar calendar) {
    ContentReader.Line wrZone = calendar.first("X-WR-TIMEZONE");
    if (wrZone != null) {
      Optional<ZoneId> named = TimeZones.namedZone(Values.unescape(wrZone.value));
      if (named.isPresent()) {
        return named.get();
      }
    }
    for (CalendarReader.Component event : calendar.events) {
      ContentReader.Line start = event.first("DTSTART");
      if (start != null && start.param("TZID") != null) {
        Optional<ZoneId> zone = TimeZones.namedZone(start.param("TZID"));
        if (zone.isPresent()) {
          return zone.get();
        }
      }
    }
    return ZoneOffset.UTC;
  }

  /** Every entry, in the order of the file, occurrences of a series in time order. */
  List<CalendarEntry> entries() {
    Map<String, Set<String>> overridden = new HashMap<>();
    for (CalendarReader.Component event : calendar.events) {
      ContentReader.Line recurrenceId = event.first("RECURRENCE-ID");
      if (recurrenceId != null && event.broken().isEmpty()) {
        try {
          overridden.computeIfAbsent(uidOf(event), u -> new HashSet<>())
              .add(key(at(recurrenceId)));
        } catch (CalendarFormatException e) {
          // the override itself reports its broken RECURRENCE-ID below
        }
      }
    }
    List<CalendarEntry> entries = new ArrayList<>(calendar.events.size());
    for (CalendarReader.Component event : calendar.events) {
      if (event.broken().isPresent()) {
        warnings.add("line " + event.line + ": VEVENT skipped: it is broken ("
            + event.broken().get() + ")");
        continue;
      }
      try {
        map(event, overridden.getOrDefault(uidOf(event), Set.of()), entries);
      } catch (CalendarFormatException e) {
        if (!options.lenient) {
          throw e;
        }
        warnings.add("line " + event.line + ": VEVENT skipped: " + e.getMessage());
      } catch (RuntimeException e) {
        CalendarFormatException problem = new CalendarFormatException(event.line,
            "the VEVENT cannot be read as a session: " + e.getMessage(), e);
        if (!options.lenient) {
          throw problem;
        }
        warnings.add("line " + event.line + ": VEVENT skipped: " + problem.getMessage());
      }
    }
    return entries;
  }

  private static String uidOf(CalendarReader.Component event) {
    String uid = event.text("UID");
    return uid == null ? "" : uid.trim();
  }

  /** A DTSTART, DTEND, RECURRENCE-ID or RDATE value, placed. */
  private static final class At {
    /** The time in the calendar's zone, or as it stands for a DATE or a floating time. */
    final LocalDateTime local;
    /** The time as the property wrote it, in its own zone. */
    final LocalDateTime written;
    final boolean date;
    final Optional<Instant> instant;

    At(LocalDateTime local, LocalDateTime written, boolean date, Optional<Instant> instant) {
      this.local = local;
      this.written = written;
      this.date = date;
      this.instant = instant;
    }
  }

  private At at(ContentReader.Line line) {
    return at(line, line.value);
  }

  /** One value of a DATE or DATE-TIME property, placed by the property's VALUE and TZID. */
  private At at(ContentReader.Line line, String text) {
    String value = text.trim();
    String type = line.param("VALUE");
    if ((type != null && type.equalsIgnoreCase("DATE")) || value.length() == 8) {
      LocalDateTime day = Values.date(line, value).atStartOfDay();
      return new At(day, day, true, Optional.empty());
    }
    if (value.endsWith("Z") || value.endsWith("z")) {
      LocalDateTime utc = Values.dateTime(line, value.substring(0, value.length() - 1));
      return placed(utc, utc.toInstant(ZoneOffset.UTC));
    }
    return at(line, Values.dateTime(line, value));
  }

  /** A wall-clock time written with the zone of a property (its TZID, a Z, or floating). */
  private At at(ContentReader.Line zoneOf, LocalDateTime written) {
    String value = zoneOf.value.trim();
    if (value.endsWith("Z") || value.endsWith("z")) {
      return placed(written, written.toInstant(ZoneOffset.UTC));
    }
    String tzid = zoneOf.param("TZID");
    if (tzid != null) {
      Optional<ZoneRules> rules = zones.rules(tzid, zoneOf.number, target);
      if (rules.isPresent()) {
        Instant instant = TimeZones.instant(written, rules.get());
        // a wall-clock time in the calendar's own zone stays as written, even in a gap
        return TimeZones.javaZone(tzid).filter(target::equals).isPresent()
            ? new At(written, written, false, Optional.of(instant))
            : placed(written, instant);
      }
    }
    return new At(written, written, false, Optional.empty());
  }

  private At placed(LocalDateTime written, Instant instant) {
    return new At(LocalDateTime.ofInstant(instant, target), written, false, Optional.of(instant));
  }

  /** How an occurrence is named in its session's id: its UTC instant, its date, or floating. */
  private static String key(At at) {
    if (at.date) {
      return Dates.date(at.local.toLocalDate());
    }
    return at.instant.map(Dates::utc).orElseGet(() -> Dates.dateTime(at.local));
  }

  private void map(CalendarReader.Component event, Set<String> overridden,
      List<CalendarEntry> entries) {
    if (event.first("X-CONVENE-EVENT") != null) {
      return;
    }
    ContentReader.Line startLine = event.first("DTSTART");
    if (startLine == null) {
      warnings.add("line " + event.line + ": VEVENT skipped: it has no DTSTART, and a session"
          + " needs a start");
      return;
    }
    At start = at(startLine);
    Optional<LocalDateTime> end = Optional.empty();
    ContentReader.Line endLine = event.first("DTEND");
    ContentReader.Line durationLine = event.first("DURATION");
    if (endLine != null) {
      end = Optional.of(at(endLine).local);
    } else if (durationLine != null) {
      Optional<Duration> duration = Values.duration(durationLine.value);
      if (duration.isPresent() && duration.get().isNegative()) {
        warnings.add("line " + durationLine.number + ": DURATION \""
            + ContentReader.abbreviate(durationLine.value)
            + "\" ignored: it is negative, and a session cannot end before it starts");
      } else if (duration.isPresent()) {
        end = Optional.of(start.local.plus(duration.get()));
      } else {
        warnings.add("line " + durationLine.number + ": DURATION \""
            + ContentReader.abbreviate(durationLine.value)
            + "\" ignored: it is not a duration such as PT1H30M, P1D or P1W, or is too long");
      }
    } else if (start.date) {
      end = Optional.of(start.local.plusDays(1));
    }
    String uid = uidOf(event);
    Session.Builder session = new Session.Builder();
    session.start(start.local);
    session.title(Optional.ofNullable(event.text("SUMMARY")).orElse(""));
    Optional<String> trackId = Optional.empty();
    boolean ours = event.first("X-CONVENE-SESSION") != null;
    ContentReader.Line recurrenceId = event.first("RECURRENCE-ID");
    String id = uid.isEmpty() ? "line-" + event.line : uid;
    if (ours) {
      if (event.first("X-CONVENE-OPEN-END") != null) {
        end = Optional.empty();
      }
      trackId = Optional.ofNullable(event.text("X-CONVENE-TRACK"));
      convene(event, session);
    } else {
      foreign(event, session);
      session.id(recurrenceId == null ? id : id + "#" + key(at(recurrenceId)));
    }
    session.end(end);
    ContentReader.Line status = event.first("STATUS");
    ContentReader.Line sequence = event.first("SEQUENCE");
    ContentReader.Line stamp = event.first("DTSTAMP");
    int sequenceNumber = sequence == null ? 0 : Values.parseInt(sequence.value, 0);
    Optional<Instant> stampInstant = stamp == null ? Optional.empty() : Values.utc(stamp);
    boolean cancelled = status != null && status.value.trim().equalsIgnoreCase("CANCELLED");
    Session first = session.build();
    if (ours || recurrenceId != null || !Recurrences.recurs(event)) {
      entries.add(new CalendarEntry(uid, first, trackId, sequenceNumber, stampInstant, cancelled,
          start.date, event.line));
      for (ContentReader.Line also : ours ? event.all("X-CONVENE-ALSO") : List.<ContentReader.Line>of()) {
        List<String> trackAndSession = Values.unescapeList(also.value);
        if (trackAndSession.size() == 2) {
          entries.add(new CalendarEntry(uid,
              new Session.Builder().from(first).id(trackAndSession.get(1)).build(),
              Optional.of(trackAndSession.get(0)), sequenceNumber, stampInstant, cancelled,
              start.date, event.line));
        }
      }
      return;
    }
    Optional<Duration> length = first.getEnd().map(e -> Duration.between(first.getStart(), e));
    for (At occurrence : occurrences(event, startLine, start, id)) {
      if (overridden.contains(key(occurrence))) {
        continue;
      }
      Session one = new Session.Builder().from(first).id(id + "#" + key(occurrence))
          .start(occurrence.local).end(length.map(occurrence.local::plus)).build();
      entries.add(new CalendarEntry(uid, one, trackId, sequenceNumber, stampInstant, cancelled,
          start.date, event.line));
    }
  }

  /**
   * The occurrences of a recurring VEVENT in the window, or its first one if ical4j fails:
   * ical4j expands DTSTART, RRULE, EXRULE and EXDATE; the RDATEs are placed here, each by its own
   * TZID (ical4j reads an RDATE PERIOD as floating), less the EXDATEs.
   */
  private List<At> occurrences(CalendarReader.Component event, ContentReader.Line startLine,
      At start, String id) {
    Instant seriesStart = sortKey(start);
    Instant from = options.windowStart.orElse(seriesStart.minus(Duration.ofDays(1)));
    Instant to = options.windowEnd.orElse(seriesStart.plus(DEFAULT_HORIZON));
    Recurrences.Expansion expansion;
    try {
      expansion = Recurrences.expand(event, calendar.timeZones,
          this::tzidForIcal4j, from, to, options.maxOccurrences);
    } catch (IllegalArgumentException e) {
      warnings.add("line " + event.line + ": the recurrence of \"" + ContentReader.abbreviate(id)
          + "\" is not expanded, only its first occurrence is imported: " + e.getMessage());
      return List.of(start);
    }
    List<At> occurrences = new ArrayList<>(expansion.starts.size());
    Set<String> keys = new HashSet<>();
    for (LocalDateTime written : expansion.starts) {
      At occurrence = start.date ? new At(written, written, true, Optional.empty())
          : at(startLine, written);
      keys.add(key(occurrence));
      occurrences.add(occurrence);
    }
    Set<String> excluded = new HashSet<>();
    for (ContentReader.Line exdate : event.all("EXDATE")) {
      for (String value : exdate.value.split(",")) {
        dateValue(exdate, value).ifPresent(at -> excluded.add(key(at)));
      }
    }
    boolean goesOn = expansion.goesOn;
    for (ContentReader.Line rdate : event.all("RDATE")) {
      for (String value : rdate.value.split(",")) {
        // a PERIOD starts where it starts
        Optional<At> added = dateValue(rdate, value.split("/", 2)[0]);
        if (added.isEmpty()) {
          continue;
        }
        At occurrence = added.get();
        Instant when = sortKey(occurrence);
        if (!when.isBefore(to)) {
          goesOn = true;
        } else if (!when.isBefore(from) && !excluded.contains(key(occurrence))
            && keys.add(key(occurrence))) {
          occurrences.add(occurrence);
        }
      }
    }
    occurrences.sort(java.util.Comparator.comparing(SessionMapper::sortKey));
    boolean countReached = expansion.countReached || occurrences.size() > options.maxOccurrences;
    if (occurrences.size() > options.maxOccurrences) {
      occurrences = occurrences.subList(0, options.maxOccurrences);
    }
    if (countReached) {
      warnings.add("line " + event.line + ": the series \"" + ContentReader.abbreviate(id)
          + "\" has more than " + options.maxOccurrences + " occurrences between " + from
          + " and " + to + ": only the first " + options.maxOccurrences
          + " are imported; raise FeedImporter.Builder.maxOccurrences or narrow the window");
    } else if (goesOn) {
      warnings.add("line " + event.line + ": the series \"" + ContentReader.abbreviate(id)
          + "\" goes on after " + to + ": " + occurrences.size()
          + " occurrences up to then are imported; set FeedImporter.Builder.window to see more");
    }
    return occurrences;
  }

  /** One value of an RDATE or EXDATE, or empty with a warning if it is not a date. */
  private Optional<At> dateValue(ContentReader.Line line, String value) {
    try {
      return Optional.of(at(line, value));
    } catch (CalendarFormatException e) {
      warnings.add("line " + line.number + ": " + line.name + " value \""
          + ContentReader.abbreviate(value) + "\" ignored: it is not a DATE or DATE-TIME");
      return Optional.empty();
    }
  }

  /** When a time is, for ordering and windows: its instant, or a floating time read as UTC. */
  private static Instant sortKey(At at) {
    return at.instant.orElseGet(() -> at.written.toInstant(ZoneOffset.UTC));
  }

  /** See {@link Recurrences#expand}: a Java zone by its id, a defined TZID as it is. */
  private Optional<String> tzidForIcal4j(String tzid) {
    Optional<ZoneId> java = TimeZones.javaZone(tzid);
    if (java.isPresent()) {
      return java.get() instanceof ZoneOffset ? Optional.empty() : Optional.of(java.get().getId());
    }
    return definesZone(tzid) ? Optional.of(tzid.trim()) : Optional.empty();
  }

  private boolean definesZone(String tzid) {
    for (CalendarReader.Component zone : calendar.timeZones) {
      ContentReader.Line id = zone.first("TZID");
      if (id != null && id.value.trim().equals(tzid.trim())) {
        return true;
      }
    }
    return false;
  }

  /** The session of a VEVENT Convene wrote, from its X-CONVENE-* properties. */
  private static void convene(CalendarReader.Component event, Session.Builder session) {
    session.id(event.text("X-CONVENE-SESSION"));
    session.kind(kindOf(event.text("X-CONVENE-KIND")).orElse(SessionKind.OTHER));
    session.room(Optional.ofNullable(event.text("X-CONVENE-ROOM")));
    List<Agenda.Entry> agenda = new ArrayList<>();
    for (ContentReader.Line l : event.all("X-CONVENE-AGENDA")) {
      int depth = Values.parseInt(Optional.ofNullable(l.param("X-CONVENE-DEPTH")).orElse("1"), 1);
      if (depth < 1 || depth > MAX_AGENDA_DEPTH) {
        throw new CalendarFormatException(l.number, "X-CONVENE-DEPTH " + depth
            + " is not between 1 and " + MAX_AGENDA_DEPTH);
      }
      agenda.add(Agenda.entry(depth, Values.unescape(l.value)));
    }
    List<org.convene.AgendaItem> items = Agenda.unflatten(agenda);
    session.agenda(items);
    String description = event.text("DESCRIPTION");
    String rendered = Agenda.render(items);
    if (description != null && !rendered.isEmpty()) {
      if (description.equals(rendered)) {
        description = null;
      } else if (description.endsWith("\n\n" + rendered)) {
        description = description.substring(0, description.length() - rendered.length() - 2);
      }
    }
    session.description(Optional.ofNullable(description));
    session.parallel(event.first("X-CONVENE-PARALLEL") != null);
    Capacity.Builder capacity = new Capacity.Builder();
    for (ContentReader.Line l : event.all("X-CONVENE-CAPACITY")) {
      int value = Values.parseInt(l.value, -1);
      if (value >= 0 && "ONLINE".equals(l.param("X-CONVENE-ATTENDANCE"))) {
        capacity.online(value);
      } else if (value >= 0) {
        capacity.inPerson(value);
      }
    }
    session.capacity(capacity.build());
    String venueName = event.text("X-CONVENE-LOCATION-NAME");
    if (venueName != null) {
      Venue.Builder venue = new Venue.Builder().name(venueName);
      String street = event.text("X-CONVENE-LOCATION-STREET");
      String locality = event.text("X-CONVENE-LOCATION-LOCALITY");
      String country = event.text("X-CONVENE-LOCATION-COUNTRY");
      if (street != null && locality != null && country != null) {
        venue.address(new Address.Builder().street(street).locality(locality).country(country)
            .postalCode(Optional.ofNullable(event.text("X-CONVENE-LOCATION-POSTCODE")))
            .region(Optional.ofNullable(event.text("X-CONVENE-LOCATION-REGION"))).build());
      }
      venue.geo(geo(event.first("X-CONVENE-LOCATION-GEO")));
      session.location(venue.build());
    }
  }

  /** The session of any other VEVENT: description, kind from CATEGORIES, LOCATION and GEO. */
  private static void foreign(CalendarReader.Component event, Session.Builder session) {
    session.description(Optional.ofNullable(event.text("DESCRIPTION")));
    SessionKind kind = SessionKind.OTHER;
    for (ContentReader.Line l : event.all("CATEGORIES")) {
      for (String category : Values.unescapeList(l.value)) {
        Optional<SessionKind> named = kindOf(category.trim().replace(' ', '_').replace('-', '_'));
        if (named.isPresent()) {
          kind = named.get();
          break;
        }
      }
      if (kind != SessionKind.OTHER) {
        break;
      }
    }
    session.kind(kind);
    String location = event.text("LOCATION");
    if (location != null && !location.isBlank()) {
      session.location(new Venue.Builder().name(location).geo(geo(event.first("GEO"))).build());
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
}
