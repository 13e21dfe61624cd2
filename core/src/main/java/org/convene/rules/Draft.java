package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import org.convene.Event;
import org.convene.rules.internal.PersistentMap;
import org.convene.rules.internal.PersistentQueue;

/**
 * The fields of a snapshot being built by one operation: mutable, confined to the thread running
 * the operation, and turned into an immutable {@link Registrations} by {@link #build()}. Every
 * structure it holds is persistent, so building shares all but the changed paths with the
 * snapshot it started from.
 *
 * <p>Only live participants are held: a cancelled participant leaves the entries, and a promoted
 * or withdrawn request leaves every queue it was in, so the size of a snapshot follows the
 * registrations and waiting requests it holds, not its history.
 */
final class Draft {
  static final PersistentQueue<Entry> BY_SEQ = PersistentQueue.empty(e -> e.seq);
  static final PersistentQueue<Entry> BY_TICKET = PersistentQueue.empty(e -> e.ticket);

  /** The event version, which the snapshot returns and compares; the rules read its {@link #index}. */
  final Event event;
  final EventIndex index;
  PersistentMap<String, Entry> entries;
  PersistentMap<CounterKey, Count> counts;
  /** Every waiting entry, by {@link Entry#seq}. */
  PersistentQueue<Entry> waiting;
  /** The waiting entries that need a counter, by {@link Entry#seq}. */
  PersistentMap<CounterKey, PersistentQueue<Entry>> waitingByKey;
  /**
   * The waiting entries that need no counter, by {@link Entry#seq}: only a rule that refuses
   * keeps them waiting, and a new version under which one may admit more reads them ({@link
   * NewVersion#raise}).
   */
  PersistentQueue<Entry> waitingKeyless;
  /** The registered entries refused a travel slot, per travel counter, by {@link Entry#ticket}. */
  PersistentMap<CounterKey, PersistentQueue<Entry>> travelQueues;
  /** The next request's sequence number, and the next acceptance's ticket. */
  long clock;
  int registered;
  /**
   * Whether every operation on these places settled what it freed, so that no waiting request is
   * admitted and no participant refused a travel slot has room: false for places restored as a
   * host stored them, until a new version of the event places everyone again.
   */
  boolean settled = true;
  /** How many live requests name each selection of tracks and sessions ({@link Named}). */
  PersistentMap<Named, Integer> selections;
  /** The counters and travel counters that removals in this operation decremented. */
  final List<CounterKey> freed = new ArrayList<>();
  final List<CounterKey> freedTravel = new ArrayList<>();

  /** An empty draft of an event version and its index. */
  Draft(Event event, EventIndex index) {
    this.event = event;
    this.index = index;
    this.entries = PersistentMap.empty();
    this.counts = PersistentMap.empty();
    this.waiting = BY_SEQ;
    this.waitingByKey = PersistentMap.empty();
    this.waitingKeyless = BY_SEQ;
    this.travelQueues = PersistentMap.empty();
    this.selections = PersistentMap.empty();
  }

  Draft(Registrations r) {
    this(r, r.event, r.index);
  }

  /** A draft of a snapshot's places, counters and queues under another version of its event. */
  Draft(Registrations r, Event event, EventIndex index) {
    this.event = event;
    this.index = index;
    this.entries = r.entries;
    this.counts = r.counts;
    this.waiting = r.waiting;
    this.waitingByKey = r.waitingByKey;
    this.waitingKeyless = r.waitingKeyless;
    this.travelQueues = r.travelQueues;
    this.clock = r.clock;
    this.registered = r.registeredCount;
    this.settled = r.settled;
    this.selections = r.selections;
  }

  /**
   * The track and session ids a request names, as a key: a new version of the event changes
   * what a live request holds only through the selections live requests name, far fewer than
   * the requests.
   */
  static final class Named {
    final List<String> trackIds;
    final List<String> sessionIds;
    private final int hash;

