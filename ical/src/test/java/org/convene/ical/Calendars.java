package org.convene.ical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading exported text in tests, by physical lines: a folded continuation starts with a space,
 * so a line that is exactly {@code BEGIN:VEVENT} begins a VEVENT whatever its TEXT values hold.
 */
final class Calendars {
  private Calendars() {}

  /**
   * Returns one VEVENT's text, from BEGIN:VEVENT to just before END:VEVENT.
   *
   * @param ics an exported calendar
   * @param uid the VEVENT's UID
   * @return its text, folded as written
   */
  static String block(String ics, String uid) {
    String block = blocks(ics).get(uid);
    if (block == null) {
      throw new AssertionError("no VEVENT with UID " + uid);
    }
    return block.substring(0, block.length() - "END:VEVENT\r\n".length());
  }

  /**
   * Returns each VEVENT's whole text by UID, in order, END:VEVENT and its CRLF included.
   *
   * @param ics an exported calendar
   * @return the blocks
   */
  static Map<String, String> blocks(String ics) {
    Map<String, String> blocks = new LinkedHashMap<>();
    StringBuilder block = null;
    for (String line : ics.split("\r\n", -1)) {
      if (line.equals("BEGIN:VEVENT")) {
        block = new StringBuilder();
      }
      if (block != null) {
        block.append(line).append("\r\n");
      }
      if (line.equals("END:VEVENT") && block != null) {
        blocks.put(uids(block.toString()).get(0), block.toString());
        block = null;
      }
    }
    return blocks;
  }

  /**
   * Returns every UID in order.
   *
   * @param ics an exported calendar
   * @return the UIDs
   */
  static List<String> uids(String ics) {
    List<String> uids = new ArrayList<>();
    for (String line : ics.replace("\r\n ", "").split("\r\n")) {
      if (line.startsWith("UID:")) {
        uids.add(line.substring(4));
      }
    }
    return uids;
  }
}
