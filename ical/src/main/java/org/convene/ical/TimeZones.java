package org.convene.ical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.transform.compliance.TzHelper;

/**
 * What the TZIDs of one calendar mean. In this order: a zone id Java knows (also at the end of a
 * path such as {@code /mozilla.org/20070129_1/Europe/Paris}); else the calendar's own VTIMEZONE
 * of that TZID, as ical4j interprets it (this is how Windows names such as {@code W. Europe
 * Standard Time} and made-up TZIDs are read); else a Windows zone name that ical4j maps to a
 * zone, with a warning that the zone was guessed; else nothing, with a warning, and the time is
 * read as a wall-clock time in the calendar's zone. Each warning is given once per TZID.
 */
final class TimeZones {
  private final Map<String, CalendarReader.Component> definitions = new HashMap<>();
  private final Map<String, Optional<ZoneRules>> resolved = new HashMap<>();
  private final Set<String> warned = new HashSet<>();
  private final List<String> warnings;

  TimeZones(List<CalendarReader.Component> timeZones, List<String> warnings) {
    this.warnings = warnings;
    for (CalendarReader.Component zone : timeZones) {
      ContentReader.Line tzid = zone.first("TZID");
      if (tzid != null) {
        definitions.putIfAbsent(tzid.value.trim(), zone);
      }
    }
  }

  /** A TZID as a Java zone: itself, or the longest tail of a path that is one. */
  static Optional<ZoneId> javaZone(String tzid) {
    String id = tzid.trim();
    while (true) {
      try {
        // a path's leading slash is never part of a zone id, so ZoneId.of refuses it
        return Optional.of(ZoneId.of(id, ZoneId.SHORT_IDS));
      } catch (DateTimeException e) {
        // not a zone id: try what follows the next slash
      }
      int slash = id.indexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      id = id.substring(slash + 1);
    }
  }

  /** The zone a Windows zone name stands for in ical4j's table, if it is one. */
  static Optional<ZoneId> windowsZone(String tzid) {
    try {
      String id = TzHelper.getCorrectedTimeZoneIdFrom(tzid.trim());
      return id == null ? Optional.empty() : javaZone(id);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A zone to give wall-clock times in, named by a TZID: a Java zone or a Windows name. */
  static Optional<ZoneId> namedZone(String tzid) {
    return javaZone(tzid).or(() -> windowsZone(tzid));
  }

  /**
   * Returns the rules of a TZID, or empty when the calendar does not say what it means.
   *
   * @param tzid the TZID parameter's value
   * @param line the line that uses it, for the warning
   * @param target the calendar's zone, named in the warning
   */
  Optional<ZoneRules> rules(String tzid, int line, ZoneId target) {
    String key = tzid.trim();
    Optional<ZoneRules> rules = resolved.get(key);
    if (rules == null) {
      rules = resolve(key, line, target);
      resolved.put(key, rules);
    }
    return rules;
  }

  private Optional<ZoneRules> resolve(String tzid, int line, ZoneId target) {
    Optional<ZoneId> java = javaZone(tzid);
    if (java.isPresent()) {
      return Optional.of(java.get().getRules());
    }
    CalendarReader.Component definition = definitions.get(tzid);
    String problem = "no VTIMEZONE defines it";
    if (definition != null) {
      try {
        return Optional.of(fromDefinition(definition));
      } catch (RuntimeException e) {
        problem = "its VTIMEZONE at line " + definition.line + " cannot be read: " + e.getMessage();
      }
    }
    Optional<ZoneId> windows = windowsZone(tzid);
    if (windows.isPresent()) {
      warnOnce(tzid, "line " + line + ": TZID \"" + ContentReader.abbreviate(tzid) + "\" is not a"
          + " zone id and " + problem + ": guessed " + windows.get()
          + ", the zone ical4j maps that Windows name to");
      return Optional.of(windows.get().getRules());
    }
    warnOnce(tzid, "line " + line + ": TZID \"" + ContentReader.abbreviate(tzid) + "\" is not a"
        + " zone id and " + problem + ": its times are guessed to be wall-clock times in "
        + target);
    return Optional.empty();
  }

  private void warnOnce(String tzid, String warning) {
    if (warned.add(tzid)) {
      warnings.add(warning);
    }
  }

  /** ical4j's interpretation of a VTIMEZONE, as java.time rules. */
  private static ZoneRules fromDefinition(CalendarReader.Component definition) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VTIMEZONE");
    for (ContentReader.Line l : definition.properties) {
      lines.add(l.raw);
    }
    for (ContentReader.Line l : definition.nested) {
      lines.add(l.raw);
    }
    lines.add("END:VTIMEZONE");
    VTimeZone zone = Ical4j.parse(Ical4j.calendarOf(lines)).getComponents()
        .stream().filter(VTimeZone.class::isInstance).map(VTimeZone.class::cast).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("ical4j finds no VTIMEZONE in it"));
    try {
      return new ZoneRulesBuilder().vTimeZone(zone).build();
    } catch (Exception e) {
      throw new IllegalArgumentException("ical4j cannot interpret it (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The instant of a wall-clock time under some rules: the earlier offset in an overlap, and a
   * time in a gap moved forward by the gap's length, as {@link java.time.ZonedDateTime} does.
   */
  static Instant instant(LocalDateTime local, ZoneRules rules) {
    List<java.time.ZoneOffset> valid = rules.getValidOffsets(local);
    if (!valid.isEmpty()) {
      return local.toInstant(valid.get(0));
    }
    ZoneOffsetTransition gap = rules.getTransition(local);
    return local.plusSeconds(gap.getDuration().getSeconds()).toInstant(gap.getOffsetAfter());
  }
}
