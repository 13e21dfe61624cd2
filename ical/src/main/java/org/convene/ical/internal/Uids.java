package org.convene.ical.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Stable calendar UIDs made from Convene ids: the event's id alone for the event's own entry,
 * {@code <event id>/<session id>} for a session, each id percent-encoded so that the UID is plain
 * ASCII, unique for distinct ids, and decodes back to the ids.
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
   * Returns the session id a UID written by {@link #ofSession} holds.
   *
   * @param uid a UID
   * @return the session id, or empty if the UID is not in that form
   */
  public static Optional<String> sessionIdOf(String uid) {
    int slash = uid.indexOf('/');
    if (slash < 0 || uid.indexOf('/', slash + 1) >= 0) {
      return Optional.empty();
    }
    return decode(uid.substring(slash + 1));
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

  /** Decodes {@link #encode}; empty if the text is not such an encoding. */
  static Optional<String> decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(encoded.charAt(i + 1), 16);
        int lo = Character.digit(encoded.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return Optional.empty();
      }
    }
    String decoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    return encode(decoded).equals(encoded) ? Optional.of(decoded) : Optional.empty();
  }
}
