package org.convene.ical;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.Session;

/**
 * What {@link FeedImporter} read from a calendar: its name, the zone its sessions' wall-clock
 * times are in, and one {@link CalendarEntry} per VEVENT.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportedCalendar {
  private final Optional<String> name;
  private final ZoneId zone;
  private final List<CalendarEntry> entries;

  ImportedCalendar(Optional<String> name, ZoneId zone, List<CalendarEntry> entries) {
    this.name = name;
    this.zone = zone;
    this.entries = List.copyOf(entries);
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
   * Returns every VEVENT read as a session, cancelled ones included, in the order of the file.
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
