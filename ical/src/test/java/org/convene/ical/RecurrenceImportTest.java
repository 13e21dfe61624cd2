package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/**
 * Recurring VEVENTs become one session per occurrence, through ical4j's recurrence engine, with
 * exclusions and overrides applied (issue 9: a weekly series with COUNT=5 imported as one).
 */
class RecurrenceImportTest {
  private static final FeedImporter IMPORTER = FeedImporter.builder().build();

  private static String calendar(String... lines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Brussels\r\n"
        + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
  }

  private static final String WEEKLY = String.join("\r\n", "BEGIN:VEVENT", "UID:training",
      "DTSTAMP:20240101T000000Z", "DTSTART;TZID=Europe/Brussels:20240304T100000",
      "DTEND;TZID=Europe/Brussels:20240304T120000", "SUMMARY:Weekly training",
      "RRULE:FREQ=WEEKLY;COUNT=5", "END:VEVENT");

  private static List<LocalDateTime> starts(ImportedCalendar calendar) {
    return calendar.getSessions().stream().map(Session::getStart).toList();
  }

  @Test
  void aWeeklySeriesWithCount5GivesFiveSessionsWithNoOptionSet() {
    ImportedCalendar imported = IMPORTER.read(calendar(WEEKLY));
    assertEquals(List.of(LocalDateTime.of(2024, 3, 4, 10, 0), LocalDateTime.of(2024, 3, 11, 10, 0),
        LocalDateTime.of(2024, 3, 18, 10, 0), LocalDateTime.of(2024, 3, 25, 10, 0),
        LocalDateTime.of(2024, 4, 1, 10, 0)), starts(imported));
    assertEquals(List.of(), imported.getWarnings());
  }

  @Test
  void eachOccurrenceKeepsTheDurationAcrossTheDaylightSavingChange() {
    Session afterChange = IMPORTER.read(calendar(WEEKLY)).getSessions().get(4);
    assertEquals(Optional.of(LocalDateTime.of(2024, 4, 1, 12, 0)), afterChange.getEnd());
  }

  @Test
  void occurrenceIdsComeFromTheUidAndTheOccurrencesStartInUtc() {
    assertEquals(List.of("training#20240304T090000Z", "training#20240311T090000Z",
        "training#20240318T090000Z", "training#20240325T090000Z", "training#20240401T080000Z"),
        IMPORTER.read(calendar(WEEKLY)).getSessions().stream().map(Session::getId).toList());
  }

  @Test
  void anExdateRemovesTheFirstOccurrence() {
    String excluded = WEEKLY.replace("RRULE:FREQ=WEEKLY;COUNT=5",
        "RRULE:FREQ=WEEKLY;COUNT=5\r\nEXDATE;TZID=Europe/Brussels:20240304T100000");
    List<LocalDateTime> starts = starts(IMPORTER.read(calendar(excluded)));
    assertEquals(4, starts.size());
    assertEquals(LocalDateTime.of(2024, 3, 11, 10, 0), starts.get(0));
  }

  @Test
  void anOverrideThatMovesTheFirstOccurrenceReplacesIt() {
    String moved = String.join("\r\n", "BEGIN:VEVENT", "UID:training", "DTSTAMP:20240101T000000Z",
        "RECURRENCE-ID;TZID=Europe/Brussels:20240304T100000",
        "DTSTART;TZID=Europe/Brussels:20240305T140000",
        "DTEND;TZID=Europe/Brussels:20240305T160000", "SUMMARY:Weekly training (moved)",
        "END:VEVENT");
    List<Session> sessions = IMPORTER.read(calendar(WEEKLY, moved)).getSessions();
    assertEquals(5, sessions.size());
    Session override = sessions.get(4);
    assertEquals("training#20240304T090000Z", override.getId());
    assertEquals(LocalDateTime.of(2024, 3, 5, 14, 0), override.getStart());
    assertTrue(sessions.stream().noneMatch(s -> s.getStart().equals(
        LocalDateTime.of(2024, 3, 4, 10, 0))), "the moved occurrence is not also imported");
  }

  @Test
  void anRdateAddsAnOccurrence() {
    String added = WEEKLY.replace("RRULE:FREQ=WEEKLY;COUNT=5",
        "RRULE:FREQ=WEEKLY;COUNT=5\r\nRDATE;TZID=Europe/Brussels:20240306T100000");
    List<LocalDateTime> starts = starts(IMPORTER.read(calendar(added)));
    assertEquals(6, starts.size());
    assertEquals(LocalDateTime.of(2024, 3, 6, 10, 0), starts.get(1));
  }

