package org.convene.rules;

/**
 * The value of one counter in a snapshot: how many registrations it counts, and its key as the
 * snapshot stores it. A decision that looks a counter up gets that stored key back, the same
 * object every time while the counter lives, so the outcome caches ({@link OutcomeCache})
 * recognise it by identity instead of comparing partitions. Immutable.
 */
final class Count {
  final CounterKey key;
  final int n;

  Count(CounterKey key, int n) {
    this.key = key;
    this.n = n;
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
