package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hand-written forms of local date-times and instants are exactly ISO-8601's, both ways. */
@ExtendWith(InstancioExtension.class)
class LocalDateTimeProperties {
  @RepeatedTest(500)
  void formatting_isTheIsoFormattersText_andParsingItGivesTheTimeBack(
      @Given LocalDateTime time, @Given boolean wholeSeconds) {
    LocalDateTime value = wholeSeconds ? time.withNano(0) : time;
    String text = Scalars.formatLocalDateTime(value);
    assertEquals(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value), text);
    assertEquals(value, Scalars.parseLocalDateTime(text));
  }

  @RepeatedTest(500)
  void parsingAnInstant_givesWhatInstantParseGives(@Given LocalDateTime time, @Given boolean wholeSeconds) {
    java.time.Instant value = (wholeSeconds ? time.withNano(0) : time).toInstant(java.time.ZoneOffset.UTC);
    assertEquals(value, Scalars.parseInstant(value.toString()));
    assertEquals(java.time.Instant.parse(value.toString()), Scalars.parseInstant(value.toString()));
  }

  @RepeatedTest(500)
  void formattingAnInstant_isInstantToString(@Given LocalDateTime time, @Given boolean wholeSeconds) {
    java.time.Instant value = (wholeSeconds ? time.withNano(0) : time).toInstant(java.time.ZoneOffset.UTC);
    assertEquals(value.toString(), Scalars.formatInstant(value));
  }

  /** The edges of the hand-written form: four-digit years, whole seconds. */
  @Test
  void formattingAnInstantAtTheEdges_isInstantToString() {
    for (String text : java.util.List.of("0000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "9999-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2023-11-30T23:00:00.5Z", "2023-11-30T23:00:00.000000001Z")) {
      java.time.Instant value = java.time.Instant.parse(text);
      assertEquals(value.toString(), Scalars.formatInstant(value), text);
    }
    assertEquals(java.time.Instant.MIN.toString(), Scalars.formatInstant(java.time.Instant.MIN));
    assertEquals(java.time.Instant.MAX.toString(), Scalars.formatInstant(java.time.Instant.MAX));
  }

  /** What the hand-written form cannot hold, Instant.parse still reads as it always did. */
  @Test
  void midnightAs24_andALeapSecond_readAsInstantParseReadsThem() {
    for (String text : java.util.List.of("2023-12-10T24:00:00Z", "2016-12-31T23:59:60Z", "2023-12-10T09:00:00Z")) {
      assertEquals(java.time.Instant.parse(text), Scalars.parseInstant(text), text);
    }
    assertEquals(java.time.Instant.parse("2023-12-11T00:00:00Z"), Scalars.parseInstant("2023-12-10T24:00:00Z"));
  }
}
