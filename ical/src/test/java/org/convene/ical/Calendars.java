package org.convene.ical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading exported text in tests: VEVENT blocks by UID, UIDs in order. */
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
    int at = ics.indexOf("UID:" + uid + "\r\n");
    if (at < 0) {
      throw new AssertionError("no VEVENT with UID " + uid);
    }
    return ics.substring(ics.lastIndexOf("BEGIN:VEVENT", at), ics.indexOf("END:VEVENT", at));
  }

  /**
   * Returns each VEVENT's whole text by UID, in order.
   *
   * @param ics an exported calendar
   * @return the blocks
   */
  static Map<String, String> blocks(String ics) {
    Map<String, String> blocks = new LinkedHashMap<>();
    int from = 0;
    while ((from = ics.indexOf("BEGIN:VEVENT\r\n", from)) >= 0) {
      int end = ics.indexOf("END:VEVENT\r\n", from) + "END:VEVENT\r\n".length();
      String block = ics.substring(from, end);
      blocks.put(uids(block).get(0), block);
      from = end;
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
