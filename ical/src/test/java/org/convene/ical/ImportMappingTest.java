package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.convene.AgendaItem;
import org.convene.Geo;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Venue;
import org.junit.jupiter.api.Test;

/**
 * How one VEVENT becomes an entry: the calendar's zone, the start's forms (a DATE, a Z in either
 * case), DURATION, a missing UID, SEQUENCE and DTSTAMP, the X-CONVENE-* properties of a VEVENT
 * Convene wrote (depth, capacity, parallel, venue, copies) and the plain properties of any other
 * (CATEGORIES, LOCATION, GEO).
 */
class ImportMappingTest {
  private static final FeedImporter IMPORTER = FeedImporter.builder().build();

  private static String calendar(String head, String... lines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + head
        + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
  }

  /** A VEVENT starting at line 4 (after a one-line head) with these lines after its UID. */
  private static String event(String uid, String... lines) {
    return "BEGIN:VEVENT\r\n" + (uid.isEmpty() ? "" : "UID:" + uid + "\r\n")
        + String.join("\r\n", lines) + "\r\nEND:VEVENT";
  }

  private static final String ZONE = "X-WR-TIMEZONE:Europe/Brussels\r\n";

  private static Session only(String... lines) {
    List<Session> sessions = IMPORTER.read(calendar(ZONE, event("s1", lines))).getSessions();
    assertEquals(1, sessions.size(), sessions.toString());
    return sessions.get(0);
  }

  private static CalendarEntry onlyEntry(String... lines) {
    List<CalendarEntry> entries = IMPORTER.read(calendar(ZONE, event("s1", lines))).getEntries();
    assertEquals(1, entries.size(), entries.toString());
    return entries.get(0);
  }

  // the calendar's zone

  @Test
  void anUnknownXwrTimezoneGivesWayToTheFirstKnownTzidOfADtstart() {
    ImportedCalendar imported = IMPORTER.read(calendar("X-WR-TIMEZONE:Nowhere/Land\r\n",
        event("a", "DTSTART:20240304T100000"),
        event("b", "DTSTART;TZID=Nowhere/Else:20240304T100000"),
        event("c", "DTSTART;TZID=Europe/Paris:20240304T100000"),
        event("d", "DTSTART;TZID=Europe/Lisbon:20240304T100000")));
    assertEquals(ZoneId.of("Europe/Paris"), imported.getZone());
  }

  @Test
  void aCalendarWithoutAnyZoneIsInUtc() {
    ImportedCalendar imported = IMPORTER.read(calendar("", event("a", "DTSTART:20240304T100000"),
        event("b", "DTSTART:20240305T090000Z")));
    assertEquals(ZoneOffset.UTC, imported.getZone());
    assertEquals(LocalDateTime.of(2024, 3, 5, 9, 0), imported.getSessions().get(1).getStart());
  }

  // the start

  @Test
  void aLowerCaseZIsUtcToo() {
    assertEquals(LocalDateTime.of(2024, 3, 4, 10, 0), only("DTSTART:20240304T090000z").getStart());
  }

