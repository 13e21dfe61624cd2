package org.convene.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The persistent map and queue agree with java.util's after every operation, old versions unchanged. */
@ExtendWith(InstancioExtension.class)
class PersistentStructuresProperties {

  /** A key whose hash is its value modulo a small number, so that full-hash collisions happen. */
  record Key(int value, int buckets) {
    @Override
    public int hashCode() {
      return buckets == 0 ? value : value % buckets;
    }
  }

  /** Keys to put (positive) or remove (negative), and the buckets of {@link Key#hashCode()}. */
  record Ops(int[] keys, int buckets) {}

  /** {@code @Given(Operations.class) Ops ops}: up to 2000 operations on keys from a small or large range. */
  static final class Operations implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      var random = context.random();
      int buckets = random.oneOf(0, 0, 7, 1 << 20);
      int range = random.oneOf(16, 300, 5000);
      int[] keys = new int[random.intRange(1, 2000)];
      for (int i = 0; i < keys.length; i++) {
        int k = random.intRange(1, range);
        keys[i] = random.trueOrFalse(0.6) ? k : -k;
      }
      return new Ops(keys, buckets);
    }
  }

  @RepeatedTest(100)
  void mapAgreesWithHashMap_afterEveryPutAndRemove_andOldVersionsAreUnchanged(@Given(Operations.class) Ops input) {
    int buckets = input.buckets();
    PersistentMap<Key, Integer> map = PersistentMap.empty();
    Map<Key, Integer> model = new HashMap<>();
    List<PersistentMap<Key, Integer>> versions = new ArrayList<>();
    List<Map<Key, Integer>> models = new ArrayList<>();
    int step = 0;
    for (int k : input.keys()) {
      Key key = new Key(Math.abs(k), buckets);
      if (k > 0) {
        map = map.put(key, step);
        model.put(key, step);
      } else {
        map = map.remove(key);
        model.remove(key);
      }
      assertEquals(model.size(), map.size());
      assertEquals(model.get(key), map.get(key));
      if (step++ % 97 == 0) {
        versions.add(map);
        models.add(new HashMap<>(model));
      }
    }
    Map<Key, Integer> all = new HashMap<>();
    map.forEach(all::put);
    assertEquals(model, all);
    for (int i = 0; i < versions.size(); i++) {
      Map<Key, Integer> old = new HashMap<>();
      versions.get(i).forEach(old::put);
      assertEquals(models.get(i), old);
    }
    assertNull(map.get(new Key(-1, buckets)));
  }

  @RepeatedTest(100)
  void queueAgreesWithTreeMap_afterEveryAddAndRemove_andOldVersionsAreUnchanged(@Given(Operations.class) Ops input) {
    PersistentQueue<long[]> queue = PersistentQueue.empty(e -> e[0]);
    java.util.TreeMap<Long, Long> model = new java.util.TreeMap<>();
    List<PersistentQueue<long[]>> versions = new ArrayList<>();
    List<java.util.TreeMap<Long, Long>> models = new ArrayList<>();
    int step = 0;
    for (int k : input.keys()) {
      long key = Math.abs(k);
      if (k > 0) {
        queue = queue.add(new long[] {key, step});
        model.put(key, (long) step);
      } else {
        queue = queue.remove(key);
        model.remove(key);
      }
      assertEquals(model.size(), queue.size());
      assertEquals(model.isEmpty() ? null : model.firstKey(), queue.first() == null ? null : queue.first()[0]);
      Long higher = model.higherKey(key);
      assertEquals(higher, queue.higher(key) == null ? null : queue.higher(key)[0]);
      Long lower = model.lowerKey(key);
      assertEquals(lower, queue.lower(key) == null ? null : queue.lower(key)[0]);
      assertEquals(model.isEmpty() ? null : model.lastKey(), queue.last() == null ? null : queue.last()[0]);
      assertEquals(model.get(key), queue.find(key) == null ? null : queue.find(key)[1]);
      if (step++ % 97 == 0) {
        versions.add(queue);
        models.add(new java.util.TreeMap<>(model));
      }
    }
    for (int i = 0; i < versions.size(); i++) {
      List<Long> keys = new ArrayList<>();
      versions.get(i).forEach(e -> keys.add(e[0]));
      assertEquals(new ArrayList<>(models.get(i).keySet()), keys);
    }
  }
}
