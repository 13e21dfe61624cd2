package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/** TZIDs Java does not know: the calendar's own VTIMEZONE decides, through ical4j (issue 9). */
class TimeZoneImportTest {
  private static final FeedImporter IN_UTC = FeedImporter.builder().zone(ZoneOffset.UTC).build();

  /** An Outlook / Exchange calendar: a Windows zone name with its VTIMEZONE. */
  static final String OUTLOOK = String.join("\r\n",
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0//EN",
      "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
      "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
      "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
      "BEGIN:VEVENT", "UID:outlook-1", "DTSTAMP:20240601T000000Z",
      "DTSTART;TZID=W. Europe Standard Time:20240710T100000",
      "DTEND;TZID=W. Europe Standard Time:20240710T110000", "SUMMARY:Summer meeting",
      "END:VEVENT", "END:VCALENDAR", "");

  /** A made-up TZID whose VTIMEZONE says +05:30, next to a UTC event at the same instant. */
  static final String MADE_UP = String.join("\r\n",
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
      "BEGIN:VTIMEZONE", "TZID:Our Office Time",
      "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530",
      "END:STANDARD", "END:VTIMEZONE",
      "BEGIN:VEVENT", "UID:office", "DTSTAMP:20240601T000000Z",
      "DTSTART;TZID=Our Office Time:20240710T100000", "SUMMARY:Office", "END:VEVENT",
      "BEGIN:VEVENT", "UID:utc", "DTSTAMP:20240601T000000Z", "DTSTART:20240710T043000Z",
      "SUMMARY:Same instant", "END:VEVENT", "END:VCALENDAR", "");

  private static Session only(ImportedCalendar calendar) {
    assertEquals(1, calendar.getSessions().size());
    return calendar.getSessions().get(0);
  }

  @Test
  void aWindowsZoneNameIsReadThroughItsVtimezone_10InJulyIs08Utc() {
    assertEquals(LocalDateTime.of(2024, 7, 10, 8, 0), only(IN_UTC.read(OUTLOOK)).getStart());
  }

  @Test
  void aWindowsZoneNameGivesTheCalendarTheZoneIcal4jMapsItTo() {
    ImportedCalendar calendar = FeedImporter.builder().build().read(OUTLOOK);
    assertEquals(ZoneId.of("Europe/Vienna"), calendar.getZone());
    assertEquals(LocalDateTime.of(2024, 7, 10, 10, 0), only(calendar).getStart());
    assertEquals(List.of(), calendar.getWarnings(), "the VTIMEZONE says it all: no guess");
  }

  @Test
  void aMadeUpTzidWithAPlus0530VtimezoneIsRead_10Is0430Utc() {
    List<Session> sessions = IN_UTC.read(MADE_UP).getSessions();
    assertEquals(LocalDateTime.of(2024, 7, 10, 4, 30), sessions.get(0).getStart());
    assertEquals(sessions.get(1).getStart(), sessions.get(0).getStart(),
        "the same instant as the UTC event of the same file");
  }

  @Test
  void aWindowsZoneNameWithoutVtimezoneIsGuessedWithAWarning() {
    String ics = OUTLOOK.replaceAll("(?s)BEGIN:VTIMEZONE.*END:VTIMEZONE\r\n", "");
    ImportedCalendar calendar = IN_UTC.read(ics);
    assertEquals(LocalDateTime.of(2024, 7, 10, 8, 0), only(calendar).getStart());
    assertEquals(1, calendar.getWarnings().size(), calendar.getWarnings().toString());
    assertTrue(calendar.getWarnings().get(0).startsWith("line 7: TZID \"W. Europe Standard Time\""
        + " is not a zone id and no VTIMEZONE defines it: guessed Europe/Vienna"),
        calendar.getWarnings().get(0));
  }

  @Test
  void anUndefinedTzidIsReadAsWallClockTimeWithAWarning() {
    String ics = MADE_UP.replaceAll("(?s)BEGIN:VTIMEZONE.*END:VTIMEZONE\r\n", "");
    ImportedCalendar calendar = IN_UTC.read(ics);
    assertEquals(LocalDateTime.of(2024, 7, 10, 10, 0), calendar.getSessions().get(0).getStart());
    assertEquals(List.of("line 7: TZID \"Our Office Time\" is not a zone id and no VTIMEZONE"
        + " defines it: its times are guessed to be wall-clock times in Z"),
        calendar.getWarnings());
  }

  @Test
  void aVtimezoneIcal4jCannotReadIsReportedAndTheTimeGuessed() {
    String ics = MADE_UP.replace("TZOFFSETTO:+0530", "TZOFFSETTO:soon");
    ImportedCalendar calendar = IN_UTC.read(ics);
    assertEquals(LocalDateTime.of(2024, 7, 10, 10, 0), calendar.getSessions().get(0).getStart());
    assertTrue(calendar.getWarnings().get(0).contains("its VTIMEZONE at line 4 cannot be read"),
        calendar.getWarnings().toString());
  }
}
