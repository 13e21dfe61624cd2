package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.Rule;
import org.convene.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

/**
 * The writers of one event take turns on the event's advisory lock, {@code
 * pg_advisory_xact_lock(1131376246, eventId.hashCode())}: a desk appending under the lock holds
 * it while it decides and releases it when it commits; a desk appending in one round trip takes
 * it in its statement, so waits for a holder. The desk is stopped in the middle of a decision by a rule, and the lock observed in
 * {@code pg_locks} from another connection: nothing is timed.
 */
class EventLockTest {
  private static final String HELD = "be-held";
  private static final String SECOND = "fr-second";

  /** A custom rule that passes everyone, counts its calls per participant, and can stop once. */
  private static final class Probe implements Rule {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final CountDownLatch deciding = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final boolean stops;

    Probe(boolean stops) {
      this.stops = stops;
    }

    @Override
    public String getId() {
      return "probe";
    }

    @Override
    public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
      String id = request.getParticipant().getId();
      int call = calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (stops && id.equals(HELD) && call == 1) {
        deciding.countDown();
        try {
          assertTrue(release.await(2, TimeUnit.MINUTES), "the test never released the decision");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return RuleOutcome.passed("probe", "PROBED", "everyone passes");
    }

    int calls(String participantId) {
      AtomicInteger n = calls.get(participantId);
      return n == null ? 0 : n.get();
    }
  }

  private static String lockQuery(Event event) {
    return "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        + " AND classid::bigint = 1131376246 AND objid::bigint = " + Integer.toUnsignedLong(event.getId().hashCode())
        + " AND objsubid = 2 AND granted = ";
  }

  /**
   * Under the lock: a desk that appends that way holds the lock while it decides. A second desk,
   * whose one-round-trip statement waits for the lock meanwhile, does not slip its row in: once
   * the first commits, its statement finds the sequence taken, appends nothing, and the desk
   * decides again under the lock against the row it missed.
   */
  @Test
  void aDeskHoldsTheEventsAdvisoryLockOfTheDocumentedKeyWhileItDecides_andAOneRoundTripAppendWaitsForIt()
      throws Exception {
    String url = TestDatabase.create("lock");
    DataSource observer = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(observer);
    Event event = SchemaAndBadInputTest.seed();
    Probe first = new Probe(true);
    Probe second = new Probe(false);
    DurableDesk a = DurableDesk.open(TestDatabase.dataSource(url), event, List.of(first));
    a.oneRoundTrip = false;
    DurableDesk b = DurableDesk.open(TestDatabase.dataSource(url), event.getId(), List.of(second));
    String lock = lockQuery(event);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Recorded> held = pool.submit(
          () -> a.register("r-held", SchemaAndBadInputTest.request(HELD, "BE", SeedEvent.READINESS)));
      assertTrue(first.deciding.await(2, TimeUnit.MINUTES), "the first desk never decided");
      assertEquals(1, TestDatabase.queryLong(observer, lock + "true"),
          "the desk decides without holding the advisory lock (1131376246, hashCode of \"" + event.getId() + "\")");

      assertTrue(b.appendsInOneRoundTrip());
      Future<Recorded> waiting = pool.submit(
          () -> b.register("r-second", SchemaAndBadInputTest.request(SECOND, "FR", SeedEvent.READINESS)));
      // the state awaited, not a duration: the second desk's statement waits for the lock
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (TestDatabase.queryLong(observer, lock + "false") == 0) {
        assertTrue(System.nanoTime() < deadline, "the one-round-trip append never waited for the event's lock");
        Thread.sleep(10);
      }
      assertEquals(1, second.calls(SECOND), "decided once, against the snapshot it had");

      first.release.countDown();

      assertEquals(1, held.get(2, TimeUnit.MINUTES).getSequence());
      Recorded after = waiting.get(2, TimeUnit.MINUTES);
      assertEquals(2, after.getSequence());
      assertTrue(after.getDecision().orElseThrow().isAccepted());
      // the first desk decided once; the second replayed its row, read under its own lock, and decided again
      assertEquals(1, first.calls(HELD));
      assertEquals(1, second.calls(HELD));
      assertEquals(2, second.calls(SECOND));
      // having missed a row, the second desk appends its next batch under the lock; finding none missed there, it goes back
      assertFalse(b.appendsInOneRoundTrip());
      assertEquals(3, b.register("r-third", SchemaAndBadInputTest.request("de-third", "DE", SeedEvent.READINESS))
          .getSequence());
      assertTrue(b.appendsInOneRoundTrip());
      assertEquals(0, TestDatabase.queryLong(observer, lock + "true"), "the lock outlives the transaction");
      assertEquals(0, TestDatabase.queryLong(observer, lock + "false"));
      assertEquals(3, DurableDesk.open(observer, event.getId(), List.of(new Probe(false))).getSequence());
    } finally {
      first.release.countDown();
      pool.shutdownNow();
    }
  }

  /**
   * In one round trip: a desk alone decides each request once, holds no lock while it decides,
   * and appends it as the log's next row.
   */
  @Test
  void aDeskAlone_decidesOnceWithoutTheLock_andAppendsTheNextRow() throws Exception {
    String url = TestDatabase.create("lockalone");
    DataSource observer = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(observer);
    Event event = SchemaAndBadInputTest.seed();
    Probe probe = new Probe(true);
    DurableDesk desk = DurableDesk.open(TestDatabase.dataSource(url), event, List.of(probe));
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      Future<Recorded> held = pool.submit(
          () -> desk.register("r-held", SchemaAndBadInputTest.request(HELD, "BE", SeedEvent.READINESS)));
      assertTrue(probe.deciding.await(2, TimeUnit.MINUTES), "the desk never decided");
      assertEquals(0, TestDatabase.queryLong(observer, lockQuery(event) + "true"), "the desk holds the lock while it decides");
      probe.release.countDown();
      assertEquals(1, held.get(2, TimeUnit.MINUTES).getSequence());
      assertEquals(2, desk.register("r-second", SchemaAndBadInputTest.request(SECOND, "FR", SeedEvent.READINESS))
          .getSequence());
      assertEquals(1, probe.calls(HELD));
      assertEquals(1, probe.calls(SECOND));
      assertTrue(desk.appendsInOneRoundTrip());
      assertEquals(2, DurableDesk.open(observer, event.getId(), List.of(new Probe(false))).getSequence());
    } finally {
      probe.release.countDown();
      pool.shutdownNow();
    }
  }
}
