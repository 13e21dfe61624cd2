package org.convene.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.convene.rules.internal.PersistentStructuresProperties.Key;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bulk builds a restore uses ({@link PersistentMap#ofDistinct}, {@link PersistentQueue#ofSorted})
 * give what one addition after another gives, full-hash collisions included, and refuse a key
 * given twice or out of order.
 */
@ExtendWith(InstancioExtension.class)
class BulkBuildProperties {
  static final class Seeds implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return context.random();
    }
  }

  @RepeatedTest(100)
  void aMapBuiltAtOnce_holdsWhatPutsGive_andStaysPersistent(@Given(Seeds.class) Random random) {
    int buckets = random.oneOf(0, 7, 1 << 20);
    int n = random.intRange(0, 3000);
    List<Key> keys = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    Map<Key, Integer> model = new HashMap<>();
    TreeSet<Integer> used = new TreeSet<>();
    while (keys.size() < n) {
      int k = random.intRange(1, 100_000);
      if (used.add(k)) {
        keys.add(new Key(k, buckets));
        values.add(keys.size());
        model.put(keys.get(keys.size() - 1), keys.size());
      }
    }
    PersistentMap<Key, Integer> map = PersistentMap.ofDistinct(keys, values);
    assertEquals(model.size(), map.size());
    model.forEach((k, v) -> assertEquals(v, map.get(k), k.toString()));
    Map<Key, Integer> walked = new HashMap<>();
    map.forEach(walked::put);
    assertEquals(model, walked);
    if (n > 0) {
      Key gone = keys.get(random.intRange(0, n - 1));
      PersistentMap<Key, Integer> removed = map.remove(gone);
      assertEquals(n - 1, removed.size());
      assertEquals(null, removed.get(gone));
      assertEquals(model.get(gone), map.get(gone));
      List<Key> twice = new ArrayList<>(keys);
      List<Integer> twiceValues = new ArrayList<>(values);
      twice.add(gone);
      twiceValues.add(0);
      assertThrows(IllegalArgumentException.class, () -> PersistentMap.ofDistinct(twice, twiceValues));
    }
  }

  @RepeatedTest(100)
  void aQueueBuiltAtOnce_isTheQueueAdditionsMake(@Given(Seeds.class) Random random) {
    TreeSet<Long> keys = new TreeSet<>();
    int n = random.intRange(0, 3000);
    while (keys.size() < n) {
      keys.add((long) random.intRange(0, 1_000_000));
    }
    List<Long> sorted = new ArrayList<>(keys);
    PersistentQueue<Long> added = PersistentQueue.empty(k -> k);
    for (long k : sorted) {
      added = added.add(k);
    }
    PersistentQueue<Long> built = PersistentQueue.ofSorted(k -> k, sorted);
    assertEquals(added.size(), built.size());
    List<Long> walked = new ArrayList<>();
    built.forEach(walked::add);
    assertEquals(sorted, walked);
    for (long k = -1; k <= 1_000_000; k += 997) {
      assertEquals(added.higher(k), built.higher(k));
      assertEquals(added.find(k), built.find(k));
    }
    if (n > 1) {
      long gone = sorted.get(random.intRange(0, n - 1));
      assertEquals(n - 1, built.remove(gone).size());
      assertEquals(null, built.remove(gone).find(gone));
      List<Long> unsorted = new ArrayList<>(sorted);
      java.util.Collections.swap(unsorted, 0, n - 1);
      assertThrows(IllegalArgumentException.class, () -> PersistentQueue.ofSorted(k -> k, unsorted));
    }
  }
}
