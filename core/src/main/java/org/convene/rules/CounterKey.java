package org.convene.rules;

import java.util.List;

/**
 * What one counter of a snapshot counts: the registrations in one partition of one quota's
 * target, in one capacity, or holding one travel slot category in one partition.
 *
 * @param kind what the counter limits
 * @param index the quota's or travel slot's position in the event, or the attendance's ordinal
 * @param target the track or session id, empty for the whole event
 * @param partition the partition, empty for none
 */
record CounterKey(Kind kind, int index, String target, List<PartitionValue> partition) {
  /** What a counter limits. */
  enum Kind {
    QUOTA,
    EVENT_CAPACITY,
    TRACK_CAPACITY,
    SESSION_CAPACITY,
    TRAVEL
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
