package org.convene.rules;

import java.util.Locale;
import org.convene.PartitionKey;

/**
 * One attribute's value in a partition, in canonical form: delegations upper case, organisations
 * and roles lower case with their spaces collapsed, so that {@code "fr"} and {@code "FR"} are one
 * partition. An absent attribute is its own value ({@code value == null}), which no present
 * value equals: an organisation named "(none)" does not share a quota with people who have none.
 *
 * @param key the attribute
 * @param value the canonical value, or null when the participant has none
 */
record PartitionValue(PartitionKey key, String value) {
  static PartitionValue of(PartitionKey key, String raw) {
    if (raw == null) {
      return new PartitionValue(key, null);
    }
    boolean upper = key == PartitionKey.DELEGATION || key == PartitionKey.SECTOR;
    String s = canonical(raw, upper);
    return new PartitionValue(key, s.isEmpty() ? null : s);
  }

  /** Stripped, inner runs of white space made one space, one case; the string itself if already so. */
  private static String canonical(String raw, boolean upper) {
    int n = raw.length();
    boolean clean = n > 0 && !Character.isWhitespace(raw.charAt(0)) && !Character.isWhitespace(raw.charAt(n - 1));
    for (int i = 0; i < n && clean; i++) {
      char c = raw.charAt(i);
      clean = (upper ? !Character.isLowerCase(c) : !Character.isUpperCase(c))
          && (c == ' ' ? raw.charAt(i - 1) != ' ' : !Character.isWhitespace(c)) && c < 0x80;
    }
    if (clean) {
      return raw;
    }
    StringBuilder b = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    String s = b.toString();
    return upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
  }

  String label() {
    return key.name().toLowerCase(Locale.ROOT) + " " + (value == null ? "(none)" : value);
  }
}
