package org.convene.ical;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.Session;

/**
 * What {@link FeedImporter} read from a calendar: its name, the zone its sessions' wall-clock
 * times are in, one {@link CalendarEntry} per session, and warnings about what it could not take
 * over.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportedCalendar {
  private final Optional<String> name;
  private final ZoneId zone;
  private final List<CalendarEntry> entries;
  private final List<String> warnings;

  ImportedCalendar(
      Optional<String> name, ZoneId zone, List<CalendarEntry> entries, List<String> warnings) {
    this.name = name;
    this.zone = zone;
    this.entries = List.copyOf(entries);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Returns what the importer skipped, one message per thing, each naming its line, such as
   * {@code line 4: VEVENT skipped: it has no DTSTART, and a session needs a start}.
   *
   * @return the warnings, empty for a calendar Convene wrote, not null
   */
  public List<String> getWarnings() {
    return warnings;
  }

  /**
   * Returns the calendar's name (NAME, else X-WR-CALNAME).
   *
   * @return the name, or empty
   */
  public Optional<String> getName() {
    return name;
  }

  /**
   * Returns the zone in which the sessions' times are given.
   *
   * @return the zone, not null
   */
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns every session read, cancelled ones included, in the order of the file: one per
   * VEVENT, one per occurrence of a recurring VEVENT (in time order), and one per track for a
   * session Convene published once for all the tracks that share it.
   *
   * @return the entries, not null
   */
  public List<CalendarEntry> getEntries() {
    return entries;
  }

  /**
   * Returns the sessions that are not cancelled, in the order of the file.
   *
   * @return a new unmodifiable list, not null
   */
  public List<Session> getSessions() {
    return entries.stream()
        .filter(e -> !e.isCancelled())
        .map(CalendarEntry::getSession)
        .collect(Collectors.toUnmodifiableList());
  }
}
