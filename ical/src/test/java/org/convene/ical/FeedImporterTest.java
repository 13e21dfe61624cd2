package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.convene.Session;
import org.convene.SessionKind;
import org.junit.jupiter.api.Test;

/** The importer's mapping of foreign calendars, and its answers to broken or hostile input. */
class FeedImporterTest {
  private static final FeedImporter IMPORTER = FeedImporter.builder().build();

  private static String calendar(String... veventLines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Brussels\r\n"
        + "BEGIN:VEVENT\r\nUID:u1\r\nDTSTAMP:20231201T000000Z\r\n"
        + String.join("\r\n", veventLines) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  }

  private static Session only(String ics) {
    List<Session> sessions = IMPORTER.read(ics).getSessions();
    assertEquals(1, sessions.size());
    return sessions.get(0);
  }

  @Test
  void aUtcTimeIsConvertedIntoTheCalendarsZone() {
    Session session = only(calendar("DTSTART:20231211T093000Z", "SUMMARY:Intro"));
    assertEquals(LocalDateTime.of(2023, 12, 11, 10, 30), session.getStart());
  }

  @Test
  void aFloatingTimeIsTakenAsItStands() {
    assertEquals(LocalDateTime.of(2023, 12, 11, 9, 30),
        only(calendar("DTSTART:20231211T093000")).getStart());
  }

  @Test
  void aTzidWithoutItsVtimezoneIsResolvedAsAJavaZone() {
    Session session = only(calendar("DTSTART;TZID=Europe/London:20231211T093000"));
    assertEquals(LocalDateTime.of(2023, 12, 11, 10, 30), session.getStart());
  }

  @Test
  void aMozillaStyleTzidPathEndsInAZone() {
    Session session =
        only(calendar("DTSTART;TZID=/mozilla.org/20070129_1/Europe/London:20231211T093000"));
    assertEquals(LocalDateTime.of(2023, 12, 11, 10, 30), session.getStart());
  }

  @Test
  void anUnknownTzidIsTakenAsFloating() {
    assertEquals(LocalDateTime.of(2023, 12, 11, 9, 30),
        only(calendar("DTSTART;TZID=Somewhere Else:20231211T093000")).getStart());
  }

  @Test
  void anAllDayEventRunsFromMidnightToTheMidnightAfterItsLastDay() {
    Session session = only(calendar("DTSTART;VALUE=DATE:20231211", "DTEND;VALUE=DATE:20231213"));
    assertEquals(LocalDateTime.of(2023, 12, 11, 0, 0), session.getStart());
    assertEquals(Optional.of(LocalDateTime.of(2023, 12, 13, 0, 0)), session.getEnd());
  }

  @Test
  void anAllDayEventWithoutEndLastsOneDay() {
    assertEquals(Optional.of(LocalDateTime.of(2023, 12, 12, 0, 0)),
        only(calendar("DTSTART;VALUE=DATE:20231211")).getEnd());
  }

  @Test
  void durationGivesTheEnd() {
    assertEquals(Optional.of(LocalDateTime.of(2023, 12, 11, 11, 0)),
        only(calendar("DTSTART:20231211T093000", "DURATION:PT1H30M")).getEnd());
  }

  @Test
  void aTimedEventWithoutEndOrDurationIsOpenEnded() {
    assertTrue(only(calendar("DTSTART:20231211T180000")).isOpenEnded());
  }

  @Test
  void foreignTextPropertiesMapToTheSession() {
    Session session = only(calendar("DTSTART:20231211T093000", "SUMMARY:Coffee\\, tea",
        "DESCRIPTION:Line one\\nLine two", "LOCATION:Comet Louise", "GEO:50.83;4.36",
        "CATEGORIES:Food,Break"));
    assertEquals("u1", session.getId());
    assertEquals("Coffee, tea", session.getTitle());
    assertEquals(Optional.of("Line one\nLine two"), session.getDescription());
    assertEquals("Comet Louise", session.getLocation().orElseThrow().getName());
    assertEquals(50.83, session.getLocation().orElseThrow().getGeo().orElseThrow().getLatitude());
    assertEquals(SessionKind.BREAK, session.getKind());
  }

  @Test
  void lfOnlyLineBreaksAreAccepted() {
    Session session = only(calendar("DTSTART:20231211T093000", "SUMMARY:Folded", " title")
        .replace("\r\n", "\n"));
    assertEquals("Foldedtitle", session.getTitle());
  }

