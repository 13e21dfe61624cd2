package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value readers: TEXT escapes, INTEGER, DATE, DATE-TIME, UTC DATE-TIME and DURATION. */
class ValuesTest {
  private static ContentReader.Line line(String value) {
    return new ContentReader.Line(7, "DTSTART", List.of(), value, "DTSTART:" + value);
  }

  @Test
  void unescapeReadsEveryEscapeAndKeepsATrailingBackslash() {
    assertEquals("a,b;c\\d\ne\nf", Values.unescape("a\\,b\\;c\\\\d\\ne\\Nf"));
    assertEquals("\nx", Values.unescape("\\nx"));
    assertEquals("ab\\", Values.unescape("ab\\"));
    assertEquals("plain", Values.unescape("plain"));
  }

  @Test
  void unescapeListSplitsAtUnescapedCommasOnly() {
    assertEquals(List.of("a,b", "c", ""), Values.unescapeList("a\\,b,c,"));
  }

  @Test
  void parseIntTrimsAndFallsBack() {
    assertEquals(12, Values.parseInt(" 12 ", 0));
    assertEquals(7, Values.parseInt("twelve", 7));
  }

  @Test
  void utcReadsAZInEitherCaseAndNothingElse() {
    Instant noon = Instant.parse("2024-01-01T12:00:00Z");
    assertEquals(Optional.of(noon), Values.utc(line("20240101T120000Z")));
    assertEquals(Optional.of(noon), Values.utc(line(" 20240101T120000z ")));
    assertEquals(Optional.empty(), Values.utc(line("20240101T120000")));
    assertEquals(Optional.empty(), Values.utc(line("2024Z")));
  }

  private static String notADate(String value) {
    ContentReader.Line l = line(value);
    return assertThrows(CalendarFormatException.class, () -> {
      if (value.length() == 8 || value.length() < 9) {
        Values.date(l, value);
      } else {
        Values.dateTime(l, value);
      }
    }).getMessage();
  }

  @Test
  void aDateIsEightDigitsOfARealDay() {
    assertEquals(LocalDate.of(2019, 9, 9), Values.date(line("20190909"), "20190909"));
    assertEquals(LocalDate.of(2000, 10, 10), Values.date(line("20001010"), "20001010"));
    for (String bad : List.of("2024030", "2024030/", "2024030:", "2024-3-4", "20240230")) {
      assertEquals("line 7: DTSTART value \"" + bad + "\" is not a DATE (yyyyMMdd) or DATE-TIME"
          + " (yyyyMMdd'T'HHmmss, optionally ending in Z)", notADate(bad), bad);
    }
  }

  @Test
  void aDateTimeHasAtInEitherCaseAndSixDigits_aLeapSecondIsRead59() {
    assertEquals(LocalDateTime.of(2024, 3, 4, 23, 59, 59),
        Values.dateTime(line("x"), "20240304t235960"));
    for (String bad : List.of("20240304X100000", "20240304T1000:0", "20240304T100000Z",
        "20240304T250000", "2024030/T100000")) {
      assertThrows(CalendarFormatException.class, () -> Values.dateTime(line(bad), bad), bad);
    }
  }

  @Test
  void durationsInWeeksDaysAndTimesWithTheirSign() {
    assertEquals(Optional.of(Duration.ofDays(14)), Values.duration("P2W"));
    assertEquals(Optional.of(Duration.ofDays(-7)), Values.duration("-p1w"));
    assertEquals(Optional.of(Duration.ofHours(1)), Values.duration("+PT1H"));
    assertEquals(Optional.of(Duration.ofHours(26)), Values.duration(" P1DT2H "));
  }

  @Test
  void aSignInsideTheDurationOrTwoSignsOrAWeekWithoutPAreNone() {
    for (String bad : List.of("PT-1H", "P-1W", "--PT1H", "-+PT1H", "+-PT1H", "12W", "P1Y",
        "P99999999999999999W", "")) {
      assertEquals(Optional.empty(), Values.duration(bad), bad);
    }
  }
}
