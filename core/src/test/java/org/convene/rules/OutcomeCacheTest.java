package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.PartitionKey;
import org.convene.rules.CounterKey.Kind;
import org.junit.jupiter.api.Test;

/**
 * The outcome cache may forget (its size is fixed), but what it returns is always the value
 * cached for exactly that counter, use and flag.
 */
class OutcomeCacheTest {
  private static CounterKey key(String target, String delegation) {
    return new CounterKey(Kind.QUOTA, 0, target, List.of(PartitionValue.of(PartitionKey.DELEGATION, delegation)));
  }

  @Test
  void aValueJustCached_isFound_andNothingElseIs() {
    OutcomeCache<String> cache = new OutcomeCache<>();
    CounterKey be = key("training", "BE");
    assertNull(cache.get(be, 1, false));
    assertSame("BE 1", cache.put(be, 1, false, "BE 1"));
    assertSame("BE 1", cache.get(be, 1, false));
    assertSame("BE 1", cache.get(key("training", "BE"), 1, false), "an equal key, not the same object");
    assertNull(cache.get(be, 2, false));
    assertNull(cache.get(be, 1, true));
    assertNull(cache.get(key("training", "FR"), 1, false));
  }

  /** "Aa" and "BB" hash alike, so these two counters share their slots for every use. */
  @Test
  void countersWhoseKeysHashAlike_areBothKept_andNeverConfused() {
    OutcomeCache<String> cache = new OutcomeCache<>();
    CounterKey aa = key("Aa", "BE");
    CounterKey bb = key("BB", "BE");
    assertEquals(aa.hashCode(), bb.hashCode());
    cache.put(aa, 3, true, "Aa");
    assertNull(cache.get(bb, 3, true));
    cache.put(bb, 3, true, "BB");
    assertSame("BB", cache.get(bb, 3, true));
    assertSame("Aa", cache.get(aa, 3, true), "the earlier entry moved to the neighbouring slot");
  }

  /**
   * "AaAa", "AaBB", "BBAa", "BBBB" and "C#C#" hash alike: four counters that share their slots
   * are all kept (with two ways, two of the seed's quota outcomes kept being rebuilt), and a fifth
   * forgets the one cached longest ago.
   */
  @Test
  void fourCountersWhoseKeysHashAlike_areAllKept_aFifthForgetsTheOldest() {
    OutcomeCache<String> cache = new OutcomeCache<>();
    List<String> targets = List.of("AaAa", "AaBB", "BBAa", "BBBB", "C#C#");
    List<CounterKey> keys = new ArrayList<>();
    for (String t : targets) {
      keys.add(key(t, "BE"));
      assertEquals(OutcomeCache.index(keys.get(0), 7, false), OutcomeCache.index(key(t, "BE"), 7, false), t);
    }
    for (int i = 0; i < 4; i++) {
      cache.put(keys.get(i), 7, false, targets.get(i));
    }
    for (int i = 0; i < 4; i++) {
      assertSame(targets.get(i), cache.get(keys.get(i), 7, false), targets.get(i));
    }
    cache.put(keys.get(4), 7, false, "C#C#");
    assertSame("C#C#", cache.get(keys.get(4), 7, false));
    assertNull(cache.get(keys.get(0), 7, false), "the oldest is forgotten");
    for (int i = 1; i < 4; i++) {
      assertSame(targets.get(i), cache.get(keys.get(i), 7, false), targets.get(i));
    }
  }

  /** Entries move between a slot and its neighbour, so counters, uses and flags share slots. */
  @Test
  void manyCountersUsesAndFlags_neverReturnAnotherEntrysValue() {
    OutcomeCache<String> cache = new OutcomeCache<>();
    List<CounterKey> keys = new ArrayList<>();
    for (String target : List.of("training", "readiness", "Aa", "BB", "")) {
      for (String delegation : List.of("BE", "FR", "DE", "NL", "C#", "BB")) {
        keys.add(key(target, delegation));
      }
    }
    Map<String, String> cached = new HashMap<>();
    for (int round = 0; round < 2; round++) {
      for (CounterKey k : keys) {
        for (int used = 0; used < 12; used++) {
          for (boolean flag : new boolean[] {false, true}) {
            // as in the rule engine, a counter, use and flag always give an equal outcome
            String value = new String(k + " " + used + " " + flag);
            cache.put(k, used, flag, value);
            assertSame(value, cache.get(k, used, flag));
            cached.put(k + " " + used + " " + flag, value);
          }
        }
      }
    }
    int found = 0;
    for (CounterKey k : keys) {
      for (int used = 0; used < 14; used++) {
        for (boolean flag : new boolean[] {false, true}) {
          String value = cache.get(k, used, flag);
          if (value != null) {
            found++;
            assertEquals(cached.get(k + " " + used + " " + flag), value);
          }
        }
      }
    }
    assertTrue(found > 0 && found <= 1024, found + " found");
  }
}
