package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.JdbcGenerators;
import org.convene.rules.JdbcGenerators.Operations;
import org.convene.rules.Operation;
import org.convene.rules.Registrations;
import org.convene.rules.Update;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Group commit decides a batch as if its operations had come one at a time: random operation
 * sequences (event versions, promotions, amendments, substitutions, operations that do not apply,
 * and retries of a request id, some in the batch of their first attempt) are sent to one desk by
 * concurrent callers, in rounds that each become a batch; each caller's answer, its row or its
 * exception, is what one in-memory snapshot gives when it applies the same operations one at a
 * time in the order the desk took them, which the rows' sequences are (a retry of a logged request
 * id answered with that row), and a fresh desk replays the log to that snapshot.
 *
 * <p>A round is made a batch without timing anything: the test holds the event's advisory lock
 * (the documented {@code pg_advisory_xact_lock(1131376246, eventId.hashCode())}), sends the
 * round's first operation, whose caller then waits for the lock, and sends the others one by one
 * from threads of their own, each once the one before it is queued behind that caller; then it
 * lets the lock go: the first operation is a transaction of its own, the others share the next.
 */
@ExtendWith(InstancioExtension.class)
class BatchProperties {
  private static String url;
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @BeforeAll
  static void database() {
    url = TestDatabase.create("batch_properties");
    RegistrationLog.createSchema(TestDatabase.dataSource(url));
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** An operation as a caller sent it: its request id, and its answer once given. */
  private static final class Call {
    final String requestId;
    final Operation operation;
    Future<Recorded> answer;

    Call(String requestId, Operation operation) {
      this.requestId = requestId;
      this.operation = operation;
    }

    @Override
    public String toString() {
      return requestId + " " + operation.getKind();
    }
  }

  @RepeatedTest(8)
  void eachCallerOfABatch_isAnsweredAsOneSnapshotApplyingTheOperationsOneAtATimeInLogOrder(
      @Given(JdbcGenerators.Scenarios.class) Operations scenario, @Given long seed) throws Exception {
    DataSource dataSource = TestDatabase.dataSource(url);
    TestDatabase.execute(dataSource, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
    Random random = new Random(seed);
    DurableDesk desk = DurableDesk.open(dataSource, scenario.event, List.of());

    // the calls in the order the desk takes them, in rounds of 2 to 16 operations and their retries
    List<Call> sent = new ArrayList<>();
    List<List<Call>> batches = new ArrayList<>();
    int next = 0;
    while (next < scenario.operations.size()) {
      List<Call> round = new ArrayList<>();
      for (int size = 2 + random.nextInt(15); round.size() < size && next < scenario.operations.size(); ) {
        round.add(new Call("op-" + next, scenario.operations.get(next)));
        next++;
        if (random.nextInt(6) == 0) {
          // a client's retry, of an operation of this round (the same batch) or of an earlier one
          Call first = random.nextBoolean() ? round.get(random.nextInt(round.size())) : sent.isEmpty()
              ? round.get(0) : sent.get(random.nextInt(sent.size()));
          round.add(new Call(first.requestId, first.operation));
        }
      }
      sendAsOneBatchAfterItsFirst(dataSource, desk, round);
      sent.addAll(round);
      batches.add(round.subList(1, round.size()));
    }

    // one snapshot, applying the same operations one at a time in that order
    Registrations model = Registrations.empty(scenario.event);
    Map<String, Recorded> logged = new HashMap<>();
    List<Call> appended = new ArrayList<>();
    long sequence = 0;
    for (Call call : sent) {
      Recorded first = logged.get(call.requestId);
      if (first != null) {
        assertEquals(first, answer(call), () -> call + " is a retry: the row of its first attempt");
        continue;
      }
      Update update;
      try {
        update = model.apply(call.operation);
      } catch (RuntimeException expected) {
        Throwable failure = failure(call);
        assertEquals(expected.getClass(), failure.getClass(), call::toString);
        assertEquals(expected.getMessage(), failure.getMessage(), call::toString);
        continue;
      }
      Recorded row = answer(call);
      assertEquals(++sequence, row.getSequence(), call::toString);
      assertEquals(call.requestId, row.getRequestId());
      assertEquals(call.operation, row.getOperation(), call::toString);
      assertEquals(update instanceof DecidedUpdate ? Optional.of(((DecidedUpdate) update).getDecision())
          : Optional.empty(), row.getDecision(), call::toString);
      assertEquals(update.getChanges(), row.getChanges(), call::toString);
      model = update.getRegistrations();
      logged.put(call.requestId, row);
      appended.add(call);
    }
    assertEquals(model, desk.current());
    assertEquals(sequence, desk.getSequence());
    DurableDesk fresh = DurableDesk.open(TestDatabase.dataSource(url), scenario.event.getId(), List.of());
    assertEquals(model, fresh.current());
    assertEquals(sequence, fresh.getSequence());

    // and the rows each round's batch appended were committed together
    for (List<Call> batch : batches) {
      List<Long> rows = new ArrayList<>();
      for (Call call : batch) {
        if (appended.contains(call)) {
          rows.add(answer(call).getSequence());
        }
      }
      if (!rows.isEmpty()) {
        assertEquals(1, transactions(dataSource, rows), () -> "the rows " + rows + " of one batch");
      }
    }
  }

  /**
   * Sends the calls of a round from threads of their own: the first while the test holds the
   * event's lock, so that its caller leads a transaction that waits for it, then each of the
   * others once the one before it is queued; then lets the lock go and waits for every answer.
   */
  private void sendAsOneBatchAfterItsFirst(DataSource dataSource, DurableDesk desk, List<Call> round)
      throws Exception {
    try (Connection lock = dataSource.getConnection()) {
      lock.setAutoCommit(false);
      try (PreparedStatement ps = lock.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
        ps.setInt(1, 0x436f6e76);
        ps.setInt(2, desk.getEventId().hashCode());
        ps.execute();
      }
      Call first = round.get(0);
      first.answer = pool.submit(() -> desk.apply(first.requestId, first.operation));
      awaitWaiterForTheLock(dataSource, first);
      for (int i = 1; i < round.size(); i++) {
        Call call = round.get(i);
        call.answer = Gate.submitQueued(pool, desk, i, () -> desk.apply(call.requestId, call.operation));
      }
      lock.commit();
    }
    for (Call call : round) {
      try {
        call.answer.get(2, TimeUnit.MINUTES);
      } catch (ExecutionException expected) {
        // an operation that does not apply, checked against the model
      }
    }
  }

  /** Waits until a backend of this database waits for an advisory lock: the caller of {@code first}. */
  private static void awaitWaiterForTheLock(DataSource dataSource, Call first) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (TestDatabase.queryLong(dataSource, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        + " AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())") == 0) {
      assertTrue(System.nanoTime() < deadline && !first.answer.isDone(), "the first call did not wait for the lock");
      Thread.sleep(5);
    }
  }

  private static Recorded answer(Call call) throws Exception {
    try {
      return call.answer.get(2, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw new AssertionError(call + " failed where the model applies it: " + e.getCause(), e.getCause());
    }
  }

  private static Throwable failure(Call call) throws Exception {
    try {
      Recorded row = call.answer.get(2, TimeUnit.MINUTES);
      throw new AssertionError(call + " was answered " + row + " where the model refuses it");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  /** How many transactions inserted the given log rows: each leaves its xmin on its rows. */
  private static long transactions(DataSource dataSource, List<Long> sequences) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT count(DISTINCT xmin::text) FROM convene_registration_log WHERE sequence = ANY (?)")) {
      ps.setArray(1, c.createArrayOf("bigint", sequences.toArray()));
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
