package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convene.Session;
import org.convene.ical.IcalGenerators.Window;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever the window, the occurrences of a daily series imported are exactly those whose start
 * (a floating time or a DATE's midnight, read as UTC) lies at or after its start and before its
 * end. The oracle counts days by hand; it shares no code with the importer.
 */
@ExtendWith(InstancioExtension.class)
class RecurrenceWindowProperties {
  private static String daily(String start) {
    return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
        "BEGIN:VEVENT", "UID:daily", "DTSTAMP:20240101T000000Z", start,
        "RRULE:FREQ=DAILY;COUNT=60", "END:VEVENT", "END:VCALENDAR", "");
  }

  private static List<LocalDateTime> expected(LocalDateTime first, Window window) {
    List<LocalDateTime> starts = new ArrayList<>();
    for (int day = 0; day < 60; day++) {
      LocalDateTime start = first.plusDays(day);
      long second = start.toEpochSecond(ZoneOffset.UTC);
      if (second >= window.from().getEpochSecond() && second < window.to().getEpochSecond()) {
        starts.add(start);
      }
    }
    return starts;
  }

  private static List<LocalDateTime> imported(String ics, Window window) {
    return FeedImporter.builder().window(window.from(), window.to()).build().read(ics)
        .getSessions().stream().map(Session::getStart).toList();
  }

  @RepeatedTest(40)
  void floatingOccurrencesAreExactlyThoseStartingInTheWindow(
      @Given(IcalGenerators.Windows.class) Window window) {
    assertEquals(expected(LocalDateTime.of(2024, 3, 4, 10, 0), window),
        imported(daily("DTSTART:20240304T100000"), window), window.toString());
  }

  @RepeatedTest(40)
  void allDayOccurrencesAreExactlyThoseWhoseMidnightIsInTheWindow(
      @Given(IcalGenerators.Windows.class) Window window) {
    assertEquals(expected(LocalDateTime.of(2024, 3, 4, 0, 0), window),
        imported(daily("DTSTART;VALUE=DATE:20240304"), window), window.toString());
  }
}
