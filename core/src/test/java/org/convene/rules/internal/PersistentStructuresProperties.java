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

/** The persistent map and vector agree with java.util's after every operation, old versions unchanged. */
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

  @RepeatedTest(50)
  void vectorAgreesWithArrayList_andOldVersionsKeepTheirElements(@Given(Operations.class) Ops input) {
    PersistentVector<Integer> vector = PersistentVector.empty();
    List<Integer> model = new ArrayList<>();
    int n = input.keys().length * 20;
    List<PersistentVector<Integer>> versions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      vector = vector.append(i);
      model.add(i);
      if (i % 4099 == 0) {
        versions.add(vector);
      }
    }
    assertEquals(model.size(), vector.size());
    for (int i = 0; i < n; i++) {
      assertEquals(model.get(i), vector.get(i));
    }
    for (PersistentVector<Integer> v : versions) {
      for (int i = 0; i < v.size(); i++) {
        assertEquals(i, v.get(i));
      }
    }
  }

  @RepeatedTest(50)
  void vectorWith_replacesOneElement_andLeavesTheOldVersionAlone(@Given(Operations.class) Ops input) {
    PersistentVector<Integer> vector = PersistentVector.empty();
    List<Integer> model = new ArrayList<>();
    for (int i = 0; i < input.keys().length * 3; i++) {
      vector = vector.append(i);
      model.add(i);
    }
    for (int k : input.keys()) {
      int i = Math.abs(k) % model.size();
      PersistentVector<Integer> before = vector;
      vector = vector.with(i, -k);
      assertEquals(model.get(i), before.get(i));
      model.set(i, -k);
      assertEquals(model.get(i), vector.get(i));
    }
    for (int i = 0; i < model.size(); i++) {
      assertEquals(model.get(i), vector.get(i));
    }
  }

  @RepeatedTest(30)
  void bloomFilterNeverForgetsAnAddedString_whileGrowing(@Given(Operations.class) Ops input) {
    PersistentBloom bloom = PersistentBloom.withCapacity(0);
    List<String> added = new ArrayList<>();
    for (int i = 0; i < input.keys().length * 3; i++) {
      String s = "p-" + input.keys()[i % input.keys().length] + "-" + i;
      bloom = bloom.add(s);
      added.add(s);
      if (bloom.needsGrowth()) {
        List<String> all = List.copyOf(added);
        bloom = PersistentBloom.of(sink -> all.forEach(sink), all.size());
      }
    }
    for (String s : added) {
      assertEquals(true, bloom.mightContain(s), s);
    }
    int falsePositives = 0;
    for (int i = 0; i < 10_000; i++) {
      falsePositives += bloom.mightContain("absent-" + i) ? 1 : 0;
    }
    assertEquals(true, falsePositives < 1_000, falsePositives + " false positives in 10,000");
  }
}
