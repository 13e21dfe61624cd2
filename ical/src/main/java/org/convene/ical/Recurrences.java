package org.convene.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;

/**
 * Expands a recurring VEVENT's rules (RRULE, EXRULE, EXDATE) through ical4j's recurrence engine:
 * Convene does no recurrence arithmetic of its own. ical4j is given only the lines it needs
 * (DTSTART, DTEND, DURATION and those rules, with the VTIMEZONEs they name), and
 * gives back each occurrence's start as a wall-clock time in the DTSTART's zone, which the
 * importer then places with its own reading of that zone, so that one calendar has one reading
 * of each TZID.
 */
final class Recurrences {
  private static final Set<String> TIMING =
      Set.of("UID", "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "EXRULE");

  /** Above this COUNT a series is taken to go on rather than counted out. */
  private static final int MAX_COUNT_CHECKED = 100_000;

  private Recurrences() {}

  /** The occurrences in a window, in time order. */
  static final class Expansion {
    /** Starts, as wall-clock times in the DTSTART's zone (midnight for a DATE). */
    final List<LocalDateTime> starts;
    /** Whether occurrences in the window were left out because of the count. */
    final boolean countReached;
    /** Whether the series has occurrences after the window. */
    final boolean goesOn;

    Expansion(List<LocalDateTime> starts, boolean countReached, boolean goesOn) {
      this.starts = starts;
      this.countReached = countReached;
      this.goesOn = goesOn;
    }
  }

  /** Whether a VEVENT recurs: it has an RRULE or an RDATE. */
  static boolean recurs(CalendarReader.Component event) {
    return event.first("RRULE") != null || event.first("RDATE") != null;
  }

  /**
   * Expands a recurring VEVENT.
   *
   * @param event the VEVENT
   * @param timeZones the VTIMEZONEs of its calendar
   * @param tzidForIcal4j the TZID to hand ical4j for a TZID of the calendar: the id of the Java
   *     zone it names, itself if a VTIMEZONE defines it, or empty to read it as floating (an
   *     offset, or a TZID nothing defines, which the importer reads as wall-clock time too)
   * @param from the window's start
   * @param to the window's end, exclusive
   * @param max the most occurrences to give
   * @throws IllegalArgumentException with ical4j's reason if it cannot expand the VEVENT
   */
  static Expansion expand(CalendarReader.Component event, List<CalendarReader.Component> timeZones,
      java.util.function.Function<String, java.util.Optional<String>> tzidForIcal4j, Instant from,
      Instant to, int max) {
    List<String> lines = new ArrayList<>();
    Set<String> tzids = new LinkedHashSet<>();
    lines.add("BEGIN:VEVENT");
    for (ContentReader.Line l : event.properties) {
      if (!TIMING.contains(l.name)) {
        continue;
      }
      String tzid = l.param("TZID");
      if (tzid == null) {
        lines.add(l.raw);
      } else {
        java.util.Optional<String> given = tzidForIcal4j.apply(tzid);
        lines.add(withTzid(l, given));
        given.ifPresent(tzids::add);
      }
    }
    lines.add("END:VEVENT");
    List<String> calendar = new ArrayList<>();
    for (CalendarReader.Component zone : timeZones) {
      ContentReader.Line tzid = zone.first("TZID");
      if (tzid != null && tzids.contains(tzid.value.trim())) {
        calendar.add("BEGIN:VTIMEZONE");
        zone.properties.forEach(l -> calendar.add(l.raw));
        zone.nested.forEach(l -> calendar.add(l.raw));
        calendar.add("END:VTIMEZONE");
      }
    }
    calendar.addAll(lines);
    VEvent vevent = Ical4j.parse(Ical4j.calendarOf(calendar)).getComponents().stream()
        .filter(VEvent.class::isInstance).map(VEvent.class::cast).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("ical4j finds no VEVENT in it"));
    try {
      // a rule with more dates than the count in the window (FREQ=SECONDLY for a year) is cut
      // at the date after the count, asked of ical4j with that count, so that ical4j never
      // builds more than about the count; ical4j starts a DATE rule at the window start's day,
      // whose one date before the window's start must not count (hence one more; a date at or
      // after the window's end cuts nothing)
      Instant end = to;
      boolean cut = false;
      Temporal seed = vevent.getDateTimeStart().getDate();
      for (Object property : vevent.getProperties("RRULE")) {
        List<Instant> dates = new ArrayList<>();
        for (Object date : datesOf(property, seed, sameKind(from, seed), sameKind(to, seed), max + 2)) {
          if (startsWithin((Temporal) date, from, to)) {
            dates.add(instantOf((Temporal) date));
          }
        }
        if (dates.size() > max && dates.get(max).isBefore(end)) {
          end = dates.get(max);
          cut = true;
        }
      }
      Period<ZonedDateTime> window =
          new Period<>(from.atZone(ZoneOffset.UTC), end.atZone(ZoneOffset.UTC));
      Set<Period<Temporal>> periods = vevent.calculateRecurrenceSet(window);
      List<LocalDateTime> starts = new ArrayList<>();
      boolean countReached = cut;
      for (Period<Temporal> period : periods) {
        if (!startsWithin(period.getStart(), from, end)) {
          continue;
        }
        if (starts.size() == max) {
          countReached = true;
          break;
        }
        starts.add(local(period.getStart()));
      }
      return new Expansion(List.copyOf(starts), countReached, !cut && goesOn(vevent, to));
    } catch (RuntimeException | StackOverflowError e) {
      throw new IllegalArgumentException("ical4j cannot expand it (" + e.getMessage() + ")", e);
    }
  }