    Named(RegistrationRequest request) {
      this.trackIds = request.getTrackIds();
      this.sessionIds = request.getSessionIds();
      this.hash = trackIds.hashCode() * 31 + sessionIds.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Named && hash == ((Named) other).hash && trackIds.equals(((Named) other).trackIds)
          && sessionIds.equals(((Named) other).sessionIds);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Counts a live request in the selection it names ({@code delta} 1), or no longer (-1). */
  private void name(RegistrationRequest request, int delta) {
    Named named = new Named(request);
    Integer n = selections.get(named);
    int next = (n == null ? 0 : n) + delta;
    selections = next == 0 ? selections.remove(named) : selections.put(named, next);
  }

  Registrations build() {
    return new Registrations(this);
  }

  int count(CounterKey key) {
    return Count.of(counts.get(key));
  }

  /** Counts a registered entry in counters ({@code delta} 1), or no longer (-1). */
  void add(List<CounterKey> keys, Entry e, int delta) {
    for (CounterKey k : keys) {
      Count c = counts.get(k);
      PersistentQueue<Entry> holders = c == null ? BY_TICKET : c.holders;
      holders = delta > 0 ? holders.add(e) : holders.remove(e.ticket);
      counts = holders.isEmpty() ? counts.remove(k) : counts.put(k, new Count(Count.key(c, k), holders));
    }
  }

  private static PersistentMap<CounterKey, PersistentQueue<Entry>> enqueue(
      PersistentMap<CounterKey, PersistentQueue<Entry>> queues, List<CounterKey> keys, Entry e, PersistentQueue<Entry> empty) {
    for (CounterKey k : keys) {
      PersistentQueue<Entry> q = queues.get(k);
      queues = queues.put(k, (q == null ? empty : q).add(e));
    }
    return queues;
  }

  private static PersistentMap<CounterKey, PersistentQueue<Entry>> dequeue(
      PersistentMap<CounterKey, PersistentQueue<Entry>> queues, List<CounterKey> keys, long position) {
    for (CounterKey k : keys) {
      PersistentQueue<Entry> q = queues.get(k);
      if (q != null) {
        q = q.remove(position);
        queues = q.isEmpty() ? queues.remove(k) : queues.put(k, q);
      }
    }
    return queues;
  }

  /** Registers a request with the given place in line and a new ticket. */
  Entry accept(long seq, RegistrationRequest request, Evaluation ev) {
    String travel = ev.travelGranted ? index.slot(ev.slot).getCategory() : null;
    Entry e = new Entry(seq, clock++, request, Registration.State.REGISTERED, travel);
    entries = entries.put(e.id(), e);
    name(request, 1);
    add(ev.keys, e, 1);
    if (ev.travelGranted) {
      add(ev.travelKeys, e, 1);
    } else if (ev.slot >= 0) {
      travelQueues = enqueue(travelQueues, ev.travelKeys, e, BY_TICKET);
    }
    registered++;
    return e;
  }

  /** Puts a registered entry back as it was (a restore): its counters, its slot or its place in the travel queue. */
  void place(Entry e) {
    entries = entries.put(e.id(), e);
    name(e.request, 1);
    add(index.occupiedKeys(e.request), e, 1);
    if (e.travel != null) {
      add(index.travelKeys(index.slotOf(e.travel), e.request.getParticipant()), e, 1);
    } else {
      int slot = index.travelSlot(e.request);
      if (slot >= 0) {
        travelQueues = enqueue(travelQueues, index.travelKeys(slot, e.request.getParticipant()), e, BY_TICKET);
      }
    }
    registered++;
  }

  /** Adds a waiting entry to the waiting list and to the queue of every counter it needs, or of none. */
  void enqueueWaiting(Entry e) {
    entries = entries.put(e.id(), e);
    name(e.request, 1);
    waiting = waiting.add(e);
    List<CounterKey> keys = index.occupiedKeys(e.request);
    if (keys.isEmpty()) {
      waitingKeyless = waitingKeyless.add(e);
    } else {
      waitingByKey = enqueue(waitingByKey, keys, e, BY_SEQ);
    }
  }

  /** Takes a waiting entry out of the queues of some counters it no longer needs; it stays waiting. */
  void unqueue(List<CounterKey> keys, Entry e) {
    waitingByKey = dequeue(waitingByKey, keys, e.seq);
  }

  /** Takes a waiting entry out of the entries, the waiting list and every queue. */
  void dequeueWaiting(Entry e) {
    entries = entries.remove(e.id());
    name(e.request, -1);
    waiting = waiting.remove(e.seq);
    List<CounterKey> keys = index.occupiedKeys(e.request);
    if (keys.isEmpty()) {
      waitingKeyless = waitingKeyless.remove(e.seq);
    } else {
      waitingByKey = dequeue(waitingByKey, keys, e.seq);
    }
  }

  /** Takes a registered entry out without settling, and remembers what it freed. */
  void removeRegistered(Entry e) {
    List<CounterKey> keys = index.occupiedKeys(e.request);
    add(keys, e, -1);
    freed.addAll(keys);
    if (e.travel != null) {
      List<CounterKey> travelKeys = index.travelKeys(index.slotOf(e.travel), e.request.getParticipant());
      add(travelKeys, e, -1);
      freedTravel.addAll(travelKeys);
    } else {
      int slot = index.travelSlot(e.request);
      if (slot >= 0) {
        travelQueues = dequeue(travelQueues, index.travelKeys(slot, e.request.getParticipant()), e.ticket);
      }
    }
    entries = entries.remove(e.id());
    name(e.request, -1);
    registered--;
  }

  /** Gives a registered entry the travel slot of a category it was refused. */
  Entry grantTravel(Entry e, int slot, List<CounterKey> travelKeys) {
    Entry granted = new Entry(e.seq, e.ticket, e.request, Registration.State.REGISTERED, index.slot(slot).getCategory());
    entries = entries.put(e.id(), granted);
    add(travelKeys, granted, 1);
    travelQueues = dequeue(travelQueues, travelKeys, e.ticket);
    return granted;
  }

  /** Moves a waiting entry to registered. */
  Entry promote(Entry e, Evaluation ev) {
    dequeueWaiting(e);
    return accept(e.seq, e.request, ev);
  }
}
