package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/**
 * How components nest: which properties belong to a VEVENT, to the calendar or to neither; ENDs
 * that close nothing or the wrong component, strictly and leniently; malformed lines inside and
 * outside a VEVENT; and the caps on properties and components exactly at their limit.
 */
class CalendarStructureTest {
  private static final FeedImporter STRICT = FeedImporter.builder().build();
  private static final FeedImporter LENIENT = FeedImporter.builder().lenient(true).build();

  private static String calendar(String... lines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines)
        + "\r\nEND:VCALENDAR\r\n";
  }

  private static final String GOOD = String.join("\r\n", "BEGIN:VEVENT", "UID:good",
      "DTSTART:20240304T100000Z", "SUMMARY:Good", "END:VEVENT");

  private static List<String> ids(ImportedCalendar imported) {
    return imported.getSessions().stream().map(Session::getId).toList();
  }

  @Test
  void anAlarmsPropertiesAreNotTheVeventsNorTheCalendars() {
    ImportedCalendar imported = STRICT.read(calendar("BEGIN:VEVENT", "UID:a",
        "DTSTART:20240304T100000Z", "BEGIN:VALARM", "DESCRIPTION:Reminder",
        "X-WR-CALNAME:Alarm", "END:VALARM", "END:VEVENT", "BEGIN:VTODO",
        "X-WR-CALNAME:Todo", "END:VTODO", "X-WR-CALNAME:Mine"));
    assertEquals(Optional.empty(), imported.getSessions().get(0).getDescription());
    assertEquals(Optional.of("Mine"), imported.getName());
  }

  @Test
  void aVeventInsideAnotherComponentIsNotImported() {
    ImportedCalendar imported = STRICT.read(calendar("BEGIN:VTODO", "BEGIN:VEVENT", "UID:inner",
        "DTSTART:20240304T100000Z", "END:VEVENT", "END:VTODO", GOOD));
    assertEquals(List.of("good"), ids(imported));
  }

  @Test
  void aVeventWithoutVcalendarIsImported() {
    assertEquals(List.of("good"), ids(STRICT.read(GOOD + "\r\n")));
  }

  @Test
  void anEndThatClosesTheWrongComponentFailsAStrictImportNamingBothLines() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> STRICT.read(calendar("BEGIN:VEVENT", "UID:a", "DTSTART:20240304T100000Z",
            "END:VTODO", "END:VEVENT")));
    assertEquals("line 7: \"END:VTODO\" does not close VEVENT begun at line 4: components must"
        + " nest", e.getMessage());
  }

  @Test
  void anEndAfterTheCalendarClosesNothing() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> STRICT.read(calendar(GOOD) + "END:VEVENT\r\n"));
    assertEquals("line 10: \"END:VEVENT\" closes nothing: components must nest",
        e.getMessage());
  }

  @Test
  void leniently_anEndOfSomethingNeverOpenedIsIgnoredWithAWarning() {
    ImportedCalendar imported = LENIENT.read(calendar("BEGIN:VEVENT", "UID:a",
        "DTSTART:20240304T100000Z", "END:VALARM", "SUMMARY:Still a", "END:VEVENT", GOOD));
    assertEquals(List.of("a", "good"), ids(imported));
    assertEquals("Still a", imported.getSessions().get(0).getTitle());
    assertEquals(List.of("line 7: \"END:VALARM\" does not close VEVENT begun at line 4:"
        + " components must nest"), imported.getWarnings());
  }

  @Test
  void leniently_anEndThatSkipsAnInnerEndBreaksTheVeventOnly() {
    ImportedCalendar imported = LENIENT.read(calendar("BEGIN:VEVENT", "UID:a",
        "DTSTART:20240304T100000Z", "BEGIN:VALARM", "END:VEVENT", GOOD));
    assertEquals(List.of("good"), ids(imported));
    assertEquals(List.of("line 8: \"END:VEVENT\" does not close VALARM begun at line 7:"
        + " components must nest", "line 4: VEVENT skipped: it is broken (line 8: \"END:VEVENT\""
        + " does not close VALARM begun at line 7: components must nest)"),
        imported.getWarnings());
  }

  @Test
  void leniently_aMalformedLineBreaksItsVeventOrIsSkippedOutsideOne() {
    ImportedCalendar imported = LENIENT.read(calendar("NOT A LINE", "BEGIN:VTODO", "ALSO NOT",
        "END:VTODO", "BEGIN:VEVENT", "UID:a", "DTSTART:20240304T100000Z", "BROKEN", "END:VEVENT",
        GOOD));
    assertEquals(List.of("good"), ids(imported));
    assertEquals(List.of(
        "line 4: \"NOT A LINE\" is not a content line: expected NAME:value (line skipped)",
        "line 6: \"ALSO NOT\" is not a content line: expected NAME:value (line skipped)",
        "line 8: VEVENT skipped: it is broken (line 11: \"BROKEN\" is not a content line:"
            + " expected NAME:value)"), imported.getWarnings());
  }

  @Test
  void calendarPropertiesCountTowardsThePropertyCap() {
    String calendar = calendar("X-WR-CALNAME:Mine", GOOD);
    assertEquals(List.of("good"), ids(FeedImporter.builder().maxProperties(3).build()
        .read(calendar)));
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> FeedImporter.builder().maxProperties(2).build().read(calendar));
    assertEquals("line 4: more than 2 properties in one component: raise"
        + " FeedImporter.Builder.maxProperties", e.getMessage());
  }

  @Test
  void componentsExactlyAtTheCapAreRead() {
    String calendar = calendar(GOOD, GOOD.replace("UID:good", "UID:other"));
    assertEquals(List.of("good", "other"),
        ids(FeedImporter.builder().maxComponents(3).build().read(calendar)));
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> FeedImporter.builder().maxComponents(2).build().read(calendar));
    assertEquals("line 9: more than 2 components: raise FeedImporter.Builder.maxComponents",
        e.getMessage());
  }
}
