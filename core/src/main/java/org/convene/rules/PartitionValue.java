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

  /** As a record's, spelled out: counter keys compare their partitions on every lookup. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PartitionValue)) {
      return false;
    }
    PartitionValue that = (PartitionValue) other;
    return key == that.key && (value == null ? that.value == null : value.equals(that.value));
  }

  /** By the attribute's position, not its identity: the same value hashes alike in every JVM. */
  @Override
  public int hashCode() {
    return key.ordinal() * 31 + (value == null ? 0 : value.hashCode());
  }

  String label() {
    return key.name().toLowerCase(Locale.ROOT) + " " + (value == null ? "(none)" : value);
  }
}
