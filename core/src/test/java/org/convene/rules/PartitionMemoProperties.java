package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.convene.ConveneGenerators;
import org.convene.Participant;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partition memo gives what making the partitions and keys again gives: for generated
 * participants, re-spelled (each spelling is a value of its own to the memo, so that they collide
 * in its table), every one-attribute partition, asked in random order, and quotas, targets and
 * travel slots enough to collide in an entry's tables too.
 */
@ExtendWith(InstancioExtension.class)
class PartitionMemoProperties {
  private static final List<Partition> PARTITIONS = List.of(
      Partition.by(PartitionKey.DELEGATION), Partition.by(PartitionKey.SECTOR),
      Partition.by(PartitionKey.ORGANISATION), Partition.by(PartitionKey.ROLE),
      Partition.by(PartitionKey.DELEGATION, PartitionKey.ROLE), Partition.by(PartitionKey.SECTOR, PartitionKey.ORGANISATION),
      Partition.none());
  private static final List<String> TARGETS = List.of("", "training", "readiness", "Aa", "BB", "s-1");

  @RepeatedTest(30)
  void theMemo_givesThePartitionsAndKeysMadeAgain(@Given(RegistrationsLifecycleProperties.Seeds.class) Random random) {
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Participant p = ConveneGenerators.participant(random);
      people.add(p);
      people.add(ConveneGenerators.respelled(random, p));
    }
    PartitionMemo memo = new PartitionMemo();
    for (int ask = 0; ask < 2_000; ask++) {
      Participant p = random.oneOf(people);
      Partition partition = random.oneOf(PARTITIONS);
      List<List<PartitionValue>> values = EventIndex.partitionValues(partition, p);
      PartitionMemo.Entry e = memo.of(partition, p);
      if (partition.getKeys().size() != 1 || partition.getKeys().get(0) == PartitionKey.ROLE) {
        assertNull(e, partition.toString());
        continue;
      }
      assertEquals(values, e.values, p + " " + partition);
      int slot = random.intRange(0, 11);
      assertEquals(List.of(new CounterKey(CounterKey.Kind.TRAVEL, slot, "", values.get(0))), e.travelKeys(slot),
          p + " " + partition + " slot " + slot);
      int quota = random.intRange(0, 20);
      String target = random.oneOf(TARGETS);
      assertEquals(List.of(new CounterKey(CounterKey.Kind.QUOTA, quota, target, values.get(0))),
          e.quotaKeys(quota, new String(target)), p + " " + partition + " quota " + quota + " " + target);
    }
  }

  @Test
  void aNewVersionsIndex_keepsTheMemo_soTheKeysKeptCountersStoredStayItsOwn_whileAnotherSnapshotHasItsOwn() {
    Registrations r = Registrations.empty(org.convene.SeedEvent.event());
    Registrations retitled = r.withEvent(r.getEvent().withTitle("Another title")).getRegistrations();
    assertSame(r.index.partitionMemo, retitled.index.partitionMemo);
    assertNotSame(r.index.travelSlotMemo, retitled.index.travelSlotMemo);
    assertNotSame(r.index.partitionMemo, Registrations.empty(org.convene.SeedEvent.event()).index.partitionMemo);
  }
}
