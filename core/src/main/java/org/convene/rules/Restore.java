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
import org.convene.Event;
import org.convene.rules.internal.PersistentMap;
import org.convene.rules.internal.PersistentQueue;

/**
 * Rebuilds a snapshot from its {@link RegistrationsState} ({@link Registrations#restore(
 * RegistrationsState, List)}) or from the places a host stores ({@link Registrations#restore(
 * Event, List, List)}): every place with the orders it had, the counters and their holders
 * recounted from the registered places, the selections live requests name, and each queue built
 * at once from its elements in order (O(n), where adding them one by one would copy a path
 * each), so that a checkpoint of a million places restores in about the time it takes to read it.
 *
 * <p>It also tells whether the places are settled ({@link Draft#settled}), as every snapshot an
 * operation makes is, so that the first new version of the event after a restore may keep the
 * counters ({@link NewVersion}): no waiting request is admitted, no registered participant
 * refused a travel slot has room in every travel counter they count in, and every travel slot is
 * held in the category its holder falls in. It reads the counters each waiting request needs as
 * it files the request in their queues, and evaluates only the waiting requests none of whose
 * counters is full, and only the registered participants in the queues of travel counters with
 * room: places a snapshot kept are settled, and a host's places that are not (a request it kept
 * waiting that has room) are placed again by the first new version, which promotes it.
 */
final class Restore {
  private Restore() {}

