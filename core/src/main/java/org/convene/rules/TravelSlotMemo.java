package org.convene.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.convene.Participant;
import org.convene.Sector;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;

/**
 * The travel slot a participant falls in ({@link EventIndex#travelSlot}), remembered by policy
 * and by the four attributes a filter reads: delegation, sector, organisation and roles, as the
 * participant gives them. Every accepted request in person asked again, matching the participant
 * against each slot's filter, though an event's participants have few such profiles (the seed's
 * 54: a Member State and a sector).
 *
 * <p>Each event version's index has its own ({@link EventIndex#travelSlotMemo}); the policy is
 * recognised by identity all the same. It is a small four-way table, shared by the threads that
 * evaluate against the index, of immutable entries published through racy array writes, which
 * their final fields make safe; a lost write or a collision costs matching again. Its size is
 * fixed, so it never grows with the participants.
 */
final class TravelSlotMemo {
  private static final int SLOTS = 1024;
  /**
   * The slots a profile may sit in, as in {@link OutcomeCache}: with one, several of the seed's 54
   * profiles shared a slot with another and were matched again on every request.
   */
  private static final int WAYS = 4;
  private final Object[] table;

  /** An empty memo of the usual size. */
  TravelSlotMemo() {
    this(SLOTS);
  }

  /** An empty memo of {@code size} entries, a power of two (the tests make them tiny, to collide). */
  TravelSlotMemo(int size) {
    this.table = new Object[size];
  }

  private record Profile(
      TravelPolicy policy, String delegation, Sector sector, String organisation, Set<String> roles, int slot) {}

  /**
   * The position of the first slot of the policy whose filter the participant matches, or -1;
   * the caller checked the attendance qualifies.
   */
  int slot(TravelPolicy policy, Participant p) {
    String delegation = p.getDelegation().orElse(null);
    Sector sector = p.getSector().orElse(null);
    String organisation = p.getOrganisation().orElse(null);
    Set<String> roles = p.getRoles();
    int h = System.identityHashCode(policy);
    h = h * 31 + Objects.hashCode(delegation);
    h = h * 31 + (sector == null ? 0 : sector.ordinal() + 1);
    h = h * 31 + Objects.hashCode(organisation);
    h = h * 31 + (roles.isEmpty() ? 0 : roles.hashCode());
    h *= 0x9E3779B9;
    int ways = Math.min(WAYS, table.length);
    int i = (h ^ (h >>> 16)) & (table.length - ways);
    for (int w = 0; w < ways; w++) {
      Profile e = (Profile) table[i + w];
      if (e != null && e.policy == policy && e.sector == sector && same(e.delegation, delegation)
          && same(e.organisation, organisation) && (e.roles == roles || e.roles.equals(roles))) {
        return e.slot;
      }
    }
    int slot = match(policy.getSlots(), p);
    for (int w = ways - 1; w > 0; w--) {
      table[i + w] = table[i + w - 1];
    }
    table[i] = new Profile(policy, delegation, sector, organisation, roles, slot);
    return slot;
  }

  private static boolean same(String a, String b) {
    return a == b || (a != null && a.equals(b));
  }

  /** What {@link EventIndex#travelSlot} computes: the first slot whose filter matches. */
  static int match(List<TravelSlot> slots, Participant p) {
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i).getEligible().matches(p)) {
        return i;
      }
    }
    return -1;
  }
}
