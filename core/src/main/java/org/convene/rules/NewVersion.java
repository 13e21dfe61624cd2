package org.convene.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a snapshot's live places onto a new version of its event ({@link Registrations#withEvent}):
 * registrations are placed again in the order they were accepted, over any lowered limit (each
 * one past a limit reported), then waiting requests; freed travel slots go to the earliest
 * accepted, and the waiting requests the new version admits are promoted, earliest first.
 */
final class NewVersion {
  private NewVersion() {}

  /**
   * @param old the snapshot on the previous version
   * @param d an empty draft on the new version, its clock carried over
   * @param changes receives what the organiser must know
   */
  static void settle(Registrations old, Draft d, List<Change> changes) {
    List<Entry> registered = new ArrayList<>();
    old.entries.forEach((id, e) -> {
      if (e.state == Registration.State.REGISTERED) {
        registered.add(e);
      }
    });
    registered.sort(Comparator.comparingLong(e -> e.ticket));
    Map<CounterKey, Integer> limits = new HashMap<>();
    for (Entry e : registered) {
      if (!d.index.select(e.request, true).missing.isEmpty()) {
        changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, e));
      }
      Entry placed = e;
      int slot = e.travel == null ? -1 : d.index.slotOf(e.travel);
      if (e.travel != null && (slot < 0 || d.index.travelSlot(e.request) != slot)) {
        placed = new Entry(e.seq, e.ticket, e.request, Registration.State.REGISTERED, null);
        changes.add(Registrations.change(Change.Kind.TRAVEL_WITHDRAWN, placed));
      }
      d.place(placed);
      boolean over = false;
      for (CounterKey k : d.index.occupiedKeys(e.request)) {
        over |= d.count(k) > limits.computeIfAbsent(k, d.index::limitOf);
      }
      if (placed.travel != null) {
        for (CounterKey k : d.index.travelKeys(slot, e.request.getParticipant())) {
          over |= d.count(k) > d.index.travelLimit(k);
        }
      }
      if (over) {
        changes.add(Registrations.change(Change.Kind.OVER_LIMIT, placed));
      }
    }
    old.waiting.forEach(e -> {
      if (!d.index.select(e.request, true).missing.isEmpty()) {
        changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, e));
      }
      d.enqueueWaiting(e);
    });
    for (Entry e : registered) {
      Entry current = d.entries.get(e.id());
      int slot = d.index.travelSlot(e.request);
      if (current.travel == null && slot >= 0) {
        List<CounterKey> keys = d.index.travelKeys(slot, e.request.getParticipant());
        boolean room = true;
        for (CounterKey k : keys) {
          room &= d.count(k) < d.index.travelLimit(k);
        }
        if (room) {
          changes.add(Registrations.change(Change.Kind.TRAVEL_GRANTED, d.grantTravel(current, slot, keys)));
        }
      }
    }
    Settlement.promoteAll(d, changes);
  }
}
