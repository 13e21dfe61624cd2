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
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      return new PartitionValue(key, null);
    }
    return new PartitionValue(key, key == PartitionKey.DELEGATION || key == PartitionKey.SECTOR
        ? s.toUpperCase(Locale.ROOT)
        : s.toLowerCase(Locale.ROOT));
  }

  String label() {
    return key.name().toLowerCase(Locale.ROOT) + " " + (value == null ? "(none)" : value);
  }
}
