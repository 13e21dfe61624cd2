package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/**
 * A series' window and caps: which occurrences a window admits (start at or after its start,
 * before its end, whatever the occurrence's length), for each kind of DTSTART (in a zone, in UTC,
 * floating, a DATE); when a series is said to go on after the window; the occurrence cap counted
 * with RDATEs; and a series in a zone only the calendar's VTIMEZONE defines.
 */
class RecurrenceWindowTest {
  private static final String HEAD =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Brussels\r\n";

  private static String calendar(String... lines) {
    return HEAD + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
  }

  /** A VEVENT at line 5, two hours from 10:00 on Monday 4 March 2024, with a start and rule. */
  private static String series(String start, String end, String rule, String... more) {
    StringBuilder text = new StringBuilder("BEGIN:VEVENT\r\nUID:training\r\n"
        + "DTSTAMP:20240101T000000Z\r\n" + start + "\r\n");
    if (!end.isEmpty()) {
      text.append(end).append("\r\n");
    }
    text.append("SUMMARY:Training\r\n").append(rule);
    for (String line : more) {
      text.append("\r\n").append(line);
    }
    return text.append("\r\nEND:VEVENT").toString();
  }

  private static final String ZONED = "DTSTART;TZID=Europe/Brussels:20240304T100000";
  private static final String ZONED_END = "DTEND;TZID=Europe/Brussels:20240304T120000";
  private static final String FLOATING = "DTSTART:20240304T100000";
  private static final String FLOATING_END = "DTEND:20240304T120000";
  private static final String UTC = "DTSTART:20240304T090000Z";
  private static final String UTC_END = "DTEND:20240304T110000Z";
  private static final String DAY = "DTSTART;VALUE=DATE:20240304";

  private static FeedImporter window(String from, String to) {
    return FeedImporter.builder().window(Instant.parse(from), Instant.parse(to)).build();
  }

  private static FeedImporter max(int occurrences) {
    return FeedImporter.builder().maxOccurrences(occurrences).build();
  }

  private static List<LocalDateTime> starts(ImportedCalendar calendar) {
    return calendar.getSessions().stream().map(Session::getStart).toList();
  }

  private static LocalDateTime march(int day, int hour) {
    return LocalDateTime.of(2024, 3, day, hour, 0);
  }

  private static String goesOn(String to, int imported) {
    return "line 5: the series \"training\" goes on after " + to + ": " + imported
        + " occurrences up to then are imported; set FeedImporter.Builder.window to see more";
  }

  private static String moreThan(int max, String from, String to) {
    return "line 5: the series \"training\" has more than " + max + " occurrences between "
        + from + " and " + to + ": only the first " + max + " are imported; raise"
        + " FeedImporter.Builder.maxOccurrences or narrow the window";
  }

  // the window's start: an occurrence that starts before it is left out even if it ends after

