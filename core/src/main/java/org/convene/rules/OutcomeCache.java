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

  private static int index(CounterKey key, int used, boolean flag) {
    int h = key.hashCode() * 31 + used * 17 + (flag ? 1 : 0);
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }

  /** The value cached for a counter, its use and a flag, or null. */
  @SuppressWarnings("unchecked")
  V get(CounterKey key, int used, boolean flag) {
    Slot<V> s = (Slot<V>) slots[index(key, used, flag)];
    return s != null && s.used == used && s.flag == flag && s.key.equals(key) ? s.value : null;
  }

  V put(CounterKey key, int used, boolean flag, V value) {
    slots[index(key, used, flag)] = new Slot<>(key, used, flag, value);
    return value;
  }
}
