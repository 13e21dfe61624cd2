package org.convene.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.convene.AgendaItem;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;
import org.convene.ical.Feed;
import org.convene.ical.FeedExporter;
import org.convene.ical.FeedImporter;
import org.convene.ical.ImportedCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export and import of a 10 000-session event: Convene's own writer and reader against ical4j's
 * {@link CalendarOutputter} and relaxed {@link CalendarBuilder} on the same calendar, in the same
 * run.
 *
 * <p>The event is the seed event's venue and text style scaled up: 10 tracks of 1 000 sessions,
 * 10 a day over 100 days in Europe/Brussels (so the VTIMEZONE has transitions), with non-ASCII
 * titles, descriptions and nested agendas.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IcalBenchmark {
  private FeedExporter exporter;
  private FeedImporter importer;
  private Feed feed;
  private Calendar calendar;
  private String text;

  /** Builds the event, its feed text and ical4j's model of that same text. */
  @Setup
  public void setUp() throws IOException, ParserException {
    exporter =
        FeedExporter.builder(Clock.fixed(Instant.parse("2023-11-30T08:00:00Z"), ZoneOffset.UTC))
            .build();
    importer = FeedImporter.builder().build();
    feed = Feed.of(event(10, 100, 10));
    text = exporter.export(feed);
    calendar = exporter.toCalendar(feed);
  }

  /** An event of {@code tracks * days * perDay} sessions. */
  static Event event(int tracks, int days, int perDay) {
    Event seed = SeedEvent.event();
    LocalDate first = LocalDate.of(2024, 1, 8);
    List<Track> list = new ArrayList<>();
    for (int t = 0; t < tracks; t++) {
      List<Session> sessions = new ArrayList<>();
      for (int d = 0; d < days; d++) {
        for (int s = 0; s < perDay; s++) {
          LocalDateTime start = first.plusDays(d).atTime(8 + s, 0);
          sessions.add(new Session.Builder()
              .id("t" + t + "-d" + d + "-s" + s)
              .title("Séance " + s + " : Introduction to the OOTS Common Services, part " + d)
              .description("Hands on walk through for evidence requesters; linking MS procedures"
                  + " to procedural requirements, at Place Stéphanie.")
              .kind(SessionKind.values()[s % SessionKind.values().length])
              .start(start)
              .end(start.plusMinutes(50))
              .room("Room " + t)
              .addAgenda(AgendaItem.of("Access Management", "Evidence Mapper",
                  "Semantic Repository"))
              .build());
        }
      }
      list.add(new Track.Builder().id("track-" + t).title("Track " + t + " – readiness checks")
          .sessions(sessions).build());
    }
    return new Event.Builder().from(seed).id("bench").zone(ZoneId.of("Europe/Brussels"))
        .attendanceMode(AttendanceMode.IN_PERSON).startDate(first)
        .endDate(first.plusDays(days - 1)).tracks(list).build();
  }

  /**
   * Convene: the whole way from the event to the text.
   *
   * @return the text
   */
  @Benchmark
  public String exportConvene() {
    return exporter.export(feed);
  }

  /**
   * ical4j: its outputter on the same calendar, already built (validation off).
   *
   * @return the text
   * @throws IOException never
   */
  @Benchmark
  public String exportIcal4jOutputter() throws IOException {
    StringWriter out = new StringWriter(text.length());
    new CalendarOutputter(false).output(calendar, out);
    return out.toString();
  }

  /**
   * Convene: the text to sessions.
   *
   * @return the imported calendar
   */
  @Benchmark
  public ImportedCalendar importConvene() {
    return importer.read(text);
  }

  /**
   * ical4j: the relaxed builder without global settings, one builder per parse, on the same text.
   *
   * @return ical4j's calendar
   * @throws IOException never
   * @throws ParserException never
   */
  @Benchmark
  public Calendar importIcal4jBuilder() throws IOException, ParserException {
    CalendarBuilder builder = new CalendarBuilder(new CalendarParserImpl(true),
        new ContentHandlerContext().withSuppressInvalidProperties(true),
        TimeZoneRegistryFactory.getInstance().createRegistry());
    return builder.build(new UnfoldingReader(new StringReader(text), true));
  }
}