  /** At most {@code count} dates of an RRULE in a window, from ical4j. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<?> datesOf(Object rrule, Temporal seed, Temporal from, Temporal to,
      int count) {
    Recur recur = ((RRule) rrule).getRecur();
    return recur.getDates(seed, from, to, count);
  }

  /** A date of ical4j's as an instant, a floating one read as UTC. */
  private static Instant instantOf(Temporal date) {
    if (date.isSupported(ChronoField.INSTANT_SECONDS)) {
      return Instant.from(date);
    }
    return local(date).toInstant(ZoneOffset.UTC);
  }

  /** Whether an occurrence starts in [from, to): by its instant, or floating as if in UTC. */
  private static boolean startsWithin(Temporal start, Instant from, Instant to) {
    if (start.isSupported(ChronoField.INSTANT_SECONDS)) {
      Instant at = Instant.from(start);
      return !at.isBefore(from) && at.isBefore(to);
    }
    // a DATE as its midnight, like an RDATE's DATE: not the window's bounds cut to their days
    LocalDateTime at = local(start);
    return !at.isBefore(LocalDateTime.ofInstant(from, ZoneOffset.UTC))
        && at.isBefore(LocalDateTime.ofInstant(to, ZoneOffset.UTC));
  }

  /** The line with its TZID replaced, or removed for a floating time. */
  private static String withTzid(ContentReader.Line line, java.util.Optional<String> tzid) {
    StringBuilder text = new StringBuilder(line.name);
    for (String[] param : line.params) {
      if (!param[0].equals("TZID")) {
        text.append(';').append(param[0]).append('=').append(param[1]);
      }
    }
    tzid.ifPresent(id -> text.append(";TZID=\"").append(id.replace("\"", "")).append('"'));
    return text.append(':').append(line.value).toString();
  }

  /**
   * Whether an RRULE has a date at or after the window's end: without COUNT or UNTIL it goes on
   * forever; with UNTIL, if that is after the end; with COUNT, if fewer than COUNT dates fall
   * before the end. ical4j's getNextDate is not used: it walks every candidate from the start,
   * seconds for a year of FREQ=SECONDLY.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean goesOn(VEvent vevent, Instant to) {
    Temporal seed = vevent.getDateTimeStart().getDate();
    for (Object property : vevent.getProperties("RRULE")) {
      Recur recur = ((RRule) property).getRecur();
      if (recur.getUntil() != null) {
        if (!instantOf(recur.getUntil()).isBefore(to)) {
          return true;
        }
      } else if (recur.getCount() < 1 || recur.getCount() > MAX_COUNT_CHECKED) {
        return true;
      } else if (recur.getDates(seed, seed, sameKind(to, seed), recur.getCount()).size()
          < recur.getCount()) {
        return true;
      }
    }
    return false;
  }

  private static Temporal sameKind(Instant instant, Temporal like) {
    if (like instanceof ZonedDateTime) {
      return instant.atZone(((ZonedDateTime) like).getZone());
    }
    if (like instanceof OffsetDateTime) {
      return instant.atOffset(((OffsetDateTime) like).getOffset());
    }
    if (like instanceof Instant) {
      return instant;
    }
    if (like instanceof LocalDate) {
      return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A date of ical4j's as a wall-clock time: in its own zone or offset, an instant in UTC. */
  static LocalDateTime local(Temporal temporal) {
    if (temporal instanceof Instant) {
      return LocalDateTime.ofInstant((Instant) temporal, ZoneOffset.UTC);
    }
    if (temporal instanceof LocalDate) {
      return ((LocalDate) temporal).atStartOfDay();
    }
    // a ZonedDateTime, an OffsetDateTime or a LocalDateTime
    return LocalDateTime.from(temporal);
  }
}
