package org.convene.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.convene.rules.internal.PersistentMap;
import org.convene.rules.internal.PersistentQueue;

/**
 * Rebuilds a snapshot from its {@link RegistrationsState} ({@link Registrations#restore(
 * RegistrationsState, List)}): every place with the orders it had, the counters and their
 * holders recounted from the registered places, the selections live requests name, and each
 * queue built at once from its elements in order (O(n), where
 * adding them one by one would copy a path each), so that a checkpoint of a million places
 * restores in about the time it takes to read it.
 */
final class Restore {
  private Restore() {}

  static Registrations of(EventIndex index, RegistrationsState state) {
    Draft d = new Draft(index);
    long next = state.getNextOrder();
    if (next < 0) {
      throw invalid("nextOrder is " + next + ": orders are not negative");
    }
    List<Place> places = state.getPlaces();
    List<Entry> waiting = new ArrayList<>();
    Map<CounterKey, List<Entry>> waitingByKey = new LinkedHashMap<>();
    List<Entry> registered = new ArrayList<>();
    List<String> ids = new ArrayList<>(places.size());
    List<Entry> all = new ArrayList<>(places.size());
    long previous = -1;
    for (int i = 0; i < places.size(); i++) {
      Place place = places.get(i);
      Registration r = place.getRegistration();
      long seq = place.getRequestOrder();
      if (seq <= previous) {
        throw invalid("places[" + i + "].requestOrder is " + seq + ", not after the one before, " + previous
            + ": places come in request order, each with an order of its own");
      }
      if (seq >= next) {
        throw invalid("places[" + i + "].requestOrder is " + seq + ", not before nextOrder " + next);
      }
      previous = seq;
      String id = r.getParticipant().getId();
      OptionalLong ticket = place.getAcceptanceOrder();
      Entry e;
      if (r.getState() == Registration.State.WAITING) {
        if (ticket.isPresent() || r.getTravelSlot().isPresent()) {
          throw invalid("places[" + i + "] is waiting, yet has " + (ticket.isPresent()
              ? "acceptanceOrder " + ticket.getAsLong() : "travelSlot \"" + r.getTravelSlot().get() + "\"")
              + ": only a registered place has one");
        }
        e = new Entry(seq, -1, r.getRequest(), Registration.State.WAITING, null);
        waiting.add(e);
        for (CounterKey k : index.occupiedKeys(e.request)) {
          waitingByKey.computeIfAbsent(k, key -> new ArrayList<>()).add(e);
        }
      } else {
        if (ticket.isEmpty() || ticket.getAsLong() < 0 || ticket.getAsLong() >= next) {
          throw invalid("places[" + i + "] is registered, " + (ticket.isEmpty() ? "without an acceptanceOrder"
              : "with acceptanceOrder " + ticket.getAsLong() + ", not from 0 to nextOrder " + next + " excluded"));
        }
        String travel = r.getTravelSlot().orElse(null);
        if (travel != null && index.slotOf(travel) < 0) {
          throw invalid("places[" + i + "].registration.travelSlot is \"" + travel + "\", which the travel policy of event \""
              + index.event.getId() + "\" does not have");
        }
        e = new Entry(seq, ticket.getAsLong(), r.getRequest(), Registration.State.REGISTERED, travel);
        registered.add(e);
      }
      ids.add(id);
      all.add(e);
    }
    try {
      d.entries = PersistentMap.ofDistinct(ids, all);
    } catch (IllegalArgumentException twice) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        if (!seen.add(ids.get(i))) {
          throw invalid("places[" + i + "] is participant \"" + ids.get(i) + "\", who has an earlier place: each"
              + " participant has one");
        }
      }
      throw twice;
    }
    registered.sort(Comparator.comparingLong(e -> e.ticket));
    Map<CounterKey, List<Entry>> holders = new LinkedHashMap<>();
    Map<CounterKey, List<Entry>> travelQueues = new LinkedHashMap<>();
    for (int i = 0; i < registered.size(); i++) {
      Entry e = registered.get(i);
      if (i > 0 && registered.get(i - 1).ticket == e.ticket) {
        throw invalid("two registered places have acceptanceOrder " + e.ticket + ": participants \""
            + registered.get(i - 1).id() + "\" and \"" + e.id() + "\"");
      }
      for (CounterKey k : index.occupiedKeys(e.request)) {
        holders.computeIfAbsent(k, key -> new ArrayList<>()).add(e);
      }
      if (e.travel != null) {
        for (CounterKey k : index.travelKeys(index.slotOf(e.travel), e.request.getParticipant())) {
          holders.computeIfAbsent(k, key -> new ArrayList<>()).add(e);
        }
      } else {
        int slot = index.travelSlot(e.request);
        if (slot >= 0) {
          for (CounterKey k : index.travelKeys(slot, e.request.getParticipant())) {
            travelQueues.computeIfAbsent(k, key -> new ArrayList<>()).add(e);
          }
        }
      }
    }
    d.registered = registered.size();
    for (Map.Entry<CounterKey, List<Entry>> counter : holders.entrySet()) {
      d.counts = d.counts.put(counter.getKey(),
          new Count(counter.getKey(), PersistentQueue.ofSorted(e -> e.ticket, counter.getValue())));
    }
    selections(index, d, all);
    d.waiting = PersistentQueue.ofSorted(e -> e.seq, waiting);
    d.waitingByKey = queues(waitingByKey, e -> e.seq);
    d.travelQueues = queues(travelQueues, e -> e.ticket);
    d.clock = next;
    // as after Registrations.restore(places): the first new version of the event places everyone again
    d.settled = false;
    return d.build();
  }

  /**
   * How many live requests name each selection, and the ids they name that the event lacks (a
   * version dropped them while requests named them), as the operations that placed them count.
   */
  private static void selections(EventIndex index, Draft d, List<Entry> all) {
    Map<Draft.Named, Integer> named = new HashMap<>();
    for (Entry e : all) {
      named.merge(new Draft.Named(e.request), 1, Integer::sum);
    }
    Set<String> missing = new HashSet<>();
    List<Draft.Named> keys = new ArrayList<>(named.keySet());
    List<Integer> counts = new ArrayList<>(keys.size());
    for (Draft.Named n : keys) {
      counts.add(named.get(n));
      missing.addAll(index.select(n.trackIds, n.sessionIds, true).missing);
    }
    d.selections = PersistentMap.ofDistinct(keys, counts);
    d.missing = Set.copyOf(missing);
  }

  private static PersistentMap<CounterKey, PersistentQueue<Entry>> queues(
      Map<CounterKey, List<Entry>> lists, java.util.function.ToLongFunction<Entry> key) {
    PersistentMap<CounterKey, PersistentQueue<Entry>> queues = PersistentMap.empty();
    for (Map.Entry<CounterKey, List<Entry>> q : lists.entrySet()) {
      queues = queues.put(q.getKey(), PersistentQueue.ofSorted(key, q.getValue()));
    }
    return queues;
  }

  private static InvalidRequestException invalid(String detail) {
    return new InvalidRequestException("Registrations.restore(state, rules): state." + detail);
  }

  static List<Place> places(Registrations r) {
    Entry[] all = new Entry[r.entries.size()];
    int[] n = {0};
    r.entries.forEach((id, e) -> all[n[0]++] = e);
    Arrays.sort(all, Comparator.comparingLong(e -> e.seq));
    List<Place> places = new ArrayList<>(all.length);
    for (Entry e : all) {
      Place.Builder p = new Place.Builder().registration(e.view()).requestOrder(e.seq);
      if (e.state == Registration.State.REGISTERED) {
        p.acceptanceOrder(e.ticket);
      }
      places.add(p.build());
    }
    return places;
  }
}
