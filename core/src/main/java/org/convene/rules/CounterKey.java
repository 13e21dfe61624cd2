package org.convene.rules;

import java.util.List;

/**
 * What one counter of a snapshot counts: the registrations in one partition of one quota's
 * target, in one capacity, or holding one travel slot category in one partition.
 *
 * <p>A value with the equality of a record, but its hash is computed once: every decision looks
 * several keys up in the snapshot's maps and in the outcome caches, and a record would hash its
 * partition list element by element each time.
 */
final class CounterKey {
  /** What a counter limits. */
  enum Kind {
    QUOTA,
    EVENT_CAPACITY,
    TRACK_CAPACITY,
    SESSION_CAPACITY,
    TRAVEL
  }

  private final Kind kind;
  private final int index;
  private final String target;
  private final List<PartitionValue> partition;
  private final int hash;

  /**
   * @param kind what the counter limits
   * @param index the quota's or travel slot's position in the event, or the attendance's ordinal
   * @param target the track or session id, empty for the whole event
   * @param partition the partition, empty for none
   */
  CounterKey(Kind kind, int index, String target, List<PartitionValue> partition) {
    this.kind = kind;
    this.index = index;
    this.target = target;
    this.partition = partition;
    // the enum's ordinal, not its identity hash: the same key hashes alike in every JVM
    this.hash = ((kind.ordinal() * 31 + index) * 31 + target.hashCode()) * 31 + partition.hashCode();
  }

  Kind kind() {
    return kind;
  }

  int index() {
    return index;
  }

  String target() {
    return target;
  }

  List<PartitionValue> partition() {
    return partition;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CounterKey)) {
      return false;
    }
    CounterKey that = (CounterKey) other;
    return hash == that.hash && kind == that.kind && index == that.index && target.equals(that.target)
        && samePartition(partition, that.partition);
  }

  /** List equality without an iterator: the lists are short and compared on every lookup. */
  private static boolean samePartition(List<PartitionValue> a, List<PartitionValue> b) {
    if (a == b) {
      return true;
    }
    int n = a.size();
    if (n != b.size()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!a.get(i).equals(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "CounterKey[kind=" + kind + ", index=" + index + ", target=" + target + ", partition=" + partition + "]";
  }

  /**
   * A quota's key without the partition values (the counter a selection names, whoever asks), as
   * it is for any other kind.
   */
  CounterKey withoutPartitionValues() {
    return kind == Kind.QUOTA && !partition.isEmpty() ? new CounterKey(kind, index, target, List.of()) : this;
  }

  /** The partition as a person reads it, such as {@code "delegation BE"}, empty for none. */
  String partitionLabel() {
    if (partition.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (PartitionValue v : partition) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(v.label());
    }
    return b.toString();
  }
}
