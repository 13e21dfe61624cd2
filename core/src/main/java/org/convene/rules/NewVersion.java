package org.convene.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Quota;
import org.convene.Session;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.convene.rules.internal.PersistentQueue;

/**
 * Moves a snapshot's live places onto a new version of its event ({@link Registrations#withEvent}).
 *
 * <p>In general ({@link #settle}) registrations are placed again in the order they were accepted,
 * over any lowered limit (each one past a limit reported), then waiting requests; freed travel
 * slots go to the earliest accepted, and the waiting requests the new version admits are
 * promoted, earliest first. That reads every live place.
 *
 * <p>A version that only raises limits (quotas, capacities, travel slots per partition) or moves
 * the registration window, on a snapshot without custom rules, keeps every counter, queue and
 * place as it is ({@link #raise}): only the queues of the counters whose limit rose are read,
 * from their heads, as after a cancellation. It gives the same snapshot and changes as {@link
 * #settle}, because before it no waiting request is admitted and no registered participant
 * refused a travel slot has room in all their travel counters (every operation settles the
 * counters it frees); a raised limit changes that only for the requests in its counters'
 * queues.
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

  /**
   * Tells whether a version differs from the snapshot's only in limits that rose or stayed (the
   * quotas', the event's, tracks' and sessions' capacities, the travel slots' per partition) and
   * in its registration window, on a snapshot without custom rules (whose answers may depend on
   * anything in the event).
   */
  static boolean raisesLimitsOnly(Registrations old, Event next) {
    Event before = old.index.event;
    if (!old.index.customRules.isEmpty()) {
      return false;
    }
    List<Quota> quotas = before.getQuotas();
    List<Track> tracks = before.getTracks();
    List<Session> plenary = before.getPlenarySessions();
    TravelPolicy policy = before.getTravelPolicy().orElse(null);
    TravelPolicy nextPolicy = next.getTravelPolicy().orElse(null);
    if (quotas.size() != next.getQuotas().size() || tracks.size() != next.getTracks().size()
        || plenary.size() != next.getPlenarySessions().size() || (policy == null) != (nextPolicy == null)
        || (policy != null && policy.getSlots().size() != nextPolicy.getSlots().size())
        || !raised(before.getCapacity(), next.getCapacity())) {
      return false;
    }
    // the version with this snapshot's limits and window must be this snapshot's event
    List<Quota> sameQuotas = new ArrayList<>(quotas.size());
    for (int q = 0; q < quotas.size(); q++) {
      Quota n = next.getQuotas().get(q);
      if (n.getLimit() < quotas.get(q).getLimit()) {
        return false;
      }
      sameQuotas.add(n.withLimit(quotas.get(q).getLimit()));
    }
    List<Track> sameTracks = new ArrayList<>(tracks.size());
    for (int t = 0; t < tracks.size(); t++) {
      Track n = next.getTracks().get(t);
      List<Session> sessions = sameCapacities(tracks.get(t).getSessions(), n.getSessions());
      if (sessions == null || !raised(tracks.get(t).getCapacity(), n.getCapacity())) {
        return false;
      }
      sameTracks.add(n.withCapacity(tracks.get(t).getCapacity()).withSessions(sessions));
    }
    List<Session> samePlenary = sameCapacities(plenary, next.getPlenarySessions());
    if (samePlenary == null) {
      return false;
    }
    Event same = next.withRegistration(before.getRegistration()).withCapacity(before.getCapacity())
        .withQuotas(sameQuotas).withTracks(sameTracks).withPlenarySessions(samePlenary);
    if (policy != null) {
      List<TravelSlot> sameSlots = new ArrayList<>();
      for (int i = 0; i < policy.getSlots().size(); i++) {
        TravelSlot n = nextPolicy.getSlots().get(i);
        if (n.getPerPartition() < policy.getSlots().get(i).getPerPartition()) {
          return false;
        }
        sameSlots.add(n.withPerPartition(policy.getSlots().get(i).getPerPartition()));
      }
      same = same.withTravelPolicy(nextPolicy.withSlots(sameSlots));
    }
    return same.equals(before);
  }

  /**
   * Tells whether no counter holds more than the new version's limit. One that still does (a
   * limit lowered by an earlier version and not raised back enough) has its latest accepted
   * registrations reported as {@link Change.Kind#OVER_LIMIT} again, which only placing everyone
   * again finds. Reads every counter, not every registration.
   */
  static boolean noneOverLimit(Registrations old, EventIndex next) {
    boolean[] none = {true};
    old.counts.forEach((k, c) -> none[0] &= c.n <= (k.kind() == CounterKey.Kind.TRAVEL ? next.travelLimit(k) : next.limitOf(k)));
    return none[0];
  }

  /** The sessions of a version with the capacities they had, or null if one's limit fell. */
  private static List<Session> sameCapacities(List<Session> before, List<Session> next) {
    if (before.size() != next.size()) {
      return null;
    }
    List<Session> same = new ArrayList<>(next.size());
    for (int i = 0; i < next.size(); i++) {
      if (!raised(before.get(i).getCapacity(), next.get(i).getCapacity())) {
        return null;
      }
      same.add(next.get(i).withCapacity(before.get(i).getCapacity()));
    }
    return same;
  }

  /** Each limit stays or rises, and none appears or disappears (that would change the counters). */
  private static boolean raised(Capacity before, Capacity next) {
    for (Attendance a : Attendance.values()) {
      OptionalInt b = before.limitFor(a);
      OptionalInt n = next.limitFor(a);
      if (b.isPresent() != n.isPresent() || (b.isPresent() && n.getAsInt() < b.getAsInt())) {
        return false;
      }
    }
    return true;
  }

  /** A position in one travel counter's queue of registered participants refused a slot. */
  private record Cursor(CounterKey key, PersistentQueue<Entry> queue, Entry entry) {}

  /**
   * Moves a snapshot to a version that only raises limits ({@link #raisesLimitsOnly}): the draft
   * holds the snapshot's places, counters and queues with the new version's index. Travel slots
   * go to the registered participants refused one in the raised travel counters' queues, earliest
   * accepted first; then the raised counters' waiting queues are settled as after a cancellation.
   */
  static void raise(Registrations old, Draft d, List<Change> changes) {
    EventIndex before = old.index;
    PriorityQueue<Cursor> next = new PriorityQueue<>(Comparator.comparingLong(c -> c.entry().ticket));
    old.travelQueues.forEach((k, q) -> {
      if (d.index.travelLimit(k) > before.travelLimit(k)) {
        next.add(new Cursor(k, q, q.first()));
      }
    });
    while (!next.isEmpty()) {
      Cursor c = next.poll();
      if (d.count(c.key()) >= d.index.travelLimit(c.key())) {
        continue;
      }
      Entry e = c.entry();
      if (d.entries.get(e.id()) == e) {
        List<CounterKey> keys = d.index.travelKeys(c.key().index(), e.request.getParticipant());
        boolean room = true;
        for (CounterKey k : keys) {
          room &= d.count(k) < d.index.travelLimit(k);
        }
        if (room) {
          changes.add(Registrations.change(Change.Kind.TRAVEL_GRANTED, d.grantTravel(e, c.key().index(), keys)));
        }
      }
      Entry after = c.queue().higher(e.ticket);
      if (after != null) {
        next.add(new Cursor(c.key(), c.queue(), after));
      }
    }
    old.waitingByKey.forEach((k, q) -> {
      if (d.index.limitOf(k) > before.limitOf(k)) {
        d.freed.add(k);
      }
    });
    Settlement.settle(d, changes);
  }
}
