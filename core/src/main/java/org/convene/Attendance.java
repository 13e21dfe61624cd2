package org.convene;

/**
 * How one participant attends: in the room, or over the online link.
 *
 * <p>A hybrid event such as the OOTS Go-Live Accelerator admits both; a quota, a capacity or a
 * travel policy can apply to one of them only (online attendance never qualifies for travel
 * reimbursement).
 */
public enum Attendance {
  /** At the venue. */
  IN_PERSON,
  /** Over the event's online access. */
  ONLINE
}
