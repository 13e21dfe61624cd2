package org.convene.rules;

import java.util.Locale;
import org.convene.PartitionKey;
import org.convene.internal.Canonical;

/**
 * One attribute's value in a partition, in canonical form ({@link Canonical}, the form participant
 * filters compare in too): delegations upper case, organisations and roles lower case with their
 * spaces collapsed, so that {@code "fr"} and {@code "FR"} are one partition. An absent attribute
 * is its own value ({@code value == null}), which no present value equals: an organisation named "(none)" does not share a quota with people who have none.
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
    String s = upper ? Canonical.upper(raw) : Canonical.lower(raw);
    return new PartitionValue(key, s.isEmpty() ? null : s);
  }

  String label() {
    return key.name().toLowerCase(Locale.ROOT) + " " + (value == null ? "(none)" : value);
  }
}
