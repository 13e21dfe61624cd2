package org.convene.rules;

import java.util.List;
import org.convene.Participant;
import org.convene.Partition;
import org.convene.PartitionKey;

/**
 * What a participant's value of a one-attribute partition gives, made once per value: its
 * partitions ({@link EventIndex#partitionValues}) and the counter keys of the quotas and travel
 * slots it counts in. Every decision of the seed (a quota and a travel policy by delegation) asked
 * for them again: a canonical value, three lists and two counter keys each hashed element by
 * element, for one of 27 values. A memoised key is also the very object a counter stored, when
 * it was counted through here, so looking its counter up compares no partition.
 *
 * <p>The values depend on the attribute and the participant's value alone, and the keys on the
 * quota's or slot's position and target as well, not on the event: each snapshot's index has one
 * ({@link EventIndex#partitionMemo}), handed on to the index of each new version, so that the
 * keys a kept counter stored stay the memo's. It is a small four-way table, shared by the threads
 * that evaluate against those indexes: an entry is immutable but for its
 * memoised keys, themselves immutable, published through racy array writes that their final
 * fields make safe; a lost write or a collision costs making them again. Its size is fixed, so
 * it never grows with the participants.
 */
final class PartitionMemo {
  private static final int SLOTS = 1024;
  /**
   * The slots a value may sit in, as in {@link OutcomeCache}: with one, 8 of the seed's 27
   * delegations shared a slot with another and were made again on every request.
   */
  private static final int WAYS = 4;
  /**
   * The travel slots and quota targets an entry keeps, the latter four-way (the seed's two tracks,
   * "training" and "readiness", share a slot of eight): more are made on each request.
   */
  private static final int TRAVEL_SLOTS = 8;

  private static final int QUOTA_KEYS = 8;

  private final Entry[] entries = new Entry[SLOTS];

  /** An empty memo. */
  PartitionMemo() {}

  /** A quota's keys in one target for the entry's partition value. */
  private record QuotaKeys(int quota, String target, List<CounterKey> keys) {}

  /** One attribute's raw value, its partitions, and the keys made with them so far. */
  static final class Entry {
    final PartitionKey key;
    /** The participant's value as given, not canonical; null for none. */
    final String raw;
    /** {@code List.of(List.of(value))}: the one partition the participant counts in. */
    final List<List<PartitionValue>> values;
    private final Object[] travel = new Object[TRAVEL_SLOTS];
    private final Object[] quota = new Object[QUOTA_KEYS];

    Entry(PartitionKey key, String raw) {
      this.key = key;
      this.raw = raw;
      this.values = List.of(List.of(PartitionValue.of(key, raw)));
    }

    /** {@link EventIndex#travelKeys(int, List)} of these values. */
    @SuppressWarnings("unchecked")
    List<CounterKey> travelKeys(int slot) {
      if (slot >= TRAVEL_SLOTS) {
        return travelKeysOf(slot);
      }
      Object keys = travel[slot];
      if (keys == null) {
        keys = travelKeysOf(slot);
        travel[slot] = keys;
      }
      return (List<CounterKey>) keys;
    }

    private List<CounterKey> travelKeysOf(int slot) {
      return List.of(new CounterKey(CounterKey.Kind.TRAVEL, slot, "", values.get(0)));
    }

    /** The keys of a quota in one target ({@link EventIndex#quotaKeys}) for these values. */
    List<CounterKey> quotaKeys(int q, String target) {
      int h = (q * 31 + target.hashCode()) * 0x9E3779B9;
      int i = (h ^ (h >>> 16)) & (QUOTA_KEYS - WAYS);
      for (int w = 0; w < WAYS; w++) {
        QuotaKeys k = (QuotaKeys) quota[i + w];
        if (k != null && k.quota == q && (k.target == target || k.target.equals(target))) {
          return k.keys;
        }
      }
      for (int w = WAYS - 1; w > 0; w--) {
        quota[i + w] = quota[i + w - 1];
      }
      QuotaKeys k = new QuotaKeys(q, target, List.of(new CounterKey(CounterKey.Kind.QUOTA, q, target, values.get(0))));
      quota[i] = k;
      return k.keys;
    }
  }

  /**
   * The entry of a participant's value in a partition of one attribute other than roles (a
   * participant has one value of it), or null for any other partition.
   */
  Entry of(Partition partition, Participant p) {
    List<PartitionKey> keys = partition.getKeys();
    if (keys.size() != 1 || keys.get(0) == PartitionKey.ROLE) {
      return null;
    }
    PartitionKey key = keys.get(0);
    String raw = EventIndex.single(key, p);
    int h = (raw == null ? 0 : raw.hashCode()) * 31 + key.ordinal();
    h *= 0x9E3779B9;
    int i = (h ^ (h >>> 16)) & (SLOTS - WAYS);
    for (int w = 0; w < WAYS; w++) {
      Entry e = entries[i + w];
      if (e != null && e.key == key && (e.raw == raw || (raw != null && raw.equals(e.raw)))) {
        return e;
      }
    }
    for (int w = WAYS - 1; w > 0; w--) {
      entries[i + w] = entries[i + w - 1];
    }
    Entry e = new Entry(key, raw);
    entries[i] = e;
    return e;
  }
}
