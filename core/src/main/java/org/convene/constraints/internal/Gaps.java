package org.convene.constraints.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The wall-clock times a zone skips for daylight saving around an event's days, looked up once
 * per event so that checking a session costs a comparison or two instead of a zone-rules search.
 */
final class Gaps {
  /** Beyond this many transitions (an event spanning years), ask the rules for each time. */
  private static final int MAX_GAPS = 64;

  private final ZoneRules rules;
  private final List<ZoneOffsetTransition> gaps;

  private Gaps(ZoneRules rules, List<ZoneOffsetTransition> gaps) {
    this.rules = rules;
    this.gaps = gaps;
  }

  /** The gaps of a zone from the day before {@code first} to the day after {@code last}. */
  static Gaps around(ZoneId zone, LocalDate first, LocalDate last) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> gaps = new ArrayList<>();
    if (rules.isFixedOffset()) {
      return new Gaps(rules, gaps);
    }
    // transitions are searched from the first day's start at UTC minus a day: no offset is larger
    Instant cursor = instantOf(first, -1);
    Instant end = instantOf(last, 2);
    int seen = 0;
    for (ZoneOffsetTransition next = rules.nextTransition(cursor);
        next != null && next.getInstant().isBefore(end);
        next = rules.nextTransition(next.getInstant())) {
      if (++seen > MAX_GAPS) {
        return new Gaps(rules, null);
      }
      if (next.isGap()) {
        gaps.add(next);
      }
    }
    return new Gaps(rules, gaps);
  }

  /** Whether the zone's clocks skip this wall-clock time. */
  boolean skips(LocalDateTime time) {
    if (gaps == null) {
      ZoneOffsetTransition transition = rules.getTransition(time);
      return transition != null && transition.isGap();
    }
    for (ZoneOffsetTransition gap : gaps) {
      if (!time.isBefore(gap.getDateTimeBefore()) && time.isBefore(gap.getDateTimeAfter())) {
        return true;
      }
    }
    return false;
  }

  /** The instant of a day's midnight at UTC, shifted by days and clamped to Instant's range. */
  private static Instant instantOf(LocalDate day, int shiftDays) {
    long epochDay = day.toEpochDay() + shiftDays;
    long seconds = Math.multiplyExact(epochDay, 86_400L);
    if (seconds <= Instant.MIN.getEpochSecond()) {
      return Instant.MIN;
    }
    if (seconds >= Instant.MAX.getEpochSecond()) {
      return Instant.MAX;
    }
    return Instant.ofEpochSecond(seconds);
  }
}
