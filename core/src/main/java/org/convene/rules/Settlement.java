package org.convene.rules;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.convene.rules.internal.PersistentQueue;

/**
 * What follows a removal: freed travel slots go to the registered participants refused one,
 * earliest accepted first; then the waiting requests that every rule now admits are promoted,
 * earliest first. Only a request that needs a freed counter can have become admissible (counters
 * only grow otherwise), so only the waiting queues of the freed counters are read, merged by a
 * priority queue on the request's place in line, each until its counter is full again.
 */
final class Settlement {
  private Settlement() {}

  /**
   * A position in one counter's waiting queue, or (key null) in the list of other waiting
   * requests to evaluate, at index {@code at}.
   */
  private record Cursor(CounterKey key, int order, Entry entry, int at) {}

  private static final Comparator<Cursor> EARLIEST =
      Comparator.<Cursor>comparingLong(c -> c.entry().seq).thenComparingInt(Cursor::order);

  static void settle(Draft d, List<Change> changes) {
    settle(d, changes, List.of());
  }

  /**
   * {@link #settle(Draft, List)}, evaluating also, in line order among the others, the waiting
   * requests given ({@code also}, in line order): those a new version may admit though they need
   * no freed counter ({@link NewVersion#raise}).
   */
  static void settle(Draft d, List<Change> changes, List<Entry> also) {
    for (CounterKey k : new LinkedHashSet<>(d.freedTravel)) {
      grantTravel(d, k, changes);
    }
    promoteWaiting(d, changes, also);
    d.freed.clear();
    d.freedTravel.clear();
  }

  private static void grantTravel(Draft d, CounterKey key, List<Change> changes) {
    PersistentQueue<Entry> q = d.travelQueues.get(key);
    int limit = d.index.travelLimit(key);
    for (Entry e = q == null ? null : q.first(); e != null && d.count(key) < limit; e = q.higher(e.ticket)) {
      List<CounterKey> keys = d.index.travelKeys(key.index(), e.request.getParticipant());
      boolean room = true;
      for (CounterKey k : keys) {
        room &= d.count(k) < limit;
      }
      if (room) {
        changes.add(Registrations.change(Change.Kind.TRAVEL_GRANTED, d.grantTravel(e, key.index(), keys)));
      }
    }
  }

  private static void promoteWaiting(Draft d, List<Change> changes, List<Entry> also) {
    PriorityQueue<Cursor> next = new PriorityQueue<>(EARLIEST);
    int order = 0;
    for (CounterKey k : new LinkedHashSet<>(d.freed)) {
      PersistentQueue<Entry> q = d.waitingByKey.get(k);
      if (q != null) {
        next.add(new Cursor(k, order++, q.first(), -1));
      }
    }
    if (!also.isEmpty()) {
      next.add(new Cursor(null, order, also.get(0), 0));
    }
    Set<Long> evaluated = new HashSet<>();
    while (!next.isEmpty()) {
      Cursor c = next.poll();
      if (c.key() != null && d.count(c.key()) >= d.index.limitOf(c.key())) {
        continue;
      }
      Entry e = c.entry();
      if (evaluated.add(e.seq) && d.entries.get(e.id()) == e) {
        Evaluation ev = Evaluator.evaluate(d.build(), e.request, e);
        if (ev.decision.isAccepted()) {
          changes.add(Registrations.change(Change.Kind.PROMOTED, d.promote(e, ev)));
        }
      }
      if (c.key() == null) {
        if (c.at() + 1 < also.size()) {
          next.add(new Cursor(null, c.order(), also.get(c.at() + 1), c.at() + 1));
        }
        continue;
      }
      PersistentQueue<Entry> q = d.waitingByKey.get(c.key());
      Entry after = q == null ? null : q.higher(e.seq);
      if (after != null) {
        next.add(new Cursor(c.key(), c.order(), after, -1));
      }
    }
  }

  /**
   * Promotes, earliest first, every waiting request the rules admit: after a new version of the
   * event, when any limit may have moved. Reads the whole waiting list.
   */
  static void promoteAll(Draft d, List<Change> changes) {
    d.waiting.forEach(e -> {
      Evaluation ev = Evaluator.evaluate(d.build(), e.request, e);
      if (ev.decision.isAccepted()) {
        changes.add(Registrations.change(Change.Kind.PROMOTED, d.promote(e, ev)));
      }
    });
  }
}
