package org.convene.ical;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.SessionKind;
import org.convene.internal.Require;

/**
 * Reads RFC 5545 calendars into sessions: the feeds {@link FeedExporter} wrote, exactly, and
 * calendars written by others, by the rules below.
 *
 * <pre>{@code
 * ImportedCalendar calendar = FeedImporter.builder().build().read(ics);
 * List<Session> sessions = calendar.getSessions();
 * }</pre>
 *
 * <p>An import has two halves, each in its own class: {@code CalendarReader} reads the text into
 * components (unfolding, nesting, caps), {@code SessionMapper} turns each VEVENT into entries
 * (times, zones, recurrences, properties). Each VEVENT that is a direct child of a VCALENDAR (or
 * stands at the top level of a fragment) becomes one {@link CalendarEntry}, or one per occurrence
 * for a recurring one; other components and the all-day entry Convene writes for the event
 * itself are skipped. For a VEVENT Convene wrote ({@code X-CONVENE-SESSION}) the {@code
 * X-CONVENE-*} properties give the session back exactly, and a break published once for all
 * tracks ({@code X-CONVENE-ALSO}) gives back each track's copy. For any other VEVENT:
 *
 * <ul>
 *   <li>id: the UID; without a UID, {@code line-N} after its BEGIN line. An occurrence of a
 *       recurring VEVENT, and an override (RECURRENCE-ID), adds {@code #} and the occurrence's
 *       original start: {@code 20240710T080000Z} (in UTC) for a time in a zone, {@code
 *       20240710T100000} for a floating time, {@code 20240710} for a date. The same calendar
 *       always gives the same ids.
 *   <li>title: SUMMARY (empty if absent); description: DESCRIPTION; location: a venue named by
 *       LOCATION with GEO; kind: the first CATEGORIES value that names a {@link SessionKind},
 *       else {@link SessionKind#OTHER}.
 *   <li>times are wall-clock times in {@link ImportedCalendar#getZone()}: the {@linkplain
 *       Builder#zone(ZoneId) configured zone}, else X-WR-TIMEZONE, else the zone of the first
 *       DTSTART whose TZID names one, else UTC. A time is placed by its TZID: a zone id Java
 *       knows (also at the end of a path such as {@code /mozilla.org/20070129_1/Europe/Paris});
 *       else the calendar's own VTIMEZONE of that TZID as ical4j interprets it (Windows names such
 *       as {@code W. Europe Standard Time}, made-up names); else, with a warning, the zone ical4j
 *       maps a Windows name to; else, with a warning, it is taken as a wall-clock time in the
 *       calendar's zone, as a floating time is.
 *   <li>recurrences (RRULE, RDATE, EXDATE, EXRULE) are expanded by ical4j's recurrence engine
 *       into one entry per occurrence that starts in the {@linkplain Builder#window(Instant,
 *       Instant) window}, at most {@linkplain Builder#maxOccurrences(int) maxOccurrences} per
 *       series; an override (a VEVENT with the same UID and a RECURRENCE-ID) replaces the
 *       occurrence it names. A series that goes on after the window, or has more occurrences
 *       than the count, is reported in a warning.
 *   <li>an all-day VEVENT (DATE values) runs from midnight to midnight of the day after its last
 *       day (its exclusive DTEND, or one day); DURATION gives the end when DTEND is absent; a
 *       timed VEVENT with neither is open-ended.
 * </ul>
 *
 * <p>What cannot become a session is skipped with a {@linkplain ImportedCalendar#getWarnings()
 * warning} naming its line: a VEVENT without DTSTART (allowed in calendars with a METHOD), a
 * DURATION that is not one or is negative (the session is then open-ended), a recurrence ical4j cannot expand
 * (only its first occurrence is imported).
 *
 * <p>Input may use CRLF, LF or CR line breaks, may start with a byte order mark, and may be a
 * fragment without VCALENDAR; bytes that are not UTF-8 become U+FFFD. Anything that cannot be
 * read as a calendar raises a {@link CalendarFormatException} naming the line, and nothing else:
 * a line without a colon, an END that closes what was not begun, a DTSTART that is not a date, a
 * line longer than {@link Builder#maxLineLength(int)}, more components than {@link
 * Builder#maxComponents(int)}, more properties in one component than {@link
 * Builder#maxProperties(int)}. A {@linkplain Builder#lenient(boolean) lenient} importer instead
 * skips a VEVENT that holds such a problem, with a warning naming the line; the caps stay hard.
 * The input is read once, character by character: no input makes the importer hang, and the
 * caps bound what it holds (the defaults fit in a 256 MB heap).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeedImporter {
  private final int maxLineLength;
  private final int maxComponents;
  private final int maxProperties;
  private final Optional<ZoneId> zone;
  private final SessionMapper.Options options;

  private FeedImporter(Builder builder) {
    this.maxLineLength = builder.maxLineLength;
    this.maxComponents = builder.maxComponents;
    this.maxProperties = builder.maxProperties;
    this.zone = builder.zone;
    this.options = new SessionMapper.Options(builder.lenient, builder.windowStart,
        builder.windowEnd, builder.maxOccurrences);
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
    Require.argument(calendar, "FeedImporter", "read", "calendar");
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
    Require.argument(calendar, "FeedImporter", "read", "calendar");
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
    Require.argument(calendar, "FeedImporter", "read", "calendar");
    CalendarReader.RawCalendar raw =
        new CalendarReader(maxLineLength, maxComponents, maxProperties, options.lenient)
            .read(calendar);
    ZoneId target = zone.orElseGet(() -> SessionMapper.zoneOf(raw));
    List<String> warnings = new ArrayList<>(raw.warnings);
    List<CalendarEntry> entries = new SessionMapper(raw, target, options, warnings).entries();
    ContentReader.Line name = raw.first("NAME");
    if (name == null) {
      name = raw.first("X-WR-CALNAME");
    }
    return new ImportedCalendar(
        Optional.ofNullable(name).map(l -> Values.unescape(l.value)), target, entries, warnings);
  }

  /**
   * Configures a {@link FeedImporter}.
   *
   * <p>This class is mutable and not thread-safe; the importer it builds is immutable.
   */
  public static final class Builder {
    private int maxLineLength = 1 << 20;
    private int maxComponents = 100_000;
    private int maxProperties = 10_000;
    private Optional<ZoneId> zone = Optional.empty();
    private boolean lenient;
    private Optional<Instant> windowStart = Optional.empty();
    private Optional<Instant> windowEnd = Optional.empty();
    private int maxOccurrences = 1000;

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
     * Caps the number of components (each BEGIN counts). The default keeps an import of the
     * largest calendar it admits within a 256 MB heap.
     *
     * @param components a positive number, 100 000 unless set
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
      this.zone = Optional.of(Require.argument(zone, "FeedImporter.Builder", "zone", "zone"));
      return this;
    }

    /**
     * Chooses whether a broken VEVENT (a line that is not a content line, a value that is not a
     * date, a missing END) is skipped with a warning naming its line instead of failing the whole
     * import. The caps on line length, components and properties fail the import either way.
     *
     * @param lenient true to skip broken VEVENTs; false (the default) to fail on them
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets the window in which recurrences are expanded: an occurrence is imported if it starts
     * at or after {@code from} and before {@code to}. Unless set, each series is expanded from
     * its first start for 366 days. The window bounds recurrences only; a VEVENT that does not
     * recur is always imported.
     *
     * @param from the start of the window, not null
     * @param to the end of the window, after {@code from}, not null
     * @return this builder
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public Builder window(Instant from, Instant to) {
      Require.argument(from, "FeedImporter.Builder", "window", "from");
      Require.argument(to, "FeedImporter.Builder", "window", "to");
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException(
            "window end " + to + " is not after its start " + from + ": give a later end");
      }
      this.windowStart = Optional.of(from);
      this.windowEnd = Optional.of(to);
      return this;
    }

    /**
     * Caps the number of occurrences imported for one recurring VEVENT; a series with more in
     * the window is cut there, with a warning.
     *
     * @param occurrences a positive number, 1 000 unless set
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxOccurrences(int occurrences) {
      this.maxOccurrences = positive(occurrences, "maxOccurrences");
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