  @Test
  void aZonedOccurrenceRunningAtTheWindowStartIsLeftOut() {
    ImportedCalendar imported = window("2024-03-11T10:00:00Z", "2024-05-01T00:00:00Z")
        .read(calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=5")));
    assertEquals(List.of(march(18, 10), march(25, 10), LocalDateTime.of(2024, 4, 1, 10, 0)),
        starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void aUtcOccurrenceRunningAtTheWindowStartIsLeftOut() {
    ImportedCalendar imported = window("2024-03-11T10:00:00Z", "2024-05-01T00:00:00Z")
        .read(calendar(series(UTC, UTC_END, "RRULE:FREQ=WEEKLY;COUNT=3")));
    assertEquals(List.of(march(18, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void aFloatingOccurrenceRunningAtTheWindowStartIsLeftOut_readAsUtc() {
    ImportedCalendar imported = window("2024-03-11T11:00:00Z", "2024-05-01T00:00:00Z")
        .read(calendar(series(FLOATING, FLOATING_END, "RRULE:FREQ=WEEKLY;COUNT=3")));
    assertEquals(List.of(march(18, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void anAllDayOccurrenceOnTheWindowStartsDayIsLeftOutWhenTheWindowStartsAtNoon() {
    // a DATE starts at midnight, read as UTC like a floating time, as an RDATE's DATE is
    ImportedCalendar imported = window("2024-03-05T12:00:00Z", "2024-05-01T00:00:00Z")
        .read(calendar(series(DAY, "", "RRULE:FREQ=DAILY;COUNT=5")));
    assertEquals(List.of(march(6, 0), march(7, 0), march(8, 0)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void anAllDaySeriesCappedInAWindowStartingAtNoon_importsTheCapsCount_notOneLess() {
    // the rule's dates are asked from the window start's day, whose own occurrence the window
    // leaves out: it must not count towards the cap
    ImportedCalendar imported = FeedImporter.builder()
        .window(Instant.parse("2024-03-05T12:00:00Z"), Instant.parse("2024-05-01T00:00:00Z"))
        .maxOccurrences(3)
        .build()
        .read(calendar(series(DAY, "", "RRULE:FREQ=DAILY;COUNT=20")));
    assertEquals(List.of(march(6, 0), march(7, 0), march(8, 0)), starts(imported));
    assertEquals(List.of(moreThan(3, "2024-03-05T12:00:00Z", "2024-05-01T00:00:00Z")), imported.getWarnings());
  }

  @Test
  void anAllDayOccurrenceOnTheWindowEndsDayIsImportedWhenTheWindowEndsAtNoon() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-03-06T12:00:00Z")
        .read(calendar(series(DAY, "", "RRULE:FREQ=DAILY;COUNT=5")));
    assertEquals(List.of(march(4, 0), march(5, 0), march(6, 0)), starts(imported));
    assertEquals(List.of(goesOn("2024-03-06T12:00:00Z", 3)), imported.getWarnings());
  }

  @Test
  void anAllDayRdateAndAnAllDayRuleOccurrenceMeetTheSameWindow() {
    ImportedCalendar imported = window("2024-03-05T12:00:00Z", "2024-05-01T00:00:00Z")
        .read(calendar(series(DAY, "", "RRULE:FREQ=WEEKLY;COUNT=2",
            "RDATE;VALUE=DATE:20240305,20240306")));
    assertEquals(List.of(march(6, 0), march(11, 0)), starts(imported));
  }

  @Test
  void anOccurrenceStartingExactlyAtTheWindowStartIsImported() {
    ImportedCalendar imported = window("2024-03-11T09:00:00Z", "2024-05-01T00:00:00Z")
        .read(calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=3")));
    assertEquals(List.of(march(11, 10), march(18, 10)), starts(imported));
  }

  @Test
  void aFloatingOccurrenceStartingExactlyAtTheWindowStartIsImported() {
    ImportedCalendar imported = window("2024-03-11T10:00:00Z", "2024-05-01T00:00:00Z")
        .read(calendar(series(FLOATING, FLOATING_END, "RRULE:FREQ=WEEKLY;COUNT=3")));
    assertEquals(List.of(march(11, 10), march(18, 10)), starts(imported));
  }

  // the window's end is exclusive

  @Test
  void anOccurrenceStartingExactlyAtTheWindowEndIsLeftOutAndTheSeriesGoesOn() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-03-18T09:00:00Z")
        .read(calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=5")));
    assertEquals(List.of(march(4, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(goesOn("2024-03-18T09:00:00Z", 2)), imported.getWarnings());
  }

  @Test
  void aFloatingOccurrenceStartingExactlyAtTheWindowEndIsLeftOut() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-03-18T10:00:00Z")
        .read(calendar(series(FLOATING, FLOATING_END, "RRULE:FREQ=WEEKLY;COUNT=5")));
    assertEquals(List.of(march(4, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(goesOn("2024-03-18T10:00:00Z", 2)), imported.getWarnings());
  }

  // whether a series goes on after the window

  @Test
  void aCountThatEndsInsideTheWindowGivesNoWarning() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")
        .read(calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=4")));
    assertEquals(List.of(march(4, 10), march(11, 10), march(18, 10), march(25, 10)),
        starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void aCountThatGoesPastTheWindowIsSaidToGoOn() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")
        .read(calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=10")));
    assertEquals(4, imported.getSessions().size());
    assertEquals(List.of(goesOn("2024-04-01T00:00:00Z", 4)), imported.getWarnings());
  }

  @Test
  void aSeriesOfOneOccurrenceDoesNotGoOn() {
    ImportedCalendar imported = FeedImporter.builder().build()
        .read(calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=1")));
    assertEquals(List.of(march(4, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void anUntilInsideTheWindowGivesNoWarning() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z").read(
        calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;UNTIL=20240318T090000Z")));
    assertEquals(List.of(march(4, 10), march(11, 10), march(18, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void anUntilAfterTheWindowIsSaidToGoOn() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z").read(
        calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;UNTIL=20240318T090000Z")));
    assertEquals(List.of(march(4, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(goesOn("2024-03-15T00:00:00Z", 2)), imported.getWarnings());
  }

  @Test
  void aFloatingUntilIsReadAsWallClockTime() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z").read(
        calendar(series(FLOATING, FLOATING_END, "RRULE:FREQ=WEEKLY;UNTIL=20240318T100000")));
    assertEquals(List.of(march(4, 10), march(11, 10), march(18, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void anAllDayUntilIsADate() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")
        .read(calendar(series(DAY, "", "RRULE:FREQ=DAILY;UNTIL=20240306")));
    assertEquals(List.of(march(4, 0), march(5, 0), march(6, 0)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  // the occurrence cap

  @Test
  void exactlyAsManyOccurrencesAsTheCapAreAllImportedWithoutWarning() {
    ImportedCalendar imported =
        max(5).read(calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=5")));
    assertEquals(5, imported.getSessions().size());
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void anEndlessFloatingSeriesIsCutAtTheCap() {
    ImportedCalendar imported =
        max(3).read(calendar(series(FLOATING, FLOATING_END, "RRULE:FREQ=DAILY")));
    assertEquals(List.of(march(4, 10), march(5, 10), march(6, 10)), starts(imported));
    assertEquals(List.of(moreThan(3, "2024-03-03T10:00:00Z", "2025-03-05T10:00:00Z")),
        imported.getWarnings());
  }

  @Test
  void anEndlessUtcSeriesIsCutAtTheCap() {
    ImportedCalendar imported = FeedImporter.builder().maxOccurrences(3).zone(ZoneOffset.UTC)
        .build().read(calendar(series(UTC, UTC_END, "RRULE:FREQ=DAILY")));
    assertEquals(List.of(march(4, 9), march(5, 9), march(6, 9)), starts(imported));
    assertEquals(List.of(moreThan(3, "2024-03-03T09:00:00Z", "2025-03-05T09:00:00Z")),
        imported.getWarnings());
  }

  @Test
  void anEndlessAllDaySeriesIsCutAtTheCap() {
    ImportedCalendar imported = max(3).read(calendar(series(DAY, "", "RRULE:FREQ=DAILY")));
    assertEquals(List.of(march(4, 0), march(5, 0), march(6, 0)), starts(imported));
    assertEquals(List.of(moreThan(3, "2024-03-03T00:00:00Z", "2025-03-05T00:00:00Z")),
        imported.getWarnings());
  }

  @Test
  void anEndlessZonedSeriesIsCutAtTheCap() {
    ImportedCalendar imported = max(3).read(calendar(series(ZONED, ZONED_END, "RRULE:FREQ=DAILY")));
    assertEquals(List.of(march(4, 10), march(5, 10), march(6, 10)), starts(imported));
    assertEquals(List.of(moreThan(3, "2024-03-03T09:00:00Z", "2025-03-05T09:00:00Z")),
        imported.getWarnings());
  }

  @Test
  void rdatesCountTowardsTheCap() {
    ImportedCalendar imported = max(3).read(calendar(series(ZONED, ZONED_END,
        "RRULE:FREQ=WEEKLY;COUNT=3", "RDATE;TZID=Europe/Brussels:20240306T100000")));
    assertEquals(List.of(march(4, 10), march(6, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(moreThan(3, "2024-03-03T09:00:00Z", "2025-03-05T09:00:00Z")),
        imported.getWarnings());
  }

  @Test
  void rdatesThatBringTheSeriesExactlyToTheCapGiveNoWarning() {
    ImportedCalendar imported = max(3).read(calendar(series(ZONED, ZONED_END,
        "RRULE:FREQ=WEEKLY;COUNT=2", "RDATE;TZID=Europe/Brussels:20240306T100000")));
    assertEquals(List.of(march(4, 10), march(6, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  // RDATEs against the window, the rule and the EXDATEs

  @Test
  void anRdateAfterTheWindowMakesTheSeriesGoOn() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z").read(
        calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=2",
            "RDATE;TZID=Europe/Brussels:20240601T100000")));
    assertEquals(List.of(march(4, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(goesOn("2024-04-01T00:00:00Z", 2)), imported.getWarnings());
  }

  @Test
  void anRdateExactlyAtTheWindowEndMakesTheSeriesGoOn() {
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-03-06T09:00:00Z").read(
        calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=1",
            "RDATE;TZID=Europe/Brussels:20240306T100000")));
    assertEquals(List.of(march(4, 10)), starts(imported));
    assertEquals(List.of(goesOn("2024-03-06T09:00:00Z", 1)), imported.getWarnings());
  }

  @Test
  void anRdateBeforeTheWindowIsLeftOutAndOneAtItsStartIsImported() {
    ImportedCalendar imported = window("2024-03-06T09:00:00Z", "2024-04-01T00:00:00Z").read(
        calendar(series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=2",
            "RDATE;TZID=Europe/Brussels:20240305T100000,20240306T100000")));
    assertEquals(List.of(march(6, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void anRdateOnAnOccurrenceOfTheRuleIsImportedOnce() {
    ImportedCalendar imported = FeedImporter.builder().build().read(calendar(series(ZONED,
        ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=2", "RDATE;TZID=Europe/Brussels:20240311T100000")));
    assertEquals(List.of(march(4, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void anExdateRemovesAnRdate() {
    ImportedCalendar imported = FeedImporter.builder().build().read(calendar(series(ZONED,
        ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=2", "RDATE;TZID=Europe/Brussels:20240306T100000",
        "EXDATE;TZID=Europe/Brussels:20240306T100000")));
    assertEquals(List.of(march(4, 10), march(11, 10)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  // a zone only the calendar defines

  private static final String OFFICE = String.join("\r\n", "BEGIN:VTIMEZONE",
      "TZID:Office Time", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0300",
      "TZOFFSETTO:+0300", "TZNAME:OT", "END:STANDARD", "END:VTIMEZONE");

  @Test
  void aSeriesInAZoneOnlyItsVtimezoneDefinesIsExpandedInThatZone() {
    ImportedCalendar imported = FeedImporter.builder().zone(ZoneOffset.UTC).build().read(
        calendar(OFFICE, series("DTSTART;TZID=Office Time:20240304T100000",
            "DTEND;TZID=Office Time:20240304T120000", "RRULE:FREQ=WEEKLY;COUNT=3")));
    assertEquals(List.of("training#20240304T070000Z", "training#20240311T070000Z",
        "training#20240318T070000Z"),
        imported.getSessions().stream().map(Session::getId).toList());
    assertEquals(List.of(march(4, 7), march(11, 7), march(18, 7)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void aSeriesInAZoneOnlyItsVtimezoneDefinesMeetsTheWindowByItsInstants() {
    // 10:00 Office Time is 07:00 UTC: read as a floating 10:00 the 11 March one would fall out
    String nameless = String.join("\r\n", "BEGIN:VTIMEZONE", "BEGIN:STANDARD",
        "DTSTART:19700101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD",
        "END:VTIMEZONE");
    ImportedCalendar imported = window("2024-03-01T00:00:00Z", "2024-03-11T08:00:00Z").read(
        calendar(nameless, OFFICE, series("DTSTART;TZID=Office Time:20240304T100000",
            "DTEND;TZID=Office Time:20240304T120000", "RRULE:FREQ=WEEKLY;COUNT=3")));
    assertEquals(List.of("training#20240304T070000Z", "training#20240311T070000Z"),
        imported.getSessions().stream().map(Session::getId).toList());
  }

  @Test
  void aSeriesInAJavaZoneIgnoresAnotherVtimezoneOfTheCalendar() {
    String broken = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:Unused", "BEGIN:STANDARD",
        "DTSTART:19700101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:garbage", "END:STANDARD",
        "END:VTIMEZONE");
    ImportedCalendar imported = FeedImporter.builder().build().read(
        calendar(broken, series(ZONED, ZONED_END, "RRULE:FREQ=WEEKLY;COUNT=3")));
    assertEquals(List.of(march(4, 10), march(11, 10), march(18, 10)), starts(imported));
  }

  @Test
  void aSeriesInAnUndefinedZoneIsExpandedAsWallClockTime() {
    ImportedCalendar imported = FeedImporter.builder().build().read(calendar(series(
        "DTSTART;TZID=Nowhere:20240304T100000", "DTEND;TZID=Nowhere:20240304T120000",
        "RRULE:FREQ=WEEKLY;COUNT=3")));
    assertEquals(List.of(march(4, 10), march(11, 10), march(18, 10)), starts(imported));
  }
}