  @Test
  void aDateValueThatIsADateTimeIsRejectedNamingItsLine() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> IMPORTER.read(
        calendar(ZONE, event("s1", "DTSTART;VALUE=DATE:20240304T100000"))));
    assertEquals(7, e.getLine());
    assertEquals(true, e.getMessage().startsWith("line 7: DTSTART value \"20240304T100000\""),
        e.getMessage());
  }

  @Test
  void aValueOfEightDigitsIsADateEvenWithoutValueDate() {
    CalendarEntry entry = onlyEntry("DTSTART:20240304");
    assertEquals(true, entry.isAllDay());
    assertEquals(Optional.of(LocalDateTime.of(2024, 3, 5, 0, 0)), entry.getSession().getEnd());
  }

  @Test
  void aUtcSeriesIsPlacedInTheCalendarsZoneAndNamedByItsUtcStarts() {
    List<Session> sessions = IMPORTER.read(calendar(ZONE, event("s1",
        "DTSTART:20240304T090000Z", "RRULE:FREQ=WEEKLY;COUNT=2"))).getSessions();
    assertEquals(List.of("s1#20240304T090000Z", "s1#20240311T090000Z"),
        sessions.stream().map(Session::getId).toList());
    assertEquals(LocalDateTime.of(2024, 3, 11, 10, 0), sessions.get(1).getStart());
  }

  @Test
  void aSeriesInAnOffsetTzidIsExpandedAndPlacedByThatOffset() {
    List<Session> sessions = IMPORTER.read(calendar(ZONE, event("s1",
        "DTSTART;TZID=\"+02:00\":20240304T100000", "RRULE:FREQ=WEEKLY;COUNT=2"))).getSessions();
    assertEquals(List.of("s1#20240304T080000Z", "s1#20240311T080000Z"),
        sessions.stream().map(Session::getId).toList());
  }

  // the end

  @Test
  void aDurationThatIsNotOneIsIgnoredWithAWarningNamingItsLine() {
    ImportedCalendar imported = IMPORTER.read(calendar(ZONE, event("s1",
        "DTSTART:20240304T100000Z", "DURATION:soon")));
    assertEquals(Optional.empty(), imported.getSessions().get(0).getEnd());
    assertEquals(List.of("line 8: DURATION \"soon\" ignored: it is not a duration such as"
        + " PT1H30M, P1D or P1W, or is too long"), imported.getWarnings());
  }

  @Test
  void aNegativeDurationIsIgnoredWithAWarningNamingItsLine() {
    ImportedCalendar imported = IMPORTER.read(calendar(ZONE, event("s1",
        "DTSTART:20240304T100000Z", "DURATION:-PT1H")));
    assertEquals(Optional.empty(), imported.getSessions().get(0).getEnd());
    assertEquals(List.of("line 8: DURATION \"-PT1H\" ignored: it is negative, and a session"
        + " cannot end before it starts"), imported.getWarnings());
  }

  @Test
  void aWeekDurationEndsSevenDaysLater() {
    assertEquals(Optional.of(LocalDateTime.of(2024, 3, 11, 11, 0)),
        only("DTSTART:20240304T100000Z", "DURATION:P1W").getEnd());
  }

  // id, sequence, stamp

  @Test
  void aVeventWithoutUidIsNamedByItsLine() {
    List<Session> sessions = IMPORTER.read(calendar(ZONE,
        event("", "DTSTART:20240304T100000Z"))).getSessions();
    assertEquals("line-5", sessions.get(0).getId());
  }

  @Test
  void sequenceAndStampAreRead() {
    CalendarEntry entry =
        onlyEntry("DTSTART:20240304T100000Z", "SEQUENCE:3", "DTSTAMP:20240101T120000Z");
    assertEquals(3, entry.getSequence());
    assertEquals(Optional.of(Instant.parse("2024-01-01T12:00:00Z")), entry.getStamp());
  }

  @Test
  void withoutSequenceAndStampTheEntryHasSequence0AndNoStamp() {
    CalendarEntry entry = onlyEntry("DTSTART:20240304T100000Z");
    assertEquals(0, entry.getSequence());
    assertEquals(Optional.empty(), entry.getStamp());
  }

  @Test
  void aBrokenOverrideDoesNotHideTheOccurrenceItWouldReplace() {
    ImportedCalendar imported = FeedImporter.builder().lenient(true).build().read(calendar(ZONE,
        event("s1", "DTSTART;TZID=Europe/Brussels:20240304T100000",
            "RRULE:FREQ=WEEKLY;COUNT=2"),
        event("s1", "RECURRENCE-ID;TZID=Europe/Brussels:20240304T100000",
            "DTSTART;TZID=Europe/Brussels:20240305T100000", "this is not a content line")));
    assertEquals(List.of("s1#20240304T090000Z", "s1#20240311T090000Z"),
        imported.getSessions().stream().map(Session::getId).toList());
    assertEquals(1, imported.getWarnings().size(), imported.getWarnings().toString());
    assertEquals(true, imported.getWarnings().get(0).startsWith("line 10: VEVENT skipped: it is"
        + " broken"), imported.getWarnings().get(0));
  }

  // a VEVENT Convene wrote

  private static final String OURS = "X-CONVENE-SESSION:talk-1";

  @Test
  void ourVeventWithoutKindIsOther() {
    Session session = only("DTSTART:20240304T100000Z", OURS);
    assertEquals("talk-1", session.getId());
    assertEquals(SessionKind.OTHER, session.getKind());
    assertEquals(false, session.isParallel());
    assertEquals(Optional.empty(), session.getLocation());
  }

  @Test
  void ourVeventIsParallelWhenItSaysSo() {
    assertEquals(true, only("DTSTART:20240304T100000Z", OURS, "X-CONVENE-PARALLEL:TRUE")
        .isParallel());
  }

  @Test
  void ourAgendaWithoutDescriptionGivesNoDescription() {
    Session session = only("DTSTART:20240304T100000Z", OURS,
        "X-CONVENE-AGENDA;X-CONVENE-DEPTH=1:Welcome", "X-CONVENE-AGENDA:Talk");
    assertEquals(List.of("Welcome", "Talk"),
        session.getAgenda().stream().map(AgendaItem::getText).toList());
    assertEquals(Optional.empty(), session.getDescription());
  }

  @Test
  void anAgendaDepthOf0IsRejectedNamingItsLine() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> IMPORTER.read(calendar(ZONE, event("s1", "DTSTART:20240304T100000Z", OURS,
            "X-CONVENE-AGENDA;X-CONVENE-DEPTH=0:Welcome"))));
    assertEquals("line 9: X-CONVENE-DEPTH 0 is not between 1 and 32", e.getMessage());
  }

  @Test
  void anAgendaDepthOf33IsRejectedAnd32Accepted() {
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> IMPORTER.read(calendar(ZONE, event("s1", "DTSTART:20240304T100000Z", OURS,
            "X-CONVENE-AGENDA;X-CONVENE-DEPTH=33:Welcome"))));
    assertEquals("line 9: X-CONVENE-DEPTH 33 is not between 1 and 32", e.getMessage());
    StringBuilder deep = new StringBuilder();
    for (int depth = 1; depth <= 32; depth++) {
      deep.append("X-CONVENE-AGENDA;X-CONVENE-DEPTH=").append(depth).append(":Level ")
          .append(depth).append("\r\n");
    }
    Session session = only("DTSTART:20240304T100000Z", OURS, deep.toString().strip());
    AgendaItem item = session.getAgenda().get(0);
    while (!item.getChildren().isEmpty()) {
      item = item.getChildren().get(0);
    }
    assertEquals("Level 32", item.getText());
  }

  @Test
  void capacitiesOf0AreKeptAndNegativeOrUnreadableOnesIgnored() {
    Session zero = only("DTSTART:20240304T100000Z", OURS,
        "X-CONVENE-CAPACITY;X-CONVENE-ATTENDANCE=ONLINE:0", "X-CONVENE-CAPACITY:0");
    assertEquals(OptionalInt.of(0), zero.getCapacity().getOnline());
    assertEquals(OptionalInt.of(0), zero.getCapacity().getInPerson());
    Session none = only("DTSTART:20240304T100000Z", OURS,
        "X-CONVENE-CAPACITY;X-CONVENE-ATTENDANCE=ONLINE:-1", "X-CONVENE-CAPACITY:many");
    assertEquals(OptionalInt.empty(), none.getCapacity().getOnline());
    assertEquals(OptionalInt.empty(), none.getCapacity().getInPerson());
  }

  @Test
  void ourVenueWithAddressAndGeo() {
    Session session = only("DTSTART:20240304T100000Z", OURS, "X-CONVENE-LOCATION-NAME:Hall A",
        "X-CONVENE-LOCATION-STREET:Rue Haute 1", "X-CONVENE-LOCATION-LOCALITY:Brussels",
        "X-CONVENE-LOCATION-COUNTRY:BE", "X-CONVENE-LOCATION-GEO:50.84;4.35");
    Venue venue = session.getLocation().orElseThrow();
    assertEquals("Hall A", venue.getName());
    assertEquals("Rue Haute 1", venue.getAddress().orElseThrow().getStreet());
    assertEquals(Optional.of(Geo.of(50.84, 4.35)), venue.getGeo());
  }

  @Test
  void aCopyInAnotherTrackIsASecondEntry_aMalformedCopyIsNot() {
    List<CalendarEntry> entries = IMPORTER.read(calendar(ZONE, event("s1",
        "DTSTART:20240304T100000Z", OURS, "X-CONVENE-TRACK:main",
        "X-CONVENE-ALSO:side,talk-1b", "X-CONVENE-ALSO:side,talk-1c,extra"))).getEntries();
    assertEquals(List.of("talk-1", "talk-1b"),
        entries.stream().map(e -> e.getSession().getId()).toList());
    assertEquals(List.of(Optional.of("main"), Optional.of("side")),
        entries.stream().map(CalendarEntry::getTrackId).toList());
  }

  @Test
  void ourVeventWithARuleIsOneEntry() {
    List<Session> sessions = IMPORTER.read(calendar(ZONE, event("s1",
        "DTSTART:20240304T100000Z", OURS, "RRULE:FREQ=WEEKLY;COUNT=3"))).getSessions();
    assertEquals(List.of("talk-1"), sessions.stream().map(Session::getId).toList());
  }

  @Test
  void anotherVeventsCopyLineIsIgnored() {
    List<CalendarEntry> entries = IMPORTER.read(calendar(ZONE, event("s1",
        "DTSTART:20240304T100000Z", "X-CONVENE-ALSO:side,talk-1b"))).getEntries();
    assertEquals(List.of("s1"), entries.stream().map(e -> e.getSession().getId()).toList());
  }

  // any other VEVENT

  @Test
  void theFirstCategoryThatNamesAKindGivesTheKind_acrossLines() {
    assertEquals(SessionKind.WRAP_UP, only("DTSTART:20240304T100000Z", "CATEGORIES:Outdoor",
        "CATEGORIES:Wrap-up,Talk").getKind());
    assertEquals(SessionKind.TALK, only("DTSTART:20240304T100000Z", "CATEGORIES:Talk",
        "CATEGORIES:Workshop").getKind());
    assertEquals(SessionKind.OTHER, only("DTSTART:20240304T100000Z", "CATEGORIES:Outdoor")
        .getKind());
  }

  @Test
  void aLocationWithGeo() {
    Venue venue = only("DTSTART:20240304T100000Z", "LOCATION:Hall A", "GEO:50.84;4.35")
        .getLocation().orElseThrow();
    assertEquals("Hall A", venue.getName());
    assertEquals(Optional.of(Geo.of(50.84, 4.35)), venue.getGeo());
  }

  @Test
  void aLocationWithoutGeoOrWithAGeoOfThreePartsHasNoGeo() {
    assertEquals(Optional.empty(), only("DTSTART:20240304T100000Z", "LOCATION:Hall A")
        .getLocation().orElseThrow().getGeo());
    assertEquals(Optional.empty(), only("DTSTART:20240304T100000Z", "LOCATION:Hall A",
        "GEO:50.84;4.35;12").getLocation().orElseThrow().getGeo());
  }

  @Test
  void aBlankLocationIsNone() {
    assertEquals(Optional.empty(), only("DTSTART:20240304T100000Z", "LOCATION: ").getLocation());
  }
}
