package org.convene.rules;

/**
 * A small direct-mapped cache of outcomes that depend only on one counter and its use, such as
 * "3 of 3 used for track readiness, delegation BE": the same few counters are asked about again
 * and again, and building an outcome (figures, parameters) costs more than reading the counter.
 * One per event version, shared by its snapshots and threads: an entry is an immutable object
 * published through a racy array write, which the final fields make safe; a lost write costs a
 * rebuild only. Its size is fixed, so it never grows with the registrations or the requests.
 *
 * @param <V> the cached outcome type
 */
final class OutcomeCache<V> {
  private static final int SLOTS = 1024;
  /**
   * The slots an entry may sit in: four neighbours. With two, three outcomes whose slots collide
   * kept evicting one another: with 1,000 registrations on the seed's unlimited quota, two quota
   * outcomes were rebuilt 14 times per 1,024 decisions.
   */
  static final int WAYS = 4;

  private static final class Slot<V> {
    final CounterKey key;
    final int used;
    final boolean flag;
    final V value;

    Slot(CounterKey key, int used, boolean flag, V value) {
      this.key = key;
      this.used = used;
      this.flag = flag;
      this.value = value;
    }
  }

  private final Object[] slots = new Object[SLOTS];

  /** The first of the {@link #WAYS} slots of a counter, use and flag. */
  static int index(CounterKey key, int used, boolean flag) {
    int h = key.hashCode() * 31 + used * 17 + (flag ? 1 : 0);
    h *= 0x9E3779B9; // the counters of one event differ in few bits: mix them all into the index
    return (h ^ (h >>> 16)) & (SLOTS - WAYS);
  }

  @SuppressWarnings("unchecked")
  private static <V> V value(Object slot, CounterKey key, int used, boolean flag) {
    Slot<V> s = (Slot<V>) slot;
    return s != null && s.used == used && s.flag == flag && (s.key == key || s.key.equals(key)) ? s.value : null;
  }

  /**
   * The value cached for a counter, its use and a flag, or null. Four-way: an entry sits in one of
   * four neighbouring slots, so that up to four counters asked about in turn whose slots collide
   * do not evict one another on every request.
   */
  V get(CounterKey key, int used, boolean flag) {
    int i = index(key, used, flag);
    for (int w = 0; w < WAYS; w++) {
      V v = value(slots[i + w], key, used, flag);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * Caches a value in the first of its slots, moving the entries there one slot on: the one in
   * the last slot, cached longest ago, is forgotten.
   */
  V put(CounterKey key, int used, boolean flag, V value) {
    int i = index(key, used, flag);
    for (int w = WAYS - 1; w > 0; w--) {
      slots[i + w] = slots[i + w - 1];
    }
    slots[i] = new Slot<>(key, used, flag, value);
    return value;
  }
}
