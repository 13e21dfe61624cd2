package org.convene;

/**
 * A participant attribute that splits a limit into separate counts.
 *
 * <p>"At most three people per Member State" partitions by {@link #DELEGATION}: each delegation
 * has its own count of three.
 */
public enum PartitionKey {
  /** The delegation (country or Member State) the participant represents. */
  DELEGATION,
  /** The participant's sector. */
  SECTOR,
  /** The participant's organisation. */
  ORGANISATION,
  /** A role of the participant; a participant with several roles counts in each of them. */
  ROLE
}
