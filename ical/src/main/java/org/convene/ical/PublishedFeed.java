package org.convene.ical;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.ical.internal.ContentWriter;
import org.convene.ical.internal.Dates;
import org.convene.ical.internal.Revision;
import org.convene.ical.internal.TextBuffer;

/**
 * A feed as it was published, read back for an update: each VEVENT by UID with its {@link
 * Revision} and its properties, read by {@link CalendarReader} (unfolded, property by property),
 * never by searching the text, so that no TEXT value can pass for a line of its own.
 */
final class PublishedFeed {
  /** One published VEVENT. */
  static final class Entry {
    final String uid;
    final Revision revision;
    private final List<ContentReader.Line> properties;

    Entry(String uid, Revision revision, List<ContentReader.Line> properties) {
      this.uid = uid;
      this.revision = revision;
      this.properties = properties;
    }

    /** The values of its CATEGORIES, unescaped, in order. */
    List<String> categories() {
      List<String> values = new java.util.ArrayList<>();
      for (ContentReader.Line line : properties) {
        if (line.name.equals("CATEGORIES")) {
          values.addAll(Values.unescapeList(line.value));
        }
      }
      return values;
    }

    /**
     * The VEVENT as this module writes it: its properties in their order, folded at 75 octets,
     * CRLF. For a feed this module published, these are the bytes it published.
     */
    String text() {
      return render(null);
    }

    /** The same VEVENT, cancelled: SEQUENCE one higher, the new DTSTAMP, STATUS:CANCELLED. */
    String cancelled(Instant now) {
      return render(revision.cancelled(now));
    }

    private String render(Revision replacement) {
      TextBuffer text = new TextBuffer(1024);
      ContentWriter out = new ContentWriter(text);
      out.line("BEGIN:VEVENT");
      boolean sequence = false;
      boolean status = false;
      for (ContentReader.Line line : properties) {
        if (replacement == null) {
          out.logical(line.raw);
          continue;
        }
        switch (line.name) {
          case "DTSTAMP":
            out.name("DTSTAMP").raw(Dates.utc(replacement.getStamp()));
            break;
          case "SEQUENCE":
            sequence = true;
            out.name("SEQUENCE").raw(Integer.toString(replacement.getSequence()));
            break;
          case "STATUS":
            status = true;
            out.line("STATUS:CANCELLED");
            break;
          default:
            out.logical(line.raw);
        }
      }
      if (replacement != null && !sequence) {
        out.name("SEQUENCE").raw(Integer.toString(replacement.getSequence()));
      }
      if (replacement != null && !status) {
        out.line("STATUS:CANCELLED");
      }
      out.line("END:VEVENT");
      return text.toString();
    }
  }

  private PublishedFeed() {}

  /**
   * Reads a published calendar's VEVENTs by UID, in the order of the file.
   *
   * @throws CalendarFormatException if it is not a calendar
   */
  static Map<String, Entry> read(String calendar) {
    CalendarReader.RawCalendar raw =
        new CalendarReader(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, false)
            .read(new StringReader(calendar));
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (CalendarReader.Component event : raw.events) {
      ContentReader.Line uid = event.first("UID");
      if (uid == null) {
        continue;
      }
      ContentReader.Line sequence = event.first("SEQUENCE");
      ContentReader.Line stamp = event.first("DTSTAMP");
      ContentReader.Line status = event.first("STATUS");
      Revision revision = new Revision(
          sequence == null ? 0 : Math.max(0, Values.parseInt(sequence.value, 0)),
          stamp == null ? Instant.EPOCH : Values.utc(stamp).orElse(Instant.EPOCH),
          status != null && status.value.trim().equalsIgnoreCase("CANCELLED"));
      entries.putIfAbsent(uid.value.trim(), new Entry(uid.value.trim(), revision, event.properties));
    }
    return entries;
  }
}
