package org.convene.rules;

/**
 * What one counter of a snapshot counts: the registrations in one partition of one quota's
 * target, in one capacity, or holding one travel slot category in one partition.
 *
 * @param kind one of the constants below
 * @param index the quota's or travel slot's position in the event, or the attendance's ordinal
 * @param target the track or session id, empty for the whole event
 * @param value the partition's label, such as {@code "delegation BE"}, empty for no partition
 */
record CounterKey(int kind, int index, String target, String value) {
  static final int QUOTA = 0;
  static final int EVENT_CAPACITY = 1;
  static final int TRACK_CAPACITY = 2;
  static final int SESSION_CAPACITY = 3;
  static final int TRAVEL = 4;
}
