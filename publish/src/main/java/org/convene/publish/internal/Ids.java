package org.convene.publish.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based identifiers (UUID version 5, SHA-1, RFC 9562) for what a schedule publishes, so that
 * a re-export gives the same ones: from the event's id and a session's id or a room's name.
 */
public final class Ids {
  /** The namespace: the version 5 UUID of the URL {@code https://convene.org/frab} in RFC 9562's URL namespace. */
  static final UUID NAMESPACE =
      v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://convene.org/frab");

  private Ids() {}

  /**
   * Returns the stable UUID of a session.
   *
   * @param eventId the event's id
   * @param sessionId the session's id
   * @return the UUID
   */
  public static UUID session(String eventId, String sessionId) {
    return v5(NAMESPACE, name("session", eventId, sessionId));
  }

  /**
   * Returns the stable UUID of a room.
   *
   * @param eventId the event's id
   * @param room the room's name
   * @return the UUID
   */
  public static UUID room(String eventId, String room) {
    return v5(NAMESPACE, name("room", eventId, room));
  }

  /**
   * Returns a positive integer taken from a UUID's first 31 random bits.
   *
   * @param uuid the UUID
   * @return a number from 1 to {@link Integer#MAX_VALUE}
   */
  public static int number(UUID uuid) {
    return (int) ((uuid.getMostSignificantBits() >>> 33) % Integer.MAX_VALUE) + 1;
  }

  /** Length-prefixed parts, so that no two different pairs of ids give the same name. */
  private static String name(String kind, String eventId, String id) {
    return kind + ":" + eventId.length() + ":" + eventId + ":" + id;
  }

  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