  @Test
  void anUnboundedSeriesIsCutAtTheWindowWithAWarning() {
    String forever = WEEKLY.replace(";COUNT=5", "");
    FeedImporter march = FeedImporter.builder().window(Instant.parse("2024-03-01T00:00:00Z"),
        Instant.parse("2024-04-01T00:00:00Z")).build();
    ImportedCalendar imported = march.read(calendar(forever));
    assertEquals(4, imported.getSessions().size());
    assertEquals(1, imported.getWarnings().size());
    assertTrue(imported.getWarnings().get(0).startsWith("line 5: the series \"training\" goes on"
        + " after 2024-04-01T00:00:00Z: 4 occurrences up to then are imported"),
        imported.getWarnings().get(0));
  }

  @Test
  void anUnboundedSeriesWithNoOptionSetGivesAYearOfOccurrencesAndAWarning() {
    ImportedCalendar imported = IMPORTER.read(calendar(WEEKLY.replace(";COUNT=5", "")));
    assertEquals(53, imported.getSessions().size());
    assertTrue(imported.getWarnings().get(0).contains("goes on after"), imported.getWarnings().toString());
  }

  @Test
  void moreOccurrencesThanTheCountAreCutWithAWarning() {
    FeedImporter three = FeedImporter.builder().maxOccurrences(3).build();
    ImportedCalendar imported = three.read(calendar(WEEKLY));
    assertEquals(3, imported.getSessions().size());
    assertTrue(imported.getWarnings().get(0).contains("has more than 3 occurrences"),
        imported.getWarnings().toString());
  }

  @Test
  void anAllDaySeriesGivesOneWholeDayPerOccurrence() {
    String daily = String.join("\r\n", "BEGIN:VEVENT", "UID:days", "DTSTAMP:20240101T000000Z",
        "DTSTART;VALUE=DATE:20240304", "RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:Days", "END:VEVENT");
    List<Session> sessions = IMPORTER.read(calendar(daily)).getSessions();
    assertEquals(List.of("days#20240304", "days#20240305", "days#20240306"),
        sessions.stream().map(Session::getId).toList());
    assertEquals(Optional.of(LocalDateTime.of(2024, 3, 7, 0, 0)), sessions.get(2).getEnd());
  }

  @Test
  void aRecurrenceIcal4jCannotExpandKeepsItsFirstOccurrenceWithAWarning() {
    ImportedCalendar imported =
        IMPORTER.read(calendar(WEEKLY.replace("FREQ=WEEKLY;COUNT=5", "FREQ=SOMETIMES")));
    assertEquals(1, imported.getSessions().size());
    assertTrue(imported.getWarnings().get(0).contains("is not expanded"),
        imported.getWarnings().toString());
  }

  @Test
  void anRdatePeriodInAnotherZoneIsPlacedByItsOwnTzid() {
    // 12:00 in Berlin is 10:00 UTC, whatever the series' own zone
    String other = WEEKLY.replace("RRULE:FREQ=WEEKLY;COUNT=5",
        "RDATE;VALUE=PERIOD;TZID=Europe/Berlin:20240913T120000/PT2H");
    List<Session> sessions = FeedImporter.builder().zone(java.time.ZoneOffset.UTC).build()
        .read(calendar(other)).getSessions();
    assertEquals(List.of("training#20240304T090000Z", "training#20240913T100000Z"),
        sessions.stream().map(Session::getId).toList());
  }

  @Test
  void aMalformedRdateValueIsIgnoredWithAWarning_theFileStillImports() {
    ImportedCalendar imported = IMPORTER.read(calendar(WEEKLY.replace("RRULE:FREQ=WEEKLY;COUNT=5",
        "RDATE:20131210Z")));
    assertEquals(1, imported.getSessions().size());
    assertEquals(List.of("line 11: RDATE value \"20131210Z\" ignored: it is not a DATE or"
        + " DATE-TIME"), imported.getWarnings());
  }

  @Test
  void aSecondlySeriesWithoutEndStopsAtTheCountWithoutExpandingTheYear() {
    String secondly = WEEKLY.replace("RRULE:FREQ=WEEKLY;COUNT=5", "RRULE:FREQ=SECONDLY");
    ImportedCalendar imported = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> IMPORTER.read(calendar(secondly)));
    assertEquals(1000, imported.getSessions().size());
    assertEquals(LocalDateTime.of(2024, 3, 4, 10, 16, 39),
        imported.getSessions().get(999).getStart());
    assertTrue(imported.getWarnings().get(0).contains("has more than 1000 occurrences"),
        imported.getWarnings().toString());
  }
}
