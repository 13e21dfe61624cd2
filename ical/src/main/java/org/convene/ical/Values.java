package org.convene.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads RFC 5545 values out of content lines: TEXT (unescaped), INTEGER, DATE, DATE-TIME and
 * DURATION. Malformed dates raise a {@link CalendarFormatException} naming the line; the others
 * answer with a default or an empty Optional, for the caller to warn.
 */
final class Values {
  private Values() {}

  /** Unescapes a TEXT value (RFC 5545 section 3.3.11), leniently. */
  static String unescape(String value) {
    int backslash = value.indexOf('\\');
    if (backslash < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    out.append(value, 0, backslash);
    for (int i = backslash; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Splits a TEXT list at commas that are not escaped, unescaping each value. */
  static List<String> unescapeList(String value) {
    List<String> values = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ',') {
        values.add(unescape(value.substring(from, i)));
        from = i + 1;
      }
    }
    values.add(unescape(value.substring(from)));
    return values;
  }

  static int parseInt(String value, int otherwise) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** A DATE-TIME in UTC such as DTSTAMP, or empty if it is not one. */
  static Optional<Instant> utc(ContentReader.Line line) {
    String value = line.value.trim();
    if (!value.endsWith("Z") && !value.endsWith("z")) {
      return Optional.empty();
    }
    try {
      return Optional.of(dateTime(line, value.substring(0, value.length() - 1))
          .toInstant(ZoneOffset.UTC));
    } catch (CalendarFormatException e) {
      return Optional.empty();
    }
  }

  static LocalDate date(ContentReader.Line line, String value) {
    if (value.length() != 8 || !digits(value, 0, 8)) {
      throw notADate(line);
    }
    try {
      return LocalDate.of(Integer.parseInt(value.substring(0, 4)),
          Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
    } catch (DateTimeException e) {
      throw notADate(line);
    }
  }

  /** A DATE-TIME without its Z: {@code yyyyMMdd'T'HHmmss}, a leap second read as :59. */
  static LocalDateTime dateTime(ContentReader.Line line, String value) {
    if (value.length() != 15 || value.charAt(8) != 'T' && value.charAt(8) != 't'
        || !digits(value, 9, 15)) {
      throw notADate(line);
    }
    LocalDate date = date(line, value.substring(0, 8));
    try {
      return date.atTime(LocalTime.of(Integer.parseInt(value.substring(9, 11)),
          Integer.parseInt(value.substring(11, 13)),
          Math.min(59, Integer.parseInt(value.substring(13, 15)))));
    } catch (DateTimeException e) {
      throw notADate(line);
    }
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static CalendarFormatException notADate(ContentReader.Line line) {
    return new CalendarFormatException(line.number, line.name + " value \""
        + ContentReader.abbreviate(line.value)
        + "\" is not a DATE (yyyyMMdd) or DATE-TIME (yyyyMMdd'T'HHmmss, optionally ending in Z)");
  }

  /**
   * Parses an RFC 5545 DURATION (section 3.3.6): an optional sign, then weeks ({@code P2W}) or
   * days and a time ({@code P1DT2H}, {@code PT1H30M}); empty if it is none or too long.
   */
  static Optional<Duration> duration(String text) {
    String value = text.trim().toUpperCase(Locale.ROOT);
    try {
      boolean negative = value.startsWith("-");
      String body = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
      Duration duration;
      if (body.endsWith("W") && body.startsWith("P")) {
        duration = Duration.ofDays(Math.multiplyExact(7L,
            Long.parseLong(body.substring(1, body.length() - 1))));
      } else {
        duration = Duration.parse(body);
      }
      if (body.indexOf('-') >= 0 || body.indexOf('+') >= 0) {
        return Optional.empty();
      }
      return Optional.of(negative ? duration.negated() : duration);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
