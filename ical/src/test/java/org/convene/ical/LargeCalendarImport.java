package org.convene.ical;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Imports a calendar of N three-line VEVENTs with the default importer and prints how many
 * sessions it read, or the exception's message. {@link DefaultCapsTest} runs it in a JVM of its
 * own with a 256 MB heap.
 */
final class LargeCalendarImport {
  private LargeCalendarImport() {}

  /**
   * Runs the import.
   *
   * @param args the number of VEVENTs
   */
  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    StringBuilder text = new StringBuilder(count * 64 + 64).append("BEGIN:VCALENDAR\r\n");
    for (int i = 0; i < count; i++) {
      text.append("BEGIN:VEVENT\r\nUID:event-").append(i)
          .append("@example.org\r\nDTSTART:20240101T100000Z\r\nEND:VEVENT\r\n");
    }
    byte[] bytes = text.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    text = null;
    try {
      ImportedCalendar calendar = FeedImporter.builder().build().read(new ByteArrayInputStream(bytes));
      System.out.println("imported " + calendar.getSessions().size());
    } catch (CalendarFormatException e) {
      System.out.println("refused " + e.getMessage());
    }
  }
}
