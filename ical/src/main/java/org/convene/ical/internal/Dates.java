package org.convene.ical.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Fast formatting of RFC 5545 DATE, DATE-TIME and UTC-OFFSET values. */
public final class Dates {
  private Dates() {}

  /**
   * Tells whether a zone is UTC itself, whose times are written with a trailing Z.
   *
   * @param zone a zone
   * @return true for UTC, Z, Etc/UTC and the like
   */
  public static boolean isUtc(ZoneId zone) {
    return zone.normalized().equals(ZoneOffset.UTC)
        && (zone instanceof ZoneOffset
            || zone.getId().equals("UTC")
            || zone.getId().equals("Etc/UTC")
            || zone.getId().equals("Z"));
  }

  /**
   * Formats a DATE.
   *
   * @param date the date
   * @return such as {@code 20231211}
   */
  public static String date(LocalDate date) {
    StringBuilder out = new StringBuilder(8);
    appendDate(out, date);
    return out.toString();
  }

  /**
   * Formats a floating DATE-TIME.
   *
   * @param time the time
   * @return such as {@code 20231211T093000}
   */
  public static String dateTime(LocalDateTime time) {
    StringBuilder out = new StringBuilder(15);
    appendDate(out, time.toLocalDate());
    out.append('T');
    pad2(out, time.getHour());
    pad2(out, time.getMinute());
    pad2(out, time.getSecond());
    return out.toString();
  }

  /**
   * Formats an instant as a UTC DATE-TIME, seconds truncated.
   *
   * @param instant the instant
   * @return such as {@code 20231211T093000Z}
   */
  public static String utc(Instant instant) {
    return dateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + 'Z';
  }

  static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    StringBuilder out = new StringBuilder(7);
    out.append(total < 0 ? '-' : '+');
    total = Math.abs(total);
    pad2(out, total / 3600);
    pad2(out, total / 60 % 60);
    if (total % 60 != 0) {
      pad2(out, total % 60);
    }
    return out.toString();
  }

  private static void appendDate(StringBuilder out, LocalDate date) {
    int year = date.getYear();
    if (year < 1000) {
      out.append("000".substring(0, year < 10 ? 3 : year < 100 ? 2 : 1));
    }
    out.append(year);
    pad2(out, date.getMonthValue());
    pad2(out, date.getDayOfMonth());
  }

  private static void pad2(StringBuilder out, int value) {
    out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
