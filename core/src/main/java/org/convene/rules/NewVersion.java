package org.convene.rules;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Quota;
import org.convene.RegistrationWindow;
import org.convene.ScopeLevel;
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
 * <p>A version that keeps every counter ({@link #keepsCounters}: new texts, other limits, another
 * window, added tracks and sessions that count nobody), on a settled snapshot without custom
 * rules, keeps every counter, queue and place as it is: the registrations over a lowered limit
 * are the latest holders of the counters over it ({@link #overLimit}), and only the queues of the
 * counters whose limit rose are read, from their heads, as after a cancellation ({@link #raise}).
 * It gives the same snapshot and changes as {@link #settle}, because before it no waiting request
 * is admitted and no registered participant refused a travel slot has room in all their travel
 * counters (every operation settles the counters it frees), and such a version changes that only
 * for the requests in its raised counters' queues.
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
    Set<String> missing = new HashSet<>();
    for (Entry e : registered) {
      List<String> gone = d.index.select(e.request, true).missing;
      if (!gone.isEmpty()) {
        changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, e));
        missing.addAll(gone);
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
      List<String> gone = d.index.select(e.request, true).missing;
      if (!gone.isEmpty()) {
        changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, e));
        missing.addAll(gone);
      }
      d.enqueueWaiting(e);
    });
    d.missing = Set.copyOf(missing);
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
   * Tells whether a version keeps every counter each live place occupies, its travel slot and
   * every rule's answer but those of the limits, so that {@link #overLimit} and {@link #raise}
   * give what {@link #settle} gives. The rules read the event through what each request holds
   * (its selection: the tracks and sessions it names, or the whole event), so the version is
   * compared with the snapshot's through the selections live requests name ({@link
   * Draft#selections}), and through the rest of the event. It may differ in
   *
   * <ul>
   *   <li>what no rule reads: titles, summary and descriptions, zone and dates, venue, online
   *       access, documents, organiser, URL, the delegations listed; a track's title, description
   *       and objectives; a session's title, description, kind, room, location, agenda and
   *       parallel flag (a session's id, start, end and capacity are read);
   *   <li>the registration window (it decides new requests only) and whether a waiting list is
   *       kept (it turns a full outcome into a rejection, never into an acceptance);
   *   <li>the values of limits that exist in both (quotas', capacities', travel slots' per
   *       partition), up or down;
   *   <li>anything about the tracks and sessions that no live request holds: added, dropped,
   *       moved, limited;
   *   <li>in a live request's selection, added tracks and sessions that occupy no counter (no
   *       capacity of their own, no quota that covers them): they can only add an overlap, so
   *       they can refuse a waiting request, never admit one; and dropped sessions that occupied
   *       no counter and overlapped no other session of the selection: no answer changes.
   * </ul>
   *
   * <p>Everything else a rule reads must be equal: quotas but their limits, target groups, the
   * fee, the attendance mode, double booking, the travel policy but its limits, and in each live
   * selection the tracks it touches and the times and limited attendances of the sessions it
   * keeps. No live request may name a track or session a version lacks ({@link Draft#missing}):
   * {@link #settle} reports each such request on every version, and only a walk finds them.
   *
   * <p>Cost: O(size of the event) plus, per selection live requests name, O(its sessions); not
   * the number of requests.
   */
  static boolean keepsCounters(Registrations old, Event next) {
    if (!old.missing.isEmpty() || !shape(old.index.event).equals(shape(next))) {
      return false;
    }
    EventIndex before = old.index;
    EventIndex after = new EventIndex(next, before.customRules);
    Set<String> tracks = new HashSet<>();
    before.event.getTracks().forEach(t -> tracks.add(t.getId()));
    boolean[] keeps = {true};
    old.selections.forEach((named, n) -> keeps[0] = keeps[0] && keepsCounters(before, after, tracks, named));
    return keeps[0];
  }

  /** What one selection holds keeps its counters and every answer but the limits'. */
  private static boolean keepsCounters(EventIndex before, EventIndex after, Set<String> tracks, Draft.Named named) {
    // everything a live request names is in the snapshot's version: old.missing, checked first, is empty
    EventIndex.Selection a = before.select(named.trackIds, named.sessionIds, true);
    EventIndex.Selection b = after.select(named.trackIds, named.sessionIds, true);
    if (!b.missing.isEmpty()) {
      return false;
    }
    List<String> kept = new ArrayList<>(a.trackIds.size());
    for (String id : b.trackIds) {
      Track t = after.track(id);
      if (tracks.contains(id)) {
        if (!shape(t.getCapacity()).equals(shape(before.track(id).getCapacity()))) {
          return false;
        }
        kept.add(id);
      } else if (!t.getCapacity().isUnlimited() || covers(after.event.getQuotas(), ScopeLevel.TRACK, id)) {
        return false;
      }
    }
    if (!kept.equals(a.trackIds)) {
      return false;
    }
    Map<String, Session> held = new HashMap<>();
    a.sessions.forEach(s -> held.put(s.getId(), s));
    Set<String> holds = new HashSet<>();
    for (Session s : b.sessions) {
      holds.add(s.getId());
      Session was = held.get(s.getId());
      if (was == null ? !countsNobody(after.event.getQuotas(), s)
          : !(was.getStart().equals(s.getStart()) && was.getEnd().equals(s.getEnd())
              && shape(was.getCapacity()).equals(shape(s.getCapacity())))) {
        return false;
      }
    }
    for (Session was : a.sessions) {
      if (!holds.contains(was.getId())) {
        if (!countsNobody(before.event.getQuotas(), was)) {
          return false;
        }
        for (Session other : a.sessions) {
          if (other != was && other.overlaps(was)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** A session occupies no counter: no capacity of its own, no quota of its level names it. */
  private static boolean countsNobody(List<Quota> quotas, Session s) {
    return s.getCapacity().isUnlimited() && !covers(quotas, ScopeLevel.SESSION, s.getId());
  }

  /** A quota of the level names the id, or every track or session of the level. */
  private static boolean covers(List<Quota> quotas, ScopeLevel level, String id) {
    for (Quota q : quotas) {
      if (q.getScope().getLevel() == level && q.getScope().getTargetId().map(id::equals).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the rules read of a version outside its tracks and sessions, but the values of its
   * limits: the event without its texts, window, waiting list flag, tracks and sessions, limits
   * set to 0 where they exist.
   */
  private static Event shape(Event e) {
    List<Quota> quotas = new ArrayList<>(e.getQuotas().size());
    e.getQuotas().forEach(q -> quotas.add(q.withLimit(0)));
    Event shaped = e.withTitle("-").withSummary(Optional.empty()).withDescription(Optional.empty())
        .withZone(ZoneOffset.UTC).withStartDate(LocalDate.EPOCH).withEndDate(LocalDate.EPOCH)
        .withVenue(Optional.empty()).withOnlineAccess(Optional.empty()).withDocuments(List.of())
        .withOrganiser(Optional.empty()).withUrl(Optional.empty()).withDelegations(List.of())
        .withRegistration(RegistrationWindow.alwaysOpen()).withWaitingListEnabled(false)
        .withCapacity(shape(e.getCapacity())).withQuotas(quotas).withTracks(List.of()).withPlenarySessions(List.of());
    if (e.getTravelPolicy().isPresent()) {
      TravelPolicy policy = e.getTravelPolicy().get();
      List<TravelSlot> slots = new ArrayList<>(policy.getSlots().size());
      policy.getSlots().forEach(slot -> slots.add(slot.withPerPartition(0)));
      shaped = shaped.withTravelPolicy(policy.withSlots(slots));
    }
    return shaped;
  }

  /** The same attendances limited, each to 0. */
  private static Capacity shape(Capacity c) {
    Capacity.Builder b = new Capacity.Builder();
    c.getInPerson().ifPresent(n -> b.inPerson(0));
    c.getOnline().ifPresent(n -> b.online(0));
    return b.build();
  }

  /**
   * Reports the registrations over a limit of a version that keeps the counters ({@link
   * #keepsCounters}) as {@link #settle} does, placing everyone in the order they were accepted:
   * in each counter whose value exceeds its new limit, the latest accepted holders past the
   * limit, each once, in the order they were accepted. Reads every counter and the holders it
   * reports, not every registration.
   */
  static void overLimit(Registrations old, Draft d, List<Change> changes) {
    TreeMap<Long, String> over = new TreeMap<>();
    old.counts.forEach((k, c) -> {
      int limit = k.kind() == CounterKey.Kind.TRAVEL ? d.index.travelLimit(k) : d.index.limitOf(k);
      Entry e = c.holders.last();
      for (int n = c.n; n > limit; n--) {
        over.put(e.ticket, e.id());
        e = c.holders.lower(e.ticket);
      }
    });
    over.values().forEach(id -> changes.add(Registrations.change(Change.Kind.OVER_LIMIT, d.entries.get(id))));
  }

  /** A position in one travel counter's queue of registered participants refused a slot. */
  private record Cursor(CounterKey key, PersistentQueue<Entry> queue, Entry entry) {}

  /**
   * Moves a snapshot to a version that keeps the counters ({@link #keepsCounters}), after {@link
   * #overLimit}: the draft holds the snapshot's places, counters and queues with the new
   * version's index. Travel slots
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
