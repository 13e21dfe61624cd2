package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.PartitionKey;
import org.convene.rules.CounterKey.Kind;
import org.junit.jupiter.api.Test;

/**
 * A counter key has the equality of a record over its four parts, and a hash that tells apart
 * keys differing in any one part (every decision looks keys up in hash maps, so a hash that
 * forgot a part would put a whole quota's partitions in one bucket).
 */
class CounterKeyTest {
  private static final PartitionValue BE = PartitionValue.of(PartitionKey.DELEGATION, "BE");
  private static final PartitionValue FR = PartitionValue.of(PartitionKey.DELEGATION, "FR");
  private static final PartitionValue PUBLIC = PartitionValue.of(PartitionKey.SECTOR, "PUBLIC");

  private static CounterKey key(Kind kind, int index, String target, PartitionValue... partition) {
    // a fresh list each time: equality must not rest on the lists being the same object
    return new CounterKey(kind, index, target, new ArrayList<>(List.of(partition)));
  }

  /** Keys that differ from {@code base} in exactly one part, each part in turn. */
  private static List<CounterKey> oneChangeFrom() {
    return List.of(
        key(Kind.TRAVEL, 0, "training", BE),
        key(Kind.QUOTA, 1, "training", BE),
        key(Kind.QUOTA, 0, "readiness", BE),
        key(Kind.QUOTA, 0, "", BE),
        key(Kind.QUOTA, 0, "training", FR),
        key(Kind.QUOTA, 0, "training"),
        key(Kind.QUOTA, 0, "training", BE, PUBLIC),
        key(Kind.QUOTA, 0, "training", PUBLIC));
  }

  private static CounterKey base() {
    return key(Kind.QUOTA, 0, "training", BE);
  }

  @Test
  void equalParts_makeEqualKeys_withEqualHashes() {
    assertEquals(base(), base());
    assertEquals(base().hashCode(), base().hashCode());
    CounterKey two = key(Kind.TRAVEL, 2, "", BE, PUBLIC);
    assertEquals(two, key(Kind.TRAVEL, 2, "", BE, PUBLIC));
    assertEquals(key(Kind.EVENT_CAPACITY, 0, ""), key(Kind.EVENT_CAPACITY, 0, ""));
  }

  @Test
  void aKeyDifferingInOnePart_isAnotherKey_withAnotherHash() {
    CounterKey base = base();
    for (CounterKey other : oneChangeFrom()) {
      assertNotEquals(base, other, other::toString);
      assertNotEquals(other, base, other::toString);
      assertNotEquals(base.hashCode(), other.hashCode(), other::toString);
    }
  }

  @Test
  void everyKindAndIndex_hashesApart() {
    Set<Integer> hashes = new HashSet<>();
    int keys = 0;
    for (Kind kind : Kind.values()) {
      for (int index = 0; index < 4; index++) {
        hashes.add(key(kind, index, "training", BE).hashCode());
        keys++;
      }
    }
    assertEquals(keys, hashes.size());
  }

  /**
   * Equality compares the parts, not only the hashes: keys built so that their hashes collide
   * ("Aa" and "BB" hash alike as strings, and one more kind weighs as much as 31 more in the
   * index) are still different keys.
   */
  @Test
  void keysWhoseHashesCollide_areStillToldApart() {
    List<List<CounterKey>> pairs = List.of(
        List.of(key(Kind.QUOTA, 0, "Aa", BE), key(Kind.QUOTA, 0, "BB", BE)),
        List.of(key(Kind.QUOTA, 1, "Aa", BE), key(Kind.QUOTA, 0, "Ba", BE)),
        List.of(key(Kind.EVENT_CAPACITY, 0, ""), key(Kind.QUOTA, 31, "")),
        List.of(key(Kind.QUOTA, 0, "t", PartitionValue.of(PartitionKey.DELEGATION, "BB")),
            key(Kind.QUOTA, 0, "t", PartitionValue.of(PartitionKey.DELEGATION, "C#"))));
    for (List<CounterKey> pair : pairs) {
      assertEquals(pair.get(0).hashCode(), pair.get(1).hashCode(), "the hashes collide: " + pair);
      assertNotEquals(pair.get(0), pair.get(1), pair::toString);
      assertNotEquals(pair.get(1), pair.get(0), pair::toString);
    }
  }

  @Test
  void partitionsOfTheSameLengthAreComparedValueByValue() {
    assertNotEquals(key(Kind.QUOTA, 0, "t", BE, PUBLIC), key(Kind.QUOTA, 0, "t", FR, PUBLIC));
    assertNotEquals(key(Kind.QUOTA, 0, "t", PUBLIC, BE), key(Kind.QUOTA, 0, "t", PUBLIC, FR));
    assertNotEquals(key(Kind.QUOTA, 0, "t", BE), key(Kind.QUOTA, 0, "t", BE, PUBLIC));
  }

  @Test
  void aKeyIsNeverEqualToSomethingElse() {
    assertNotEquals(base(), (Object) "CounterKey[kind=QUOTA, index=0, target=training, partition=[]]");
    assertNotEquals(base(), null);
  }

  @Test
  void toString_andPartitionLabel_nameEveryPart() {
    CounterKey key = key(Kind.TRAVEL, 1, "readiness", BE, PUBLIC);
    assertEquals("delegation BE, sector PUBLIC", key.partitionLabel());
    assertEquals("", key(Kind.EVENT_CAPACITY, 0, "").partitionLabel());
    String text = key.toString();
    for (String part : List.of("TRAVEL", "index=1", "target=readiness", "BE")) {
      assertTrue(text.contains(part), text + " names " + part);
    }
  }
}
