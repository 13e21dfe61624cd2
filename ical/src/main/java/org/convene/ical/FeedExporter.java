package org.convene.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import org.convene.Event;
import org.convene.Session;
import org.convene.Track;
import org.convene.ical.internal.ContentWriter;
import org.convene.ical.internal.FeedRenderer;
import org.convene.ical.internal.FeedRenderer.Block;
import org.convene.ical.internal.Revision;
import org.convene.ical.internal.TextBuffer;
import org.convene.ical.internal.Uids;
import org.convene.internal.Require;

/**
 * Publishes {@link Feed}s as RFC 5545 calendars: the whole event, one track, or a participant's
 * own sessions, and updates to them when the event changes.
 *
 * <pre>{@code
 * FeedExporter exporter = FeedExporter.builder(Clock.systemUTC()).build();
 * String ics = exporter.export(Feed.of(SeedEvent.event()));
 * }</pre>
 *
 * <p>What a feed holds:
 *
 * <ul>
 *   <li>On the calendar: VERSION, PRODID, CALSCALE, METHOD:PUBLISH, NAME and X-WR-CALNAME,
 *       DESCRIPTION and X-WR-CALDESC (the event's summary), X-WR-TIMEZONE, REFRESH-INTERVAL and
 *       X-PUBLISHED-TTL, URL, COLOR for a track feed, and the VTIMEZONE of the event's zone with
 *       the transitions that fall between the feed's first and last time (none for UTC, whose
 *       times end in {@code Z}).
 *   <li>Unless {@linkplain Builder#eventEntry(boolean) switched off}, one all-day VEVENT for the
 *       whole event (DTSTART and an exclusive DTEND as DATE values, TRANSP:TRANSPARENT), UID the
 *       event's id.
 *   <li>One VEVENT per session in time order, UID {@code <event id>/<session id>} (each id
 *       percent-encoded): DTSTAMP, SEQUENCE, STATUS, DTSTART and DTEND with TZID, SUMMARY,
 *       DESCRIPTION (the description, a blank line, then the agenda as indented "- " bullets),
 *       LOCATION (room, then the session's location or the event's venue with its address), GEO,
 *       CATEGORIES (track title and kind), CLASS:PUBLIC, COLOR of its track, URL, RELATED-TO the
 *       event's entry, CONFERENCE with the online link for a hybrid or online event, and {@code
 *       X-CONVENE-*} properties that let {@link FeedImporter} give the session back exactly.
 *   <li>In the whole-event feed, a session that every track holds alike (the same in all but its
 *       id, such as a coffee break all tracks share) is one VEVENT, under the first track's
 *       session's UID, with CATEGORIES of every track, no COLOR, and one {@code X-CONVENE-ALSO}
 *       (track id, session id) per other track's copy, which the importer gives back. Track feeds
 *       and personal feeds publish their own copy.
 *   <li>On every VEVENT, ORGANIZER, which RFC 5546 requires with METHOD:PUBLISH: CN the
 *       organiser's name (else the event's title), and as address the organiser's e-mail, else
 *       their web page, else the event's, else a name-based {@code urn:uuid:} of the event's id.
 * </ul>
 *
 * <p>Open-ended sessions, such as the seed's 18:00 social event, get no DTEND: RFC 5545 then
 * reads them as taking no time. A caller that prefers calendars to show a block can {@linkplain
 * Builder#openEndDuration(Duration) configure a duration}; the invented end is then marked {@code
 * X-CONVENE-OPEN-END:TRUE} and an import gives the session back open-ended.
 *
 * <p>Text is written by Convene's own writer, not ical4j's outputter: CRLF line breaks, lines
 * folded at 75 octets of UTF-8 without splitting a character, TEXT values escaped (backslash,
 * semicolon, comma, and every line break, CR, LF, CRLF, NEL (U+0085), LINE SEPARATOR (U+2028)
 * and PARAGRAPH SEPARATOR (U+2029), as {@code \n}), other control characters (C0 but tab, DEL,
 * C1) dropped, lone surrogates replaced by U+FFFD, URIs in their percent-encoded ASCII form: no text
 * of the event can start a property or a component of its own. The same feed and clock give
 * byte-identical output; the clock's instant, truncated to seconds, is the DTSTAMP.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeedExporter {
  private static final Pattern COLOR = Pattern.compile("[a-z]{3,32}");

  private final Clock clock;
  private final FeedRenderer renderer;
  private final boolean eventEntry;

  private FeedExporter(Builder builder) {
    this.clock = builder.clock;
    this.eventEntry = builder.eventEntry;
    this.renderer =
        new FeedRenderer(
            builder.productId,
            builder.openEndDuration,
            builder.refreshInterval,
            builder.trackColors,
            builder.eventEntry);
  }

  /**
   * Starts an exporter whose DTSTAMPs come from a clock.
   *
   * @param clock the clock, such as {@code Clock.systemUTC()}, not null
   * @return a builder with the defaults described on each of its methods, not null
   */
  public static Builder builder(Clock clock) {
    return new Builder(Require.argument(clock, "FeedExporter", "builder", "clock"));
  }

  /**
   * Exports a feed as text.
   *
   * @param feed the feed, not null
   * @return the calendar, CRLF line breaks included, not null
   */
  public String export(Feed feed) {
    TextBuffer out = new TextBuffer(8192);
    export(feed, out);
    return out.toString();
  }

  /**
   * Exports a feed onto a character stream, which is flushed and left open.
   *
   * @param feed the feed, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void export(Feed feed, Writer out) {
    Require.argument(feed, "FeedExporter", "export", "feed");
    Require.argument(out, "FeedExporter", "export", "out");
    write(feed, out, Map.of());
  }

  /**
   * Exports a feed onto a byte stream as UTF-8, which is flushed and left open.
   *
   * @param feed the feed, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void export(Feed feed, OutputStream out) {
    Require.argument(out, "FeedExporter", "export", "out");
    export(feed, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Exports the update of a feed from the calendar published last, as a publisher that keeps
   * the file it published does it. Updates chain: each one is made from the text the one before
   * it published, which is the only record of the SEQUENCE numbers subscribers have seen.
   *
   * <p>The published calendar is read as iCalendar, VEVENT by VEVENT and property by property
   * (never by searching its text), and its VEVENTs are matched with the feed's sessions by UID.
   * A session whose VEVENT would read exactly as before keeps its SEQUENCE and DTSTAMP and is
   * written byte for byte as before. A session that changed in any way that shows in its VEVENT
   * (time, title, room, agenda, but also the event's venue) gets SEQUENCE one higher and the
   * clock's DTSTAMP. A VEVENT that is no longer in the feed is published as STATUS:CANCELLED
   * under the same UID, SEQUENCE one higher, after the others; one already cancelled stays as it
   * was; a cancelled session that comes back is confirmed with SEQUENCE one higher. So SEQUENCE
   * never decreases along a chain of updates.
   *
   * @param previous the calendar this exporter published last (CRLF or LF line breaks), not
   *     null
   * @param current the feed of the new version, not null
   * @return the new calendar, not null
   * @throws CalendarFormatException if the previous calendar cannot be read
   */
  public String update(String previous, Feed current) {
    Require.argument(previous, "FeedExporter", "update", "previous");
    Require.argument(current, "FeedExporter", "update", "current");
    Map<String, PublishedFeed.Entry> published = PublishedFeed.read(previous);
    TextBuffer out = new TextBuffer(previous.length() + 1024);
    write(current, out, published);
    return out.toString();
  }

  /**
   * Exports a feed as an ical4j calendar, for callers who work with ical4j's model: the text of
   * {@link #export(Feed)} read back by ical4j, to check it with ical4j's validator or to merge it
   * into a calendar of their own. The one ical4j type in the API, which is why this module
   * requires ical4j transitively; CATEGORIES are handed to ical4j as lists, since ical4j's own
   * parsing of a long value full of escaped characters overflows the stack.
   *
   * @param feed the feed, not null
   * @return a new calendar, not null
   */
  public Calendar toCalendar(Feed feed) {
    Require.argument(feed, "FeedExporter", "toCalendar", "feed");
    String text = export(feed);
    // ical4j splits CATEGORIES with a regular expression that recurses once per escaped
    // character, so a long title full of ';' overflows the stack: they are read by Convene and
    // handed to ical4j as lists, every other line as text
    Map<String, List<String>> categories = new HashMap<>();
    for (PublishedFeed.Entry entry : PublishedFeed.read(text).values()) {
      categories.put(entry.uid, entry.categories());
    }
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new java.io.StringReader(withoutCategories(text)));
    } catch (ParserException e) {
      throw new CalendarFormatException(e.getLineNo(), "ical4j cannot read the export: "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (VEvent vevent : calendar.<VEvent>getComponents(Component.VEVENT)) {
      List<String> values = vevent.getUid().map(u -> categories.get(u.getValue())).orElse(null);
      if (values != null && !values.isEmpty()) {
        vevent.add(new Categories(new TextList(values)));
      }
    }
    return calendar;
  }

  /** The exported text without its CATEGORIES lines: physical lines, folds start with a space. */
  private static String withoutCategories(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean skipping = false;
    int from = 0;
    while (from < text.length()) {
      int end = text.indexOf("\r\n", from) + 2;
      boolean continuation = text.charAt(from) == ' ';
      if (!continuation) {
        skipping = text.startsWith("CATEGORIES:", from) || text.startsWith("CATEGORIES;", from);
      }
      if (!skipping) {
        out.append(text, from, end);
      }
      from = end;
    }
    return out.toString();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private void write(Feed feed, Writer target, Map<String, PublishedFeed.Entry> published) {
    Event event = feed.getEvent();
    List<Session> sessions = feed.getSessions();
    Instant now = now();
    ContentWriter out = new ContentWriter(target);
    renderer.header(out, event, feed.getName(), feed.getTrack(), sessions);
    Set<String> written = new HashSet<>();
    try {
      if (eventEntry) {
        String uid = Uids.ofEvent(event.getId());
        target.write(settle(uid, published, now, revision -> renderer.eventBlock(event, revision)));
        written.add(uid);
      }
      Map<String, Track> tracks = new HashMap<>();
      for (Track track : event.getTracks()) {
        for (Session session : track.getSessions()) {
          tracks.putIfAbsent(session.getId(), track);
        }
      }
      Map<String, Map<Track, Session>> shared =
          feed.isWholeEvent() ? SharedSessions.of(event) : Map.of();
      Set<String> stoodFor = new HashSet<>();
      shared.values().forEach(copies -> copies.values().forEach(c -> stoodFor.add(c.getId())));
      for (Session session : sessions) {
        Optional<Track> track = Optional.ofNullable(tracks.get(session.getId()));
        String uid = Uids.ofSession(event.getId(), session.getId());
        if (stoodFor.contains(session.getId()) || !written.add(uid)) {
          continue;
        }
        Map<Track, Session> copies = shared.getOrDefault(session.getId(), Map.of());
        target.write(settle(uid, published, now,
            revision -> renderer.sessionBlock(event, session, track, copies, revision)));
      }
      for (PublishedFeed.Entry before : published.values()) {
        if (!written.contains(before.uid)) {
          target.write(before.revision.isCancelled() ? before.text() : before.cancelled(now));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    renderer.footer(out);
    out.flush();
  }

  /**
   * The VEVENT as published if it would read the same, else rendered with the next revision;
   * a VEVENT never published before gets the first.
   */
  private static String settle(String uid, Map<String, PublishedFeed.Entry> published,
      Instant now, Function<Revision, Block> render) {
    PublishedFeed.Entry before = published.get(uid);
    if (before == null) {
      return render.apply(Revision.first(now)).text;
    }
    String again = render.apply(before.revision).text;
    if (!before.revision.isCancelled() && again.equals(before.text())) {
      return again;
    }
    return render.apply(before.revision.changed(now)).text;
  }

  /**
   * Configures a {@link FeedExporter}.
   *
   * <p>This class is mutable and not thread-safe; the exporter it builds is immutable.
   */
  public static final class Builder {
    private final Clock clock;
    private String productId = "-//Convene//Convene iCal 0.1//EN";
    private Optional<Duration> openEndDuration = Optional.empty();
    private Duration refreshInterval = Duration.ofHours(12);
    private final Map<String, String> trackColors = new HashMap<>();
    private boolean eventEntry = true;

    private Builder(Clock clock) {
      this.clock = clock;
    }

    /**
     * Sets the PRODID.
     *
     * @param productId the product id, {@code -//Convene//Convene iCal 0.1//EN} unless set, not
     *     null
     * @return this builder
     */
    public Builder productId(String productId) {
      this.productId = Require.argument(productId, "FeedExporter.Builder", "productId", "productId");
      return this;
    }

    /**
     * Gives open-ended sessions a DTEND this long after their start; without it they have no
     * DTEND.
     *
     * @param duration a positive duration, not null
     * @return this builder
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public Builder openEndDuration(Duration duration) {
      Require.argument(duration, "FeedExporter.Builder", "openEndDuration", "duration");
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException(
            "openEndDuration " + duration + " is not positive: use at least PT1M or leave it unset");
      }
      this.openEndDuration = Optional.of(duration);
      return this;
    }

    /**
     * Sets how often subscribers should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL).
     *
     * @param interval a positive duration, PT12H unless set, not null
     * @return this builder
     * @throws IllegalArgumentException if the interval is zero or negative
     */
    public Builder refreshInterval(Duration interval) {
      Require.argument(interval, "FeedExporter.Builder", "refreshInterval", "interval");
      if (interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException(
            "refreshInterval " + interval + " is not positive: use for example PT12H");
      }
      this.refreshInterval = interval;
      return this;
    }

    /**
     * Sets the COLOR of a track's sessions and of its feed; tracks without one take teal,
     * darkorange, royalblue, crimson, seagreen, purple, goldenrod, slategray in their order.
     *
     * @param trackId the track id, not null
     * @param cssColor a CSS3 colour name in lower case, such as {@code "teal"}, not null
     * @return this builder
     * @throws IllegalArgumentException if the colour is not a lower-case name of letters
     */
    public Builder trackColor(String trackId, String cssColor) {
      Require.argument(trackId, "FeedExporter.Builder", "trackColor", "trackId");
      Require.argument(cssColor, "FeedExporter.Builder", "trackColor", "cssColor");
      if (!COLOR.matcher(cssColor).matches()) {
        throw new IllegalArgumentException(
            "trackColor \"" + cssColor + "\" is not a CSS3 colour name: use one such as \"teal\"");
      }
      trackColors.put(trackId, cssColor);
      return this;
    }

    /**
     * Chooses whether the event has its own all-day VEVENT that the sessions name in RELATED-TO.
     *
     * @param eventEntry true (the default) to write it
     * @return this builder
     */
    public Builder eventEntry(boolean eventEntry) {
      this.eventEntry = eventEntry;
      return this;
    }

    /**
     * Builds the exporter.
     *
     * @return a new exporter, not null
     */
    public FeedExporter build() {
      return new FeedExporter(this);
    }
  }
}
