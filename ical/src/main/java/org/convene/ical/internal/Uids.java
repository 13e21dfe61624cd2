package org.convene.ical.internal;

import java.nio.charset.StandardCharsets;

/**
 * Stable calendar UIDs made from Convene ids: the event's id alone for the event's own entry,
 * {@code <event id>/<session id>} for a session, each id percent-encoded so that the UID is plain
 * ASCII and unique for distinct ids.
 */
public final class Uids {
  private Uids() {}

  /**
   * Returns the UID of an event's own entry.
   *
   * @param eventId the event id
   * @return the UID
   */
  public static String ofEvent(String eventId) {
    return encode(eventId);
  }

  /**
   * Returns the UID of a session.
   *
   * @param eventId the event id
   * @param sessionId the session id
   * @return the UID
   */
  public static String ofSession(String eventId, String sessionId) {
    return encode(eventId) + "/" + encode(sessionId);
  }

  /**
   * Percent-encodes every octet of the UTF-8 form outside {@code A-Z a-z 0-9 - . _ ~}.
   *
   * @param id any text
   * @return the encoded text
   */
  public static String encode(String id) {
    StringBuilder out = new StringBuilder(id.length() + 8);
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
