package org.convene.rules;

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
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Fee;
import org.convene.ParticipantFilter;
import org.convene.Quota;
import org.convene.RegistrationWindow;
import org.convene.ScopeLevel;
import org.convene.Session;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.convene.internal.Canonical;
import org.convene.rules.internal.PersistentQueue;

/**
 * Moves a snapshot's live places onto a new version of its event ({@link Registrations#withEvent}).
 *
 * <p>In general ({@link #settle}) registrations are placed again in the order they were accepted,
 * over any lowered limit (each one past a limit reported), then waiting requests; freed travel
 * slots go to the earliest accepted, and the waiting requests the new version admits are
 * promoted, earliest first. That reads every live place.
 *
 * <p>A version that keeps every counter ({@link #keepsCounters}: what no rule reads, other limits,
 * another window, other inputs of the rules that refuse and count nothing, added tracks and
 * sessions that count nobody), on a settled snapshot without custom rules, keeps every counter,
 * queue and place as it is: the registrations over a lowered limit are the latest holders of the
 * counters over it ({@link #overLimit}), and only the queues of the counters whose limit rose are
 * read, from their heads, as after a cancellation ({@link #raise}), or, where a rule that refuses
 * may now admit someone it refused, the waiting requests with room in every counter they need
 * ({@link #reconsider}). It gives the same snapshot and changes as {@link #settle}, because
 * before it no waiting request is admitted and no registered participant refused a travel slot
 * has room in all their travel counters (every operation settles the counters it frees, and
 * {@link Restore} checks restored places), and such a version changes that only for the requests
 * in its raised counters' queues, or, where a rule admits more, for requests with room.
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
   * every rule's answer but those of the limits and of the rules that only refuse, so that {@link
   * #overLimit} and {@link #raise} give what {@link #settle} gives. The built-in rules read of a
   * version its {@link EventIndex.Inputs} and nothing else (the index is built from them alone,
   * and a rule's context does not expose the snapshot), so any other attribute of the event (its
   * texts, dates, venue, documents, organiser, URL, ...) may differ; the rules read the tracks and
   * sessions through what each request holds (its selection: the tracks and sessions it names, or
   * the whole event), so those are compared through the selections live requests name ({@link
   * Draft#selections}). Of the inputs, the versions may differ in
   *
   * <ul>
   *   <li>the registration window (it decides new requests only) and whether a waiting list is
   *       kept (it turns a full outcome into a rejection, never into an acceptance);
   *   <li>the values of limits that exist in both (quotas', capacities', travel slots' per
   *       partition), up or down;
   *   <li>the inputs of the rules that refuse and count nothing (attendance, eligibility, double
   *       booking, fee): they decide on no registration again, and on a waiting request only
   *       where it has room in every counter it needs. Where the new version refuses everyone
   *       the old one refused ({@link #refusesNoFewer}: another price, currency or category
   *       name, a waiver's description, a fee where there was none, target groups or fee
   *       categories narrowed, a target group where there was none, a narrower attendance mode,
   *       double booking forbidden), a waiting request refused before is refused still; else
   *       {@link #raise} reads the waiting requests with room ({@link #reconsider});
   *   <li>anything about the tracks and sessions that no live request holds: added, dropped,
   *       moved, limited;
   *   <li>in a live request's selection, a track's or session's texts (the rules read a track's
   *       id, sessions and capacity, a session's id, start, end and capacity); added tracks and
   *       sessions that occupy no counter (no capacity of their own, no quota that covers them):
   *       they can only add an overlap, so they can refuse a waiting request, never admit one;
   *       and dropped sessions that occupied no counter and overlapped no other session of the
   *       selection: no answer changes.
   * </ul>
   *
   * <p>Every other input must be equal: quotas but their limits, the event's capacity and the
   * travel policy but their limits, and in each live selection the tracks it touches and the
   * times and limited attendances of the sessions it keeps. No live request may name a track or
   * session a version lacks ({@link Draft#missing}): {@link #settle} reports each such request on
   * every version, and only a walk finds them.
   *
   * <p>Cost: O(size of the event) plus, per selection live requests name, O(its sessions); not
   * the number of requests.
   */
  static boolean keepsCounters(Registrations old, EventIndex after) {
    EventIndex before = old.index;
    if (!old.missing.isEmpty() || !shape(before.inputs).equals(shape(after.inputs))) {
      return false;
    }
    Set<String> tracks = new HashSet<>();
    before.inputs.tracks().forEach(t -> tracks.add(t.getId()));
    boolean[] keeps = {true};
    old.selections.forEach((named, n) -> keeps[0] = keeps[0] && keepsCounters(before, after, tracks, named));
    return keeps[0];
  }

  /** {@link #keepsCounters(Registrations, EventIndex)} of an event version, for the tests. */
  static boolean keepsCounters(Registrations old, Event next) {
    return keepsCounters(old, new EventIndex(next, old.index.customRules));
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
      } else if (!t.getCapacity().isUnlimited() || covers(after.inputs.quotas(), ScopeLevel.TRACK, id)) {
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
      if (was == null ? !countsNobody(after.inputs.quotas(), s)
          : !(was.getStart().equals(s.getStart()) && was.getEnd().equals(s.getEnd())
              && shape(was.getCapacity()).equals(shape(s.getCapacity())))) {
        return false;
      }
    }
    for (Session was : a.sessions) {
      if (!holds.contains(was.getId())) {
        if (!countsNobody(before.inputs.quotas(), was)) {
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
   * The inputs that must be equal ({@link #keepsCounters}): the inputs without the tracks and
   * sessions, the window, the waiting list flag and the inputs of the rules that only refuse
   * (attendance, eligibility, double booking, fee: {@link #raise}), with every limit set to 0
   * where one exists. Whatever else a rule comes to read is an input, so compared here.
   */
  private static EventIndex.Inputs shape(EventIndex.Inputs i) {
    List<Quota> quotas = new ArrayList<>(i.quotas().size());
    // a quota's description, and a travel policy's funder, costs covered and description: texts
    // no rule reads, given to the rules with the quota and the policy they describe
    i.quotas().forEach(q -> quotas.add(q.withLimit(0).withDescription(Optional.empty())));
    Optional<TravelPolicy> travel = i.travelPolicy().map(policy -> {
      List<TravelSlot> slots = new ArrayList<>(policy.getSlots().size());
      policy.getSlots().forEach(slot -> slots.add(slot.withPerPartition(0)));
      return policy.withSlots(slots).withFunder("-").withCoveredCosts(List.of()).withDescription(Optional.empty());
    });
    return new EventIndex.Inputs(List.of(), List.of(), RegistrationWindow.alwaysOpen(), false, AttendanceMode.HYBRID,
        true, List.of(), Fee.free(), shape(i.capacity()), quotas, travel);
  }

  /**
   * Whether the rules that refuse and count nothing refuse, under the new version, everyone they
   * refused under the old one: attendance (a mode that allows no attendance the old one did not),
   * double booking (not allowed where it was forbidden), eligibility (no target group before, or
   * groups whose filters are each within one of the old groups') and the fee (free before, or
   * prices and waivers whose filters are each within one of the old ones': who matches one is
   * admitted, whatever the amount, currency, category name or description). Then a waiting
   * request refused before is refused still, and only the requests in the queues of raised
   * counters can be admitted. A sufficient condition: a filter narrowed in a way it does not
   * see (another filter of the same rule that already covers it) only costs a read of the
   * waiting requests with room.
   */
  static boolean refusesNoFewer(EventIndex.Inputs before, EventIndex.Inputs after) {
    for (Attendance a : Attendance.values()) {
      if (after.attendanceMode().allows(a) && !before.attendanceMode().allows(a)) {
        return false;
      }
    }
    if (!before.doubleBookingAllowed() && after.doubleBookingAllowed()) {
      return false;
    }
    return admitsNoMore(eligible(before), eligible(after)) && admitsNoMore(paying(before), paying(after));
  }

  /** Whom eligibility admits: who matches one of these filters, or everyone (null, no target group). */
  private static List<ParticipantFilter> eligible(EventIndex.Inputs i) {
    if (i.targetGroups().isEmpty()) {
      return null;
    }
    List<ParticipantFilter> filters = new ArrayList<>();
    i.targetGroups().forEach(g -> filters.add(g.getFilter()));
    return filters;
  }

  /** Whom the fee admits: who matches a waiver's or a price's filter, or everyone (null, a free event). */
  private static List<ParticipantFilter> paying(EventIndex.Inputs i) {
    if (i.fee().isFree()) {
      return null;
    }
    List<ParticipantFilter> filters = new ArrayList<>();
    i.fee().getWaivers().forEach(w -> filters.add(w.getAppliesTo()));
    i.fee().getPrices().forEach(p -> filters.add(p.getAppliesTo()));
    return filters;
  }

  /**
   * Whether a rule admitting who matches one of the {@code after} filters (null: everyone) admits
   * no one that the one admitting {@code before} did not: each filter after is within one before.
   */
  private static boolean admitsNoMore(List<ParticipantFilter> before, List<ParticipantFilter> after) {
    if (before == null) {
      return true;
    }
    if (after == null) {
      return false;
    }
    for (ParticipantFilter a : after) {
      boolean within = false;
      for (ParticipantFilter b : before) {
        within = within || within(a, b);
      }
      if (!within) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether everyone a filter matches, a wider one matches too ({@link ParticipantFilter#matches}:
   * each non-empty set must match): each set of the wider one is empty, or holds the narrow
   * one's, which is not empty, in canonical form. Only if the filters are equal but for these
   * four sets, so that a condition a filter may come to have is compared, not ignored.
   */
  static boolean within(ParticipantFilter narrow, ParticipantFilter wide) {
    return narrow.withDelegations(wide.getDelegations()).withSectors(wide.getSectors())
        .withOrganisations(wide.getOrganisations()).withRoles(wide.getRoles()).equals(wide)
        && within(Canonical.upper(narrow.getDelegations()), Canonical.upper(wide.getDelegations()))
        && within(narrow.getSectors(), wide.getSectors())
        && within(Canonical.lower(narrow.getOrganisations()), Canonical.lower(wide.getOrganisations()))
        && within(Canonical.lower(narrow.getRoles()), Canonical.lower(wide.getRoles()));
  }

  private static <T> boolean within(Set<T> narrow, Set<T> wide) {
    return wide.isEmpty() || (!narrow.isEmpty() && wide.containsAll(narrow));
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
   * version's index. Travel slots go to the registered participants refused one in the raised
   * travel counters' queues, earliest accepted first. Then, if the rules that refuse refuse no
   * fewer ({@link #refusesNoFewer}), the raised counters' waiting queues are settled as after a
   * cancellation: a waiting request in no raised queue was not admitted before and is not now.
   * Else a rule that refuses may now admit a waiting request it refused, and {@link #reconsider}
   * reads the waiting requests with room in every counter they need.
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
    if (!refusesNoFewer(before.inputs, d.index.inputs)) {
      reconsider(old, d, changes);
      return;
    }
    old.waitingByKey.forEach((k, q) -> {
      if (d.index.limitOf(k) > before.limitOf(k)) {
        d.freed.add(k);
      }
    });
    Settlement.settle(d, changes);
  }

  /**
   * Promotes, earliest first, the waiting requests the new version admits, as {@link
   * Settlement#promoteAll} does reading them all, from those that could be admitted: the waiting
   * requests with room, under the new limits, in every counter they need (in the queues of the
   * counters with room), and those that need none. Any other needs a counter that is full, and
   * stays full as promotions only fill counters, so promoteAll admits none of them. Reads the
   * queues of the counters with room, each request in them once, and the requests that need no
   * counter: on a long waiting list whose counters are full, few. The queue of a counter with
   * room is not read where, for each attendance its requests may have, a counter that every
   * request of that attendance in it also needs is full ({@link EventIndex#shared}: a quota with
   * room while the event's capacity for the attendance is full).
   *
   * @return how many waiting requests it read, for the tests
   */
  static int reconsider(Registrations old, Draft d, List<Change> changes) {
    TreeMap<Long, Entry> candidates = new TreeMap<>();
    old.waitingKeyless.forEach(e -> candidates.put(e.seq, e));
    int[] read = {candidates.size()};
    Map<CounterKey, Boolean> room = new HashMap<>();
    // a request in the queues of several counters with room is looked at once
    Set<Long> looked = new HashSet<>();
    old.waitingByKey.forEach((k, q) -> {
      if (room(d, k, room) && !blocked(d, k, room)) {
        read[0] += q.size();
        q.forEach(e -> {
          if (!candidates.containsKey(e.seq) && looked.add(e.seq)) {
            boolean all = true;
            for (CounterKey other : d.index.occupiedKeys(e.request)) {
              all = all && room(d, other, room);
            }
            if (all) {
              candidates.put(e.seq, e);
            }
          }
        });
      }
    });
    for (Entry e : candidates.values()) {
      Evaluation ev = Evaluator.evaluate(d.build(), e.request, e);
      if (ev.decision.isAccepted()) {
        changes.add(Registrations.change(Change.Kind.PROMOTED, d.promote(e, ev)));
      }
    }
    return read[0];
  }

  /**
   * Whether no request in a counter's queue can have room in every counter it needs: for every
   * attendance, a counter each request of that attendance in the queue needs is full.
   */
  private static boolean blocked(Draft d, CounterKey k, Map<CounterKey, Boolean> room) {
    for (Attendance a : Attendance.values()) {
      List<CounterKey> shared = d.index.shared(k, a);
      boolean full = false;
      for (int i = 0; i < shared.size() && !full; i++) {
        full = !room(d, shared.get(i), room);
      }
      // no request of this attendance needs the counter (shared is then empty), or one it needs is full
      if (!full && occupies(d.index, k, a)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a request of the attendance may occupy a quota or capacity counter. */
  private static boolean occupies(EventIndex index, CounterKey k, Attendance a) {
    return k.kind() == CounterKey.Kind.QUOTA ? EventIndex.quotaCounts(index.inputs.quotas().get(k.index()), a)
        : k.index() == a.ordinal();
  }

  /** Whether a counter has room under the new limits before any promotion, remembered. */
  private static boolean room(Draft d, CounterKey k, Map<CounterKey, Boolean> room) {
    Boolean known = room.get(k);
    if (known == null) {
      known = d.count(k) < d.index.limitOf(k);
      room.put(k, known);
    }
    return known;
  }
}
