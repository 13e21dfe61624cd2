package org.convene.rules;

import org.convene.rules.internal.PersistentQueue;

/**
 * The value of one counter in a snapshot: how many registrations it counts, which ones (in the
 * order they were accepted), and its key as the snapshot stores it. A decision that looks a
 * counter up gets that stored key back, the same object every time while the counter lives, so
 * the outcome caches ({@link OutcomeCache}) recognise it by identity instead of comparing
 * partitions. A new version of the event that lowers the counter's limit below its value reads
 * the latest accepted of its holders ({@link NewVersion#overLimit}), not every registration.
 * Immutable.
 */
final class Count {
  final CounterKey key;
  final int n;
  /**
   * The registered entries the counter counts, by {@link Entry#ticket}. An entry given a travel
   * slot later is held here as it was when counted: read the current one from the entries.
   */
  final PersistentQueue<Entry> holders;

  Count(CounterKey key, PersistentQueue<Entry> holders) {
    this.key = key;
    this.n = holders.size();
    this.holders = holders;
  }

  /** The number a counter holds: 0 when the snapshot has no value for it. */
  static int of(Count count) {
    return count == null ? 0 : count.n;
  }

  /** The key to cache a counter's outcome under: the stored one if the counter has a value. */
  static CounterKey key(Count count, CounterKey asked) {
    return count == null ? asked : count.key;
  }
}