  static Registrations of(Event event, EventIndex index, RegistrationsState state) {
    long next = state.getNextOrder();
    if (next < 0) {
      throw invalid("nextOrder is " + next + ": orders are not negative");
    }
    List<Place> places = state.getPlaces();
    List<Entry> waiting = new ArrayList<>();
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
      } else {
        if (ticket.isEmpty() || ticket.getAsLong() < 0 || ticket.getAsLong() >= next) {
          throw invalid("places[" + i + "] is registered, " + (ticket.isEmpty() ? "without an acceptanceOrder"
              : "with acceptanceOrder " + ticket.getAsLong() + ", not from 0 to nextOrder " + next + " excluded"));
        }
        String travel = r.getTravelSlot().orElse(null);
        if (travel != null && index.slotOf(travel) < 0) {
          throw invalid("places[" + i + "].registration.travelSlot is \"" + travel + "\", which the travel policy of event \""
              + index.eventId + "\" does not have");
        }
        e = new Entry(seq, ticket.getAsLong(), r.getRequest(), Registration.State.REGISTERED, travel);
        registered.add(e);
      }
      ids.add(id);
      all.add(e);
    }
    PersistentMap<String, Entry> entries;
    try {
      entries = PersistentMap.ofDistinct(ids, all);
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
    for (int i = 1; i < registered.size(); i++) {
      if (registered.get(i - 1).ticket == registered.get(i).ticket) {
        throw invalid("two registered places have acceptanceOrder " + registered.get(i).ticket + ": participants \""
            + registered.get(i - 1).id() + "\" and \"" + registered.get(i).id() + "\"");
      }
    }
    return build(event, index, entries, all, registered, waiting, next);
  }

  /**
   * {@link Registrations#restore(Event, List, List)}: the places in the order of both queues,
   * each given the next order as its request order and, registered, the one after as its
   * acceptance order. A request may name a track or session the event lacks, as the state's may:
   * a snapshot keeps such a place after the version that dropped the id, and the rules read it
   * as a stored request (a waiting one is refused by {@link SelectionRule}, so never promoted
   * while the id is missing, and the settled check admits none of them).
   */
  static Registrations of(Event event, EventIndex index, List<Registration> places) {
    Set<String> seen = new HashSet<>();
    List<Entry> waiting = new ArrayList<>();
    List<Entry> registered = new ArrayList<>();
    List<String> ids = new ArrayList<>(places.size());
    List<Entry> all = new ArrayList<>(places.size());
    long clock = 0;
    for (int i = 0; i < places.size(); i++) {
      Registration place = places.get(i);
      String id = place.getParticipant().getId();
      if (!seen.add(id)) {
        throw new InvalidRequestException("Registrations.restore places[" + i + "] is participant \"" + id
            + "\", who is already at an earlier position: each participant has one place");
      }
      long seq = clock++;
      Entry e;
      if (place.getState() == Registration.State.WAITING) {
        if (place.getTravelSlot().isPresent()) {
          throw new InvalidRequestException("Registrations.restore places[" + i + "] is waiting, yet has travelSlot \""
              + place.getTravelSlot().get() + "\": only a registered place holds one");
        }
        e = new Entry(seq, -1, place.getRequest(), Registration.State.WAITING, null);
        waiting.add(e);
      } else {
        String travel = place.getTravelSlot().orElse(null);
        if (travel != null && index.slotOf(travel) < 0) {
          throw new InvalidRequestException("Registrations.restore places[" + i + "].travelSlot is \"" + travel
              + "\", which the travel policy of event \"" + index.eventId + "\" does not have");
        }
        e = new Entry(seq, clock++, place.getRequest(), Registration.State.REGISTERED, travel);
        registered.add(e);
      }
      ids.add(id);
      all.add(e);
    }
    return build(event, index, PersistentMap.ofDistinct(ids, all), all, registered, waiting, clock);
  }

  /**
   * The snapshot of checked places: {@code all} in request order, {@code registered} in
   * acceptance order, {@code waiting} in request order.
   */
  private static Registrations build(Event event, EventIndex index, PersistentMap<String, Entry> entries,
      List<Entry> all, List<Entry> registered, List<Entry> waiting, long next) {
    Draft d = new Draft(event, index);
    d.entries = entries;
    // custom rules are not asked: with them every new version places everyone again anyway
    boolean settled = index.customRules.isEmpty();
    Map<CounterKey, List<Entry>> holders = new HashMap<>();
    Map<CounterKey, List<Entry>> travelQueues = new LinkedHashMap<>();
    for (Entry e : registered) {
      for (CounterKey k : index.occupiedKeys(e.request)) {
        holders.computeIfAbsent(k, key -> new ArrayList<>()).add(e);
      }
      if (e.travel != null) {
        int slot = index.slotOf(e.travel);
        // a slot of a category its holder no longer falls in: a new version placing everyone withdraws it
        settled &= index.travelSlot(e.request) == slot;
        for (CounterKey k : index.travelKeys(slot, e.request.getParticipant())) {
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
    Map<CounterKey, List<Entry>> waitingByKey = new LinkedHashMap<>();
    List<Entry> keyless = new ArrayList<>();
    List<Entry> candidates = new ArrayList<>();
    for (Entry e : waiting) {
      boolean room = true;
      List<CounterKey> keys = index.occupiedKeys(e.request);
      if (keys.isEmpty()) {
        keyless.add(e);
      }
      for (CounterKey k : keys) {
        waitingByKey.computeIfAbsent(k, key -> new ArrayList<>()).add(e);
        room = room && size(holders, k) < index.limitOf(k);
      }
      if (room && settled) {
        candidates.add(e);
      }
    }
    selections(index, d, all);
    d.waiting = PersistentQueue.ofSorted(e -> e.seq, waiting);
    d.waitingByKey = queues(waitingByKey, e -> e.seq);
    d.waitingKeyless = PersistentQueue.ofSorted(e -> e.seq, keyless);
    d.travelQueues = queues(travelQueues, e -> e.ticket);
    d.clock = next;
    d.settled = false;
    Registrations r = d.build();
    if (!settled || !settled(r, candidates, holders, travelQueues)) {
      return r;
    }
    d.settled = true;
    return d.build();
  }

  private static int size(Map<CounterKey, List<Entry>> holders, CounterKey k) {
    List<Entry> h = holders.get(k);
    return h == null ? 0 : h.size();
  }

  /**
   * Whether no waiting request among the candidates (those with room in every counter they
   * need: a full one refuses the others) is admitted, and no registered participant refused a
   * travel slot has room in every travel counter of their category (only those in the queue of
   * a travel counter with room can).
   */
  private static boolean settled(Registrations r, List<Entry> candidates, Map<CounterKey, List<Entry>> holders,
      Map<CounterKey, List<Entry>> travelQueues) {
    EventIndex index = r.index;
    for (Map.Entry<CounterKey, List<Entry>> q : travelQueues.entrySet()) {
      if (size(holders, q.getKey()) >= index.travelLimit(q.getKey())) {
        continue;
      }
      for (Entry e : q.getValue()) {
        boolean room = true;
        for (CounterKey k : index.travelKeys(q.getKey().index(), e.request.getParticipant())) {
          room &= size(holders, k) < index.travelLimit(k);
        }
        if (room) {
          return false;
        }
      }
    }
    for (Entry e : candidates) {
      if (Evaluator.evaluate(r, e.request, e).decision.isAccepted()) {
        return false;
      }
    }
    return true;
  }

  /** How many live requests name each selection, as the operations that placed them count. */
  private static void selections(EventIndex index, Draft d, List<Entry> all) {
    Map<Draft.Named, Integer> named = new HashMap<>();
    for (Entry e : all) {
      named.merge(new Draft.Named(e.request), 1, Integer::sum);
    }
    List<Draft.Named> keys = new ArrayList<>(named.keySet());
    List<Integer> counts = new ArrayList<>(keys.size());
    for (Draft.Named n : keys) {
      counts.add(named.get(n));
    }
    d.selections = PersistentMap.ofDistinct(keys, counts);
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
