package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import org.convene.Session;
import org.convene.SharedFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares Convene's importer with ical4j on every file of the shared corpus that both accept:
 * the start instants of every occurrence in a window, recurrences expanded and overrides
 * applied. ical4j's side is computed here from its own model (its recurrence sets, its reading
 * of each DTSTART, its VTIMEZONEs); Convene's is what {@link FeedImporter} returns in UTC. A file
 * whose starts differ must be in {@link #ALLOWED}, with the reason; an allowed file whose starts
 * now agree fails too, so that the list stays true.
 */
class Ical4jComparisonTest {
  private static final Instant FROM = Instant.parse("1990-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2030-01-01T00:00:00Z");
  private static final FeedImporter IMPORTER = FeedImporter.builder().zone(ZoneOffset.UTC)
      .window(FROM, TO).maxOccurrences(100_000).build();

  private static final String RDATE_PERIOD_FLOATING = "ical4j's bug: it returns an RDATE"
      + " VALUE=PERIOD with a TZID as a floating time, and its recurrence set then holds the"
      + " wall-clock time as if it were UTC; Convene places the RDATE in its TZID";
  private static final String TZID_PATH = "ical4j's bug: it parses the file but throws on a DTSTART"
      + " whose TZID is a path (/.../Europe/Berlin); Convene reads the zone at the path's end";
  private static final String TZID_UNDEFINED = "ical4j throws on a DTSTART whose TZID no"
      + " VTIMEZONE defines and Java does not know; Convene reads it as wall-clock time in the"
      + " calendar's zone, with a warning";
  private static final String VALUE_TIME = "ical4j throws on RDATE;VALUE=TIME (RFC 5545 has no"
      + " TIME value); Convene ignores those values with a warning";

  /** Files whose starts differ from ical4j's, or that ical4j cannot interpret, and why. */
  static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("icalendar/src/icalendar/tests/calendars/issue_722_missing_timezones.ics",
          RDATE_PERIOD_FLOATING),
      Map.entry("icalendar/src/icalendar/tests/calendars/period_with_timezone.ics",
          RDATE_PERIOD_FLOATING),
      Map.entry("icalendar/src/icalendar/tests/calendars/rfc_7265_appendix_example_2_ical.ics",
          RDATE_PERIOD_FLOATING),
      Map.entry("icalendar/src/icalendar/tests/calendars/issue_313_globally_unique_tzid.ics",
          TZID_PATH),
      Map.entry("icalendar/src/icalendar/tests/calendars/issue_466_convert_tzid_with_slash.ics",
          TZID_PATH),
      Map.entry(
          "icalendar/src/icalendar/tests/calendars/issue_526_calendar_with_different_events.ics",
          TZID_UNDEFINED),
      Map.entry("icalendar/src/icalendar/tests/calendars/issue_526_calendar_with_event_subset.ics",
          TZID_UNDEFINED),
      Map.entry("icalendar/src/icalendar/tests/calendars/issue_526_calendar_with_events.ics",
          TZID_UNDEFINED),
      Map.entry(
          "icalendar/src/icalendar/tests/calendars/issue_526_calendar_with_shuffeled_events.ics",
          TZID_UNDEFINED),
      Map.entry("icalendar/src/icalendar/tests/calendars/issue_722_missing_VTIMEZONE_custom.ics",
          TZID_UNDEFINED),
      Map.entry("icalendar/src/icalendar/tests/calendars/multiple_timezones.ics", VALUE_TIME));

  /** What one side made of a file: the sorted start instants in the window. */
  private static List<Instant> convene(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return IMPORTER.read(in).getSessions().stream()
          .map(s -> s.getStart().toInstant(ZoneOffset.UTC))
          .filter(Ical4jComparisonTest::inWindow).sorted().collect(Collectors.toList());
    }
  }

  private static boolean inWindow(Instant instant) {
    return !instant.isBefore(FROM) && instant.isBefore(TO);
  }

  static Optional<Calendar> ical4j(Path file) {
    try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
        .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      return Optional.of(new CalendarBuilder(new CalendarParserImpl(),
          new ContentHandlerContext().withSuppressInvalidProperties(true),
          TimeZoneRegistryFactory.getInstance().createRegistry())
          .build(new UnfoldingReader(in, true)));
    } catch (Exception | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** A start as ical4j holds it, as an instant: floating times and dates read as UTC. */
  static Instant instant(Temporal start) {
    if (start instanceof ZonedDateTime || start instanceof OffsetDateTime
        || start instanceof Instant) {
      return Instant.from(start);
    }
    if (start instanceof LocalDate) {
      return ((LocalDate) start).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return LocalDateTime.from(start).toInstant(ZoneOffset.UTC);
  }

  /** ical4j's starts: each master's recurrence set, overrides replacing what they name. */
  @SuppressWarnings("unchecked")
  private static List<Instant> ical4jStarts(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    Map<String, Set<Instant>> overridden = new HashMap<>();
    for (VEvent event : events) {
      if (event.getRecurrenceId() != null && event.getUid().isPresent()) {
        overridden.computeIfAbsent(event.getUid().get().getValue().trim(), u -> new HashSet<>())
            .add(instant(event.getRecurrenceId().getDate()));
      }
    }
    List<Instant> starts = new ArrayList<>();
    Period<ZonedDateTime> window =
        new Period<>(FROM.atZone(ZoneOffset.UTC), TO.atZone(ZoneOffset.UTC));
    for (VEvent event : events) {
      if (event.getDateTimeStart() == null || event.getDateTimeStart().getDate() == null) {
        continue;
      }
      Instant start = instant(event.getDateTimeStart().getDate());
      boolean recurs = !event.getProperties("RRULE").isEmpty()
          || !event.getProperties("RDATE").isEmpty();
      if (event.getRecurrenceId() != null || !recurs) {
        starts.add(start);
        continue;
      }
      Set<Instant> skip = event.getUid()
          .map(u -> overridden.getOrDefault(u.getValue().trim(), Set.of())).orElse(Set.of());
      for (Object period : event.calculateRecurrenceSet(window)) {
        Instant occurrence = instant(((Period<Temporal>) period).getStart());
        if (!skip.contains(occurrence)) {
          starts.add(occurrence);
        }
      }
    }
    return starts.stream().filter(Ical4jComparisonTest::inWindow).sorted()
        .collect(Collectors.toList());
  }

  private static List<String> files() throws IOException {
    Path corpus = CorpusTest.corpus();
    List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank())
        .map(l -> l.split("\t")[0]).collect(Collectors.toList());
  }

  /** The outcome of one file: compared, agreed or not, or why it was not compared. */
  static String compare(Path file) throws IOException {
    Optional<Calendar> theirs = ical4j(file);
    if (theirs.isEmpty()) {
      return "ical4j refuses";
    }
    List<Instant> ours;
    try {
      ours = convene(file);
    } catch (CalendarFormatException e) {
      return "Convene refuses";
    }
    List<Instant> expected;
    try {
      expected = ical4jStarts(theirs.get());
    } catch (RuntimeException | StackOverflowError e) {
      return "ical4j cannot expand: " + e;
    }
    return ours.equals(expected) ? "agree " + ours.size()
        : "differ: Convene " + ours.size() + ", ical4j " + expected.size() + ", only Convene "
            + minus(ours, expected) + ", only ical4j " + minus(expected, ours);
  }

  private static List<Instant> minus(List<Instant> a, List<Instant> b) {
    List<Instant> rest = new ArrayList<>(a);
    for (Instant i : b) {
      rest.remove(i);
    }
    return rest.size() > 5 ? rest.subList(0, 5) : rest;
  }

  @TestFactory
  Stream<DynamicTest> everyFileBothAcceptGivesIcal4jsStarts() throws IOException {
    Path corpus = CorpusTest.corpus();
    return files().stream().map(path -> DynamicTest.dynamicTest(path, () -> {
      String outcome = compare(corpus.resolve(path));
      if (outcome.startsWith("differ") || outcome.startsWith("ical4j cannot expand")) {
        assertTrue(ALLOWED.containsKey(path), path + ": " + outcome);
      } else {
        assertTrue(!ALLOWED.containsKey(path), path + " is allowed to differ but now: " + outcome
            + "; take it off the list");
      }
    }));
  }

  /** The figures the README states: how many files compare, and how. */
  @Test
  void theReadmeFiguresHold() throws IOException {
    Path corpus = CorpusTest.corpus();
    Map<String, Integer> counts = new java.util.TreeMap<>();
    int occurrences = 0;
    for (String path : files()) {
      String outcome = compare(corpus.resolve(path));
      if (outcome.startsWith("agree ")) {
        occurrences += Integer.parseInt(outcome.substring("agree ".length()));
      }
      counts.merge(outcome.startsWith("agree") ? "agree"
          : outcome.startsWith("differ") ? "differ, allowed"
          : outcome.startsWith("ical4j cannot expand") ? "ical4j cannot interpret, allowed"
          : outcome, 1, Integer::sum);
    }
    assertEquals(Map.of("agree", 130, "differ, allowed", 3, "ical4j cannot interpret, allowed", 8,
        "Convene refuses", 8, "ical4j refuses", 95), counts);
    assertEquals(OCCURRENCES, occurrences, "start instants compared in the files that agree");
  }

  /** Start instants that agree with ical4j's, across the corpus, in the window. */
  private static final int OCCURRENCES = 19_470;
}
