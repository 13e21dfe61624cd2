package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The writers of one event take turns on the event's advisory lock: a desk holds {@code
 * pg_advisory_xact_lock(1131376246, eventId.hashCode())} while it decides, and releases it when
 * it commits. The desk is stopped in the middle of a decision by a rule, and the lock observed in
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

  @Test
  void aDeskHoldsTheEventsAdvisoryLockOfTheDocumentedKeyWhileItDecides_andReleasesItAtCommit() throws Exception {
    String url = TestDatabase.create("lock");
    DataSource observer = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(observer);
    Event event = SchemaAndBadInputTest.seed();
    Probe first = new Probe(true);
    Probe second = new Probe(false);
    DurableDesk a = DurableDesk.open(TestDatabase.dataSource(url), event, List.of(first));
    DurableDesk b = DurableDesk.open(TestDatabase.dataSource(url), event.getId(), List.of(second));
    String lock = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        + " AND classid::bigint = 1131376246 AND objid::bigint = " + Integer.toUnsignedLong(event.getId().hashCode())
        + " AND objsubid = 2 AND granted = ";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Recorded> held = pool.submit(
          () -> a.register("r-held", SchemaAndBadInputTest.request(HELD, "BE", SeedEvent.READINESS)));
      assertTrue(first.deciding.await(2, TimeUnit.MINUTES), "the first desk never decided");
      assertEquals(1, TestDatabase.queryLong(observer, lock + "true"),
          "the desk decides without holding the advisory lock (1131376246, hashCode of \"" + event.getId() + "\")");

      first.release.countDown();

      assertEquals(1, held.get(2, TimeUnit.MINUTES).getSequence());
      Recorded after = b.register("r-second", SchemaAndBadInputTest.request(SECOND, "FR", SeedEvent.READINESS));
      assertEquals(2, after.getSequence());
      assertTrue(after.getDecision().orElseThrow().isAccepted());
      // each decided once; the second desk replayed the first's row, read under its own lock
      assertEquals(1, first.calls(HELD));
      assertEquals(1, second.calls(HELD));
      assertEquals(1, second.calls(SECOND));
      assertEquals(0, TestDatabase.queryLong(observer, lock + "true"), "the lock outlives the transaction");
      assertEquals(2, DurableDesk.open(observer, event.getId(), List.of(new Probe(false))).getSequence());
    } finally {
      first.release.countDown();
      pool.shutdownNow();
    }
  }
}