  @Test
  void theCalendarsZoneComesFromXWrTimezone() {
    assertEquals(ZoneId.of("Europe/Brussels"),
        IMPORTER.read(calendar("DTSTART:20231211T093000")).getZone());
  }

  @Test
  void aVeventWithoutDtstartIsSkippedWithAWarningNamingItsLine() {
    ImportedCalendar calendar = IMPORTER.read(calendar("SUMMARY:No start"));
    assertEquals(List.of(), calendar.getSessions());
    assertTrue(calendar.getWarnings().get(0).startsWith("line 5: VEVENT skipped"),
        calendar.getWarnings().toString());
  }

  @Test
  void aLineWithoutColonIsRejectedWithItsNumber() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> IMPORTER.read(calendar("DTSTART:20231211T093000", "GARBAGE")));
    assertEquals(9, e.getLine());
    assertTrue(e.getMessage().startsWith("line 9: \"GARBAGE\" is not a content line"),
        e.getMessage());
  }

  @Test
  void aMalformedStartIsRejectedWithItsLine() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> IMPORTER.read(calendar("DTSTART:2023-12-11")));
    assertEquals(8, e.getLine());
  }

  @Test
  void anUnterminatedCalendarIsRejected() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> IMPORTER.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20231211T093000\r\n"));
    assertTrue(e.getMessage().contains("ends inside \"VEVENT\" begun at line 2"), e.getMessage());
  }

  @Test
  void aLineLongerThanTheCapIsRejectedBeforeItIsRead() {
    FeedImporter capped = FeedImporter.builder().maxLineLength(1000).build();
    String huge = "BEGIN:VCALENDAR\r\nX-BIG:" + "a".repeat(5_000_000);
    CalendarFormatException e =
        assertThrows(CalendarFormatException.class, () -> capped.read(huge));
    assertEquals(2, e.getLine());
  }

  @Test
  void foldedContinuationsCountTowardsTheLineCap() {
    FeedImporter capped = FeedImporter.builder().maxLineLength(1000).build();
    String folded = "BEGIN:VCALENDAR\r\nX-BIG:a" + "\r\n aaaaaaaaaa".repeat(200) + "\r\nEND:VCALENDAR\r\n";
    assertThrows(CalendarFormatException.class, () -> capped.read(folded));
  }

  @Test
  void moreComponentsThanTheCapAreRejected() {
    FeedImporter capped = FeedImporter.builder().maxComponents(10).build();
    String many = "BEGIN:VCALENDAR\r\n"
        + "BEGIN:VEVENT\r\nDTSTART:20231211T093000\r\nEND:VEVENT\r\n".repeat(20)
        + "END:VCALENDAR\r\n";
    CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> capped.read(many));
    assertTrue(e.getMessage().contains("more than 10 components"), e.getMessage());
  }

  @Test
  void morePropertiesInOneComponentThanTheCapAreRejected() {
    FeedImporter capped = FeedImporter.builder().maxProperties(100).build();
    String many = calendar("DTSTART:20231211T093000", "X-A:1\r\n".repeat(200) + "X-B:2");
    assertThrows(CalendarFormatException.class, () -> capped.read(many));
  }

  @Test
  void aFailingReaderGivesACalendarFormatException() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    CalendarFormatException e =
        assertThrows(CalendarFormatException.class, () -> IMPORTER.read(failing));
    assertTrue(e.getMessage().contains("disk gone"), e.getMessage());
  }

  @Test
  void aFragmentWithoutVcalendarIsRead() {
    assertEquals(1, IMPORTER.read("BEGIN:VEVENT\nUID:x\nDTSTART:20231211T093000\nEND:VEVENT\n")
        .getSessions().size());
  }

  @Test
  void exactlyMaxComponentsAreAccepted_oneMoreIsRejected() {
    String ten = "BEGIN:VCALENDAR\r\n"
        + "BEGIN:VEVENT\r\nDTSTART:20231211T093000\r\nEND:VEVENT\r\n".repeat(9)
        + "END:VCALENDAR\r\n";
    assertEquals(9, FeedImporter.builder().maxComponents(10).build().read(ten).getSessions().size());
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> FeedImporter.builder().maxComponents(9).build().read(ten));
    assertEquals(26, e.getLine(), "the tenth BEGIN");
  }

  @Test
  void exactlyMaxPropertiesAreAccepted_oneMoreIsRejected() {
    // the VEVENT of calendar(...) holds UID, DTSTAMP, DTSTART and the 97 X-A lines: 100
    String hundred = calendar("DTSTART:20231211T093000", "X-A:1\r\n".repeat(96) + "X-A:1");
    assertEquals(1, FeedImporter.builder().maxProperties(100).build().read(hundred)
        .getSessions().size());
    assertThrows(CalendarFormatException.class,
        () -> FeedImporter.builder().maxProperties(99).build().read(hundred));
  }

  @Test
  void aDurationInWeeksGivesTheEnd() {
    assertEquals(Optional.of(LocalDateTime.of(2023, 12, 18, 9, 30)),
        only(calendar("DTSTART:20231211T093000", "DURATION:P1W")).getEnd());
  }

  @Test
  void aPositiveSignedDurationGivesTheEnd() {
    assertEquals(Optional.of(LocalDateTime.of(2023, 12, 12, 11, 30)),
        only(calendar("DTSTART:20231211T093000", "DURATION:+P1DT2H")).getEnd());
  }

  @Test
  void aNegativeDurationIsIgnoredWithAWarning() {
    ImportedCalendar calendar = IMPORTER.read(calendar("DTSTART:20231211T093000", "DURATION:-PT1H"));
    assertTrue(calendar.getSessions().get(0).isOpenEnded());
    assertEquals(List.of("line 9: DURATION \"-PT1H\" ignored: it is negative, and a session cannot"
        + " end before it starts"), calendar.getWarnings());
  }

  @Test
  void aNegativeWeekDurationIsIgnoredToo() {
    assertTrue(only(calendar("DTSTART:20231211T093000", "DURATION:-P2W")).isOpenEnded());
  }

  /** Three VEVENTs, the second with the broken DTEND of phpicalendar_sample.ics. */
  private static final String ONE_BROKEN = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
      + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20031114T090000Z\r\nEND:VEVENT\r\n"
      + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20031114T170000Z\r\nDTEND:20031114T18300\r\nEND:VEVENT\r\n"
      + "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20031115T090000Z\r\nEND:VEVENT\r\n"
      + "END:VCALENDAR\r\n";

  @Test
  void strictByDefault_aBadValueRefusesTheFileNamingItsLine() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> IMPORTER.read(ONE_BROKEN));
    assertEquals(11, e.getLine());
  }

  @Test
  void leniently_aBadValueSkipsItsVeventWithAWarningNamingTheLine() {
    ImportedCalendar calendar = FeedImporter.builder().lenient(true).build().read(ONE_BROKEN);
    assertEquals(List.of("a", "c"), calendar.getSessions().stream().map(Session::getId).toList());
    assertEquals(1, calendar.getWarnings().size());
    assertTrue(calendar.getWarnings().get(0).startsWith("line 8: VEVENT skipped: line 11: DTEND"
        + " value \"20031114T18300\" is not a DATE"), calendar.getWarnings().get(0));
  }

  @Test
  void leniently_aLineWithoutColonSkipsItsVevent() {
    ImportedCalendar calendar = FeedImporter.builder().lenient(true).build()
        .read(ONE_BROKEN.replace("DTEND:20031114T18300", "GARBAGE"));
    assertEquals(List.of("a", "c"), calendar.getSessions().stream().map(Session::getId).toList());
    assertTrue(calendar.getWarnings().get(0).contains("line 11: \"GARBAGE\" is not a content line"),
        calendar.getWarnings().toString());
  }

  @Test
  void leniently_aMissingEndVeventSkipsOnlyThatVevent() {
    ImportedCalendar calendar = FeedImporter.builder().lenient(true).build()
        .read(ONE_BROKEN.replace("DTEND:20031114T18300\r\nEND:VEVENT\r\n", ""));
    assertEquals(List.of("a"), calendar.getSessions().stream().map(Session::getId).toList(),
        "the unterminated VEVENT swallows the next BEGIN:VEVENT, as any reader would");
    assertTrue(calendar.getWarnings().stream().anyMatch(w -> w.contains("does not close VEVENT")),
        calendar.getWarnings().toString());
  }

  @Test
  void leniently_theCapsStillRefuseTheFile() {
    assertThrows(CalendarFormatException.class, () -> FeedImporter.builder().lenient(true)
        .maxComponents(2).build().read(ONE_BROKEN));
  }
}
