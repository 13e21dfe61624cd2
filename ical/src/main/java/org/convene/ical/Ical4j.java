package org.convene.ical;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * Where the importer hands work to ical4j: the interpretation of VTIMEZONE definitions and the
 * expansion of recurrences. It builds small calendars of only the lines ical4j needs (never a
 * long TEXT value, whose unescaping overflows ical4j's regular expressions), parses them with
 * one builder and one time-zone registry per parse, and never touches ical4j's JVM-wide {@code
 * CompatibilityHints}.
 */
final class Ical4j {
  private Ical4j() {}

  /** A calendar made of the given components' logical lines. */
  static String calendarOf(List<String> lines) {
    StringBuilder text = new StringBuilder(256);
    text.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene//import//EN\r\n");
    for (String line : lines) {
      text.append(line).append("\r\n");
    }
    return text.append("END:VCALENDAR\r\n").toString();
  }

  /**
   * Parses a calendar, relaxed about the text's form but not about values: a property ical4j
   * cannot read (an RRULE with an unknown FREQ) fails the parse rather than vanish.
   *
   * @throws IllegalArgumentException with ical4j's reason if it cannot
   */
  static Calendar parse(String text) {
    CalendarBuilder builder =
        new CalendarBuilder(
            new CalendarParserImpl(),
            new ContentHandlerContext(),
            TimeZoneRegistryFactory.getInstance().createRegistry());
    try {
      return builder.build(new UnfoldingReader(new StringReader(text), true));
    } catch (ParserException | IOException | RuntimeException | StackOverflowError e) {
      throw new IllegalArgumentException("ical4j cannot read it (" + e.getMessage() + ")", e);
    }
  }
}
