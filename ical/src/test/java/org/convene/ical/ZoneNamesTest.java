package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/**
 * TZIDs read as Java zones (a zone id, a short id, the longest tail of a path that is one),
 * a VTIMEZONE without TZID, and a wall-clock time in a daylight-saving gap.
 */
class ZoneNamesTest {
  @Test
  void aTzidIsAZoneIdOrTheLongestTailOfAPathThatIsOne() {
    assertEquals(Optional.of(ZoneId.of("Europe/Brussels")),
        TimeZones.javaZone(" Europe/Brussels "));
    assertEquals(Optional.of(ZoneId.of("Europe/Berlin")),
        TimeZones.javaZone("/mozilla.org/20050126_1/Europe/Berlin"));
    assertEquals(Optional.of(ZoneId.of("Europe/Brussels")), TimeZones.javaZone("/Europe/Brussels"));
    assertEquals(Optional.of(ZoneId.of("Europe/Paris")), TimeZones.javaZone("//Europe/Paris"));
    assertEquals(Optional.of(ZoneId.of("-05:00")), TimeZones.javaZone("EST"));
    assertEquals(Optional.of(ZoneOffset.ofHours(2)), TimeZones.javaZone("+02:00"));
  }

  @Test
  void aTzidWithNoZoneInItIsNone() {
    for (String none : List.of("Nowhere", "/Nowhere", "Some/Where/Else", "/", "Foo/", "", " ")) {
      assertEquals(Optional.empty(), TimeZones.javaZone(none), none);
    }
  }

  @Test
  void aVtimezoneWithoutTzidIsIgnored() {
    ImportedCalendar imported = FeedImporter.builder().build().read(String.join("\r\n",
        "BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "BEGIN:STANDARD", "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:a", "DTSTART;TZID=Europe/Brussels:20240304T100000", "END:VEVENT",
        "END:VCALENDAR", ""));
    assertEquals(LocalDateTime.of(2024, 3, 4, 10, 0), imported.getSessions().get(0).getStart());
  }

  @Test
  void aTimeInTheSpringGapIsMovedForwardByTheGap() {
    List<Session> sessions = FeedImporter.builder().zone(ZoneOffset.UTC).build().read(
        String.join("\r\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a",
            "DTSTART;TZID=Europe/Brussels:20240331T023000", "END:VEVENT", "END:VCALENDAR", ""))
        .getSessions();
    // 02:30 does not exist in Brussels that night: 03:30 CEST, 01:30 UTC
    assertEquals(LocalDateTime.of(2024, 3, 31, 1, 30), sessions.get(0).getStart());
  }
}
