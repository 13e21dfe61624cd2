package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.rules.Registration;
import org.convene.rules.Registrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults on the real database: a connection killed by {@code pg_terminate_backend} in the
 * middle of the append's transaction, and a commit that succeeds while its caller sees a
 * failure; each also striking the commit of a batch of three requests that one transaction
 * decided together. Afterwards each caller resolves the outcome by its request id, a retry never
 * registers twice, and a server that replays the log agrees with every answer given.
 */
class FaultTest {
  private static String url;
  private DataSource dataSource;
  private final Event event = SchemaAndBadInputTest.seed();

  /** What the faulty data source does when the desk commits. */
  private enum Fault { NONE, KILL_BEFORE_COMMIT, LOSE_COMMIT_REPLY }

  private volatile Fault fault = Fault.NONE;
  /** Stops a desk's transaction mid-decision, so that the batch tests queue calls behind it. */
  private final Gate gate = new Gate();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @BeforeAll
  static void database() {
    url = TestDatabase.create("faults");
    RegistrationLog.createSchema(TestDatabase.dataSource(url));
  }

  @AfterEach
  void stop() {
    gate.releaseAll();
    pool.shutdownNow();
  }

  @BeforeEach
  void emptyLog() {
    dataSource = TestDatabase.dataSource(url);
    TestDatabase.execute(dataSource, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
  }

  /**
   * The real data source, whose connections suffer the current fault where the desk commits: on
   * the execution of the insert that the transaction under the lock sends with its {@code COMMIT}
   * (and on any {@code commit()}), and of the statement that appends in one round trip (its own
   * transaction). Their backend is terminated from another session first, or the commit goes
   * through and the reply is lost.
   */
  private DataSource faulty() {
    DataSource real = TestDatabase.dataSource(url);
    InvocationHandler sourceHandler = (proxy, method, args) -> {
      Object result = invoke(real, method, args);
      if (!method.getName().equals("getConnection")) {
        return result;
      }
      Connection connection = (Connection) result;
      int pid = backendPid(connection);
      return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
        if (m.getName().equals("commit")) {
          return commitWithFault(connection, pid, () -> invoke(connection, m, a));
        }
        Object r = invoke(connection, m, a);
        // the statements that commit: the one-round-trip append, and the insert under the lock sent with its COMMIT
        if (m.getName().equals("prepareStatement")
            && (((String) a[0]).startsWith("WITH turn") || ((String) a[0]).endsWith("; COMMIT"))) {
          PreparedStatement append = (PreparedStatement) r;
          return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
              (ps, sm, sa) -> sm.getName().startsWith("execute")
                  ? commitWithFault(connection, pid, () -> invoke(append, sm, sa)) : invoke(append, sm, sa));
        }
        return r;
      });
    };
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, sourceHandler);
  }

  private interface Commit {
    Object run() throws Throwable;
  }

  /** Runs a commit under the current fault. */
  private Object commitWithFault(Connection connection, int pid, Commit commit) throws Throwable {
    if (fault == Fault.KILL_BEFORE_COMMIT) {
      TestDatabase.execute(dataSource, "SELECT pg_terminate_backend(" + pid + ")");
    }
    Object r = commit.run();
    if (fault == Fault.LOSE_COMMIT_REPLY) {
      connection.close();
      throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
    }
    return r;
  }

  /** A desk on the faulty data source, appending in one round trip or, if not, under the lock only. */
  private DurableDesk faultyDesk(boolean oneRoundTrip, List<Gate> rules) {
    DurableDesk desk = DurableDesk.open(faulty(), event, rules);
    desk.oneRoundTrip = oneRoundTrip;
    return desk;
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void aConnectionKilledMidTransaction_appendsNothing_andTheRetryRegistersOnce(boolean oneRoundTrip) {
    DurableDesk desk = faultyDesk(oneRoundTrip, List.of());
    desk.register("r1", SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS));
    fault = Fault.KILL_BEFORE_COMMIT;
    RegistrationLogException e = assertThrows(RegistrationLogException.class,
        () -> desk.register("r2", SchemaAndBadInputTest.request("be-bram", "BE", SeedEvent.READINESS)));
    assertTrue(e.getMessage().contains("request id \"r2\""), e.getMessage());
    fault = Fault.NONE;
    assertEquals(Optional.empty(), desk.find("r2"));

    Recorded retried = desk.register("r2", SchemaAndBadInputTest.request("be-bram", "BE", SeedEvent.READINESS));
    assertEquals(2, retried.getSequence());
    assertTrue(retried.getDecision().orElseThrow().isAccepted());
    assertEquals(List.of("be-anna", "be-bram"), registered(replayed()));
  }

  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void aCommitWhoseOutcomeIsUnknown_isResolvedByItsRequestId(boolean oneRoundTrip) {
    DurableDesk desk = faultyDesk(oneRoundTrip, List.of());
    DurableDesk other = DurableDesk.open(TestDatabase.dataSource(url), event, List.of());
    fault = Fault.LOSE_COMMIT_REPLY;
    assertThrows(RegistrationLogException.class,
        () -> desk.register("r1", SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS)));
    fault = Fault.NONE;
    // the row was committed: the caller learns it by its request id, from any server
    Recorded first = other.find("r1").orElseThrow();
    assertTrue(first.getDecision().orElseThrow().isAccepted());
    // the desk that lost the reply has not applied it, and a retry returns the same row
    assertFalse(desk.current().find("be-anna").isPresent());
    assertEquals(first, desk.register("r1", SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS)));
    assertEquals(first, other.register("r1", SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS)));
    // and the next request on that desk is decided against the whole log
    assertEquals(2, desk.cancel("r2", "be-anna").getSequence());
    assertEquals(List.of(), registered(replayed()));
    assertEquals(2, DurableDesk.open(dataSource, event.getId(), List.of()).getSequence());
  }

  @Test
  void aRetryOfACancellation_returnsTheFirstRowInsteadOfFailing() {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of());
    desk.register("r1", SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS));
    Recorded cancelled = desk.cancel("r2", "be-anna");
    assertEquals(cancelled, desk.cancel("r2", "be-anna"));
    assertEquals(0, desk.refresh().getRegisteredCount());
    assertEquals(2, desk.getSequence());
  }

  /**
   * A batch of three requests queued behind a transaction that a {@link Gate} holds; the fault
   * is armed while the batch's own transaction is stopped at its first decision, so it strikes
   * the batch's commit and not the one before. Each of the three callers fails with a {@link
   * RegistrationLogException} naming its own request id.
   */
  private void batchWithFault(DurableDesk desk, Fault armed) throws Exception {
    Gate.Stop batch = gate.stopAt("be-anna");
    Future<Recorded> first = gate.holdTransaction(pool, desk);
    List<Future<Recorded>> answers = List.of(
        Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", GroupCommitTest.request("be-anna", "BE"))),
        Gate.submitQueued(pool, desk, 2, () -> desk.register("r-fleur", GroupCommitTest.request("fr-fleur", "FR"))),
        Gate.submitQueued(pool, desk, 3, () -> desk.register("r-dirk", GroupCommitTest.request("de-dirk", "DE"))));
    gate.releaseHeld();
    assertEquals(1, first.get(2, TimeUnit.MINUTES).getSequence());
    batch.awaitReached();
    fault = armed;
    batch.release();
    for (int i = 0; i < 3; i++) {
      Throwable e = GroupCommitTest.failure(answers.get(i));
      assertInstanceOf(RegistrationLogException.class, e);
      assertTrue(e.getMessage().contains("request id \"" + BATCH.get(i) + "\""), e.getMessage());
    }
    fault = Fault.NONE;
  }

  private static final List<String> BATCH = List.of("r-anna", "r-fleur", "r-dirk");

  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void aBatchWhoseConnectionIsKilledBeforeItsCommit_failsEachCallerWithItsRequestId_andEachRetryRegistersOnce(boolean oneRoundTrip)
    throws Exception {
    DurableDesk desk = faultyDesk(oneRoundTrip, List.of(gate));
    batchWithFault(desk, Fault.KILL_BEFORE_COMMIT);
    for (String requestId : BATCH) {
      assertEquals(Optional.empty(), desk.find(requestId));
    }
    assertEquals(2, desk.register("r-anna", GroupCommitTest.request("be-anna", "BE")).getSequence());
    assertEquals(3, desk.register("r-fleur", GroupCommitTest.request("fr-fleur", "FR")).getSequence());
    assertEquals(4, desk.register("r-dirk", GroupCommitTest.request("de-dirk", "DE")).getSequence());
    Registrations replayed = DurableDesk.open(dataSource, event.getId(), List.of(new Gate())).current();
    assertEquals(List.of("be-held", "be-anna", "fr-fleur", "de-dirk"), registered(replayed));
    assertEquals(replayed.getState(), desk.current().getState());
  }

  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void aBatchWhoseCommitsOutcomeIsUnknown_isResolvedByEachRequestId_andARetryReturnsTheCommittedRow(boolean oneRoundTrip)
    throws Exception {
    DurableDesk desk = faultyDesk(oneRoundTrip, List.of(gate));
    DurableDesk other = DurableDesk.open(TestDatabase.dataSource(url), event.getId(), List.of(new Gate()));
    batchWithFault(desk, Fault.LOSE_COMMIT_REPLY);
    // the batch was committed: each caller learns it by its request id, and a retry returns that row
    for (int i = 0; i < 3; i++) {
      Recorded committed = other.find(BATCH.get(i)).orElseThrow();
      assertEquals(2 + i, committed.getSequence());
      assertTrue(committed.getDecision().orElseThrow().isAccepted());
    }
    assertEquals(other.find("r-fleur").orElseThrow(),
        desk.register("r-fleur", GroupCommitTest.request("fr-fleur", "FR")));
    assertEquals(other.find("r-anna").orElseThrow(),
        other.register("r-anna", GroupCommitTest.request("be-anna", "BE")));
    // and the next request on the desk that lost the reply is decided against the whole log
    assertEquals(5, desk.cancel("r-cancel", "be-anna").getSequence());
    Registrations replayed = DurableDesk.open(dataSource, event.getId(), List.of(new Gate())).current();
    assertEquals(List.of("be-held", "fr-fleur", "de-dirk"), registered(replayed));
    assertEquals(replayed.getState(), desk.current().getState());
  }

  private Registrations replayed() {
    return DurableDesk.open(dataSource, event.getId(), List.of()).current();
  }

  private static List<String> registered(Registrations registrations) {
    return registrations.getRegistered().stream().map(Registration::getParticipant).map(p -> p.getId())
        .collect(java.util.stream.Collectors.toList());
  }
}
