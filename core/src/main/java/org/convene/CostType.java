package org.convene;

/** A kind of cost a {@link TravelPolicy} can cover. */
public enum CostType {
  /** The journey to and from the venue. */
  TRAVEL,
  /** Hotel nights. */
  ACCOMMODATION,
  /** Meals and daily allowances. */
  SUBSISTENCE,
  /** Local transport at the destination. */
  LOCAL_TRANSPORT
}
