package org.convene;

/**
 * The sector a participant works in.
 *
 * <p>The OOTS Go-Live Accelerator reimburses travel for "one public and one private sector
 * expert per Member State": its travel policy has one slot for {@link #PUBLIC} and one for
 * {@link #PRIVATE}.
 */
public enum Sector {
  /** Public administration at any level. */
  PUBLIC,
  /** Companies. */
  PRIVATE,
  /** Universities and research institutes. */
  ACADEMIC,
  /** Associations, foundations and other non-profit bodies. */
  NON_PROFIT,
  /** Anything else. */
  OTHER
}
