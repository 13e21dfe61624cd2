package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.convene.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Group commit's fallback: when PostgreSQL refuses a value of a batch's statement with a data
 * exception (SQL state class 22) that the desk did not foresee, the desk decides the batch's
 * operations again one at a time, so that only the refused operation's caller fails and the
 * others are committed. The refusal is a trigger this test installs in its own database, which
 * refuses the rows of chosen request ids on demand; a {@link Gate} queues the operations into one
 * batch without timing anything. Only the desk's public behaviour is checked: the answers, the
 * log a fresh desk replays, and how many transactions wrote the rows.
 */
class DataExceptionFallbackTest {
  private static String url;
  private DataSource dataSource;
  private final Event event = SchemaAndBadInputTest.seed();
  private final Gate gate = new Gate();
  private final ExecutorService pool = Executors.newFixedThreadPool(6);

  @BeforeAll
  static void database() {
    url = TestDatabase.create("data_exception");
    DataSource dataSource = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(dataSource);
    // the rows of request ids "bad-...": a data exception (22023, invalid parameter value), as a
    // value the desk cannot foresee would be; of "fail-...": another error (P0001, raise_exception)
    TestDatabase.execute(dataSource, "CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$"
        + " BEGIN"
        + "   IF NEW.request_id LIKE 'bad-%' THEN"
        + "     RAISE EXCEPTION 'the test refuses request id %', NEW.request_id USING ERRCODE = '22023';"
        + "   END IF;"
        + "   RAISE EXCEPTION 'the test fails request id %', NEW.request_id;"
        + " END $$");
    // the rows of request ids "drop-...": dropped without an error, as a host's trigger might
    TestDatabase.execute(dataSource, "CREATE FUNCTION drop_row() RETURNS trigger LANGUAGE plpgsql AS $$"
        + " BEGIN RETURN NULL; END $$");
    TestDatabase.execute(dataSource, "CREATE TRIGGER drop_row BEFORE INSERT ON convene_registration_log FOR EACH ROW"
        + " WHEN (NEW.request_id LIKE 'drop-%') EXECUTE FUNCTION drop_row()");
    // the rows of request ids "late-...": refused only when their transaction commits (a deferred
    // constraint trigger; serialization failure, 40001), so the COMMIT itself fails
    TestDatabase.execute(dataSource, "CREATE FUNCTION refuse_late() RETURNS trigger LANGUAGE plpgsql AS $$"
        + " BEGIN RAISE EXCEPTION 'the test refuses request id % at commit', NEW.request_id USING ERRCODE = '40001'; END $$");
    TestDatabase.execute(dataSource, "CREATE CONSTRAINT TRIGGER refuse_late AFTER INSERT ON convene_registration_log"
        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.request_id LIKE 'late-%') EXECUTE FUNCTION refuse_late()");
    TestDatabase.execute(dataSource, "CREATE TRIGGER refuse_row BEFORE INSERT ON convene_registration_log FOR EACH ROW"
        + " WHEN (NEW.request_id LIKE 'bad-%' OR NEW.request_id LIKE 'fail-%') EXECUTE FUNCTION refuse_row()");
  }

  @BeforeEach
  void emptyLog() {
    dataSource = TestDatabase.dataSource(url);
    TestDatabase.execute(dataSource, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
  }

  @AfterEach
  void stop() {
    gate.releaseAll();
    pool.shutdownNow();
  }

  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void aValueTheDatabaseRefusesInABatch_failsOnlyItsCaller_andTheOthersAreCommittedOneByOne(boolean oneRoundTrip)
      throws Exception {
    DurableDesk desk = desk(oneRoundTrip, gate);
    Future<Recorded> held = gate.holdTransaction(pool, desk);
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", request("be-anna", "BE")));
    Future<Recorded> bad = Gate.submitQueued(pool, desk, 2, () -> desk.register("bad-1", request("fr-bad", "FR")));
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 3, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    Future<Recorded> cancel = Gate.submitQueued(pool, desk, 4, () -> desk.cancel("r-cancel", "be-anna"));
    gate.releaseHeld();

    Throwable refused = GroupCommitTest.failure(bad);
    assertInstanceOf(RegistrationLogException.class, refused);
    assertTrue(refused.getMessage().contains("\"bad-1\""), refused.getMessage());
    assertTrue(refused.getMessage().contains("22023"), refused.getMessage());
    Map<String, Recorded> told = new LinkedHashMap<>();
    told.put("r-held", held.get(2, TimeUnit.MINUTES));
    told.put("r-anna", anna.get(2, TimeUnit.MINUTES));
    told.put("r-fleur", fleur.get(2, TimeUnit.MINUTES));
    told.put("r-cancel", cancel.get(2, TimeUnit.MINUTES));
    // each decided in the order queued, the refused one left out: the cancellation saw Anna's registration
    assertEquals(List.of(1L, 2L, 3L, 4L), told.values().stream().map(Recorded::getSequence).collect(
        java.util.stream.Collectors.toList()));
    assertEquals("be-anna", told.get("r-cancel").getChanges().get(0).getParticipantId());
    // the batch of four was refused whole, then decided again one operation a transaction
    assertEquals(3, transactions(2, 4));
    assertToldAndLogged(desk, told, List.of("bad-1"));
    assertEquals(List.of("be-held", "fr-fleur"), GroupCommitTest.registered(desk.current()));
  }

  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void aValueTheDatabaseRefusesForACallerAlone_failsIt_namingItsRequestId_andTheDeskGoesOn(boolean oneRoundTrip) {
    DurableDesk desk = desk(oneRoundTrip, gate);
    Map<String, Recorded> told = new LinkedHashMap<>();
    told.put("r-anna", desk.register("r-anna", request("be-anna", "BE")));
    RegistrationLogException refused = assertThrows(
        RegistrationLogException.class, () -> desk.register("bad-2", request("fr-bad", "FR")));
    assertTrue(refused.getMessage().contains("\"bad-2\""), refused.getMessage());
    assertTrue(refused.getMessage().contains("22023"), refused.getMessage());
    told.put("r-fleur", desk.register("r-fleur", request("fr-fleur", "FR")));
    assertEquals(2, told.get("r-fleur").getSequence());
    assertEquals(2, transactions(1, 2));
    assertToldAndLogged(desk, told, List.of("bad-2"));
  }

  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void anotherErrorOfTheDatabase_failsEveryCallerOfTheBatch_eachNamingItsRequestId_andCommitsNone(boolean oneRoundTrip)
      throws Exception {
    DurableDesk desk = desk(oneRoundTrip, gate);
    Future<Recorded> held = gate.holdTransaction(pool, desk);
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", request("be-anna", "BE")));
    Future<Recorded> failing = Gate.submitQueued(pool, desk, 2, () -> desk.register("fail-1", request("fr-bad", "FR")));
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 3, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    gate.releaseHeld();

    Map<String, Future<Recorded>> batch = new LinkedHashMap<>();
    batch.put("r-anna", anna);
    batch.put("fail-1", failing);
    batch.put("r-fleur", fleur);
    for (Map.Entry<String, Future<Recorded>> caller : batch.entrySet()) {
      Throwable e = GroupCommitTest.failure(caller.getValue());
      assertInstanceOf(RegistrationLogException.class, e);
      assertTrue(e.getMessage().contains("\"" + caller.getKey() + "\""), e.getMessage());
    }
    Map<String, Recorded> told = Map.of("r-held", held.get(2, TimeUnit.MINUTES));
    assertToldAndLogged(desk, told, List.copyOf(batch.keySet()));
    // the callers retry with the same request ids, the failing one alone: the others commit now
    assertEquals(2, desk.register("r-anna", request("be-anna", "BE")).getSequence());
    assertEquals(3, desk.register("r-fleur", request("fr-fleur", "FR")).getSequence());
  }

  /**
   * A row the database drops without an error (a host's trigger returning null) is never taken
   * for appended: the caller fails, naming what dropped it, nothing is appended, and the desk goes
   * on with the next sequence, either way of appending.
   */
  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void aRowTheDatabaseDropsWithoutAnError_failsItsCaller_andLeavesNoGap(boolean oneRoundTrip) {
    DurableDesk desk = desk(oneRoundTrip, gate);
    Map<String, Recorded> told = new LinkedHashMap<>();
    told.put("r-anna", desk.register("r-anna", request("be-anna", "BE")));
    RegistrationLogException dropped = assertThrows(
        RegistrationLogException.class, () -> desk.register("drop-1", request("fr-dropped", "FR")));
    assertTrue(dropped.getMessage().contains("\"drop-1\""), dropped.getMessage());
    assertTrue(dropped.getMessage().contains("a trigger or rule on convene_registration_log"), dropped.getMessage());
    told.put("r-fleur", desk.register("r-fleur", request("fr-fleur", "FR")));
    assertEquals(2, told.get("r-fleur").getSequence());
    assertToldAndLogged(desk, told, List.of("drop-1"));
  }

  /**
   * A row the database drops without an error in the middle of a batch commits none of the
   * batch, either way of appending: the statement counts the rows it took and fails before
   * anything commits (under the lock, before its {@code COMMIT}; in one round trip, its own
   * transaction). Found in the review of f3e49cf: the one-round-trip append counted only after its
   * statement had committed the rows around the dropped one, a gap no desk replays past.
   */
  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void aRowTheDatabaseDropsInTheMiddleOfABatch_commitsNoneOfIt_andLeavesNoGap(boolean oneRoundTrip) throws Exception {
    DurableDesk desk = desk(oneRoundTrip, gate);
    Future<Recorded> held = gate.holdTransaction(pool, desk);
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", request("be-anna", "BE")));
    Future<Recorded> dropped = Gate.submitQueued(pool, desk, 2, () -> desk.register("drop-2", request("fr-drop", "FR")));
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 3, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    gate.releaseHeld();

    Map<String, Recorded> told = new LinkedHashMap<>();
    told.put("r-held", held.get(2, TimeUnit.MINUTES));
    assertInstanceOf(RegistrationLogException.class, GroupCommitTest.failure(dropped));
    for (Future<Recorded> other : List.of(anna, fleur)) {
      try {
        Recorded row = other.get(2, TimeUnit.MINUTES);
        told.put(row.getRequestId(), row);
      } catch (java.util.concurrent.ExecutionException e) {
        assertInstanceOf(RegistrationLogException.class, e.getCause());
      }
    }
    // whatever the callers were told, the log has no gap: its rows are 1 to n
    assertEquals(TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"),
        TestDatabase.queryLong(dataSource, "SELECT coalesce(max(sequence), 0) FROM convene_registration_log"),
        "rows of the log against its last sequence");
    assertToldAndLogged(desk, told, List.of("drop-2"));
  }

  /**
   * Review of f3e49cf (s24): an error of the {@code COMMIT} itself (a deferred constraint), which
   * under the lock is sent with the insert, is reported by the driver for the statements sent
   * together: the callers fail, each naming its request id and the SQL state, nothing is
   * appended, the desk's snapshot does not move, and it goes on with the next sequence.
   */
  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void anErrorOfTheCommitItself_failsTheCallers_appendsNothing_andTheDeskGoesOn(boolean oneRoundTrip) throws Exception {
    DurableDesk desk = desk(oneRoundTrip, gate);
    Future<Recorded> held = gate.holdTransaction(pool, desk);
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", request("be-anna", "BE")));
    Future<Recorded> late = Gate.submitQueued(pool, desk, 2, () -> desk.register("late-1", request("fr-late", "FR")));
    gate.releaseHeld();

    Map<String, Recorded> told = new LinkedHashMap<>();
    told.put("r-held", held.get(2, TimeUnit.MINUTES));
    for (Map.Entry<String, Future<Recorded>> caller : Map.of("r-anna", anna, "late-1", late).entrySet()) {
      Throwable e = GroupCommitTest.failure(caller.getValue());
      assertInstanceOf(RegistrationLogException.class, e);
      assertTrue(e.getMessage().contains("\"" + caller.getKey() + "\""), e.getMessage());
      assertTrue(e.getMessage().contains("40001"), e.getMessage());
    }
    assertToldAndLogged(desk, told, List.of("r-anna", "late-1"));
    // alone now, under the lock or not: the late one fails again, the other commits next
    RegistrationLogException again = assertThrows(
        RegistrationLogException.class, () -> desk.register("late-1", request("fr-late", "FR")));
    assertTrue(again.getMessage().contains("\"late-1\""), again.getMessage());
    told.put("r-anna", desk.register("r-anna", request("be-anna", "BE")));
    assertEquals(2, told.get("r-anna").getSequence());
    assertToldAndLogged(desk, told, List.of("late-1"));
  }

  /** A custom rule that throws an {@link Error} on its second evaluation of {@link #ERRING}. */
  private static final class ErrsOnSecondLook implements org.convene.rules.Rule {
    static final String ERRING = "de-erring";
    private final java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String getId() {
      return "errs-on-second-look";
    }

    @Override
    public org.convene.rules.RuleOutcome evaluate(
        org.convene.rules.RegistrationRequest request, org.convene.rules.Registrations current) {
      if (request.getParticipant().getId().equals(ERRING) && looks.incrementAndGet() == 2) {
        throw new AssertionError("the rule fails hard on its second look at " + ERRING);
      }
      return org.convene.rules.RuleOutcome.passed("errs-on-second-look", "LOOKED", "everyone passes");
    }
  }

  /**
   * An {@link Error} while the batch is decided again one operation at a time (after a value the
   * database refused) reaches every caller of the batch still without an outcome: none is left
   * waiting for ever, and nothing after the failure is appended.
   */
  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void anErrorWhileTheBatchIsDecidedAgain_reachesEveryCallerStillWaiting(boolean oneRoundTrip) throws Exception {
    DurableDesk desk = desk(oneRoundTrip, gate, new ErrsOnSecondLook());
    Future<Recorded> held = gate.holdTransaction(pool, desk);
    Future<Recorded> bad = Gate.submitQueued(pool, desk, 1, () -> desk.register("bad-3", request("fr-bad", "FR")));
    Future<Recorded> erring = Gate.submitQueued(pool, desk, 2,
        () -> desk.register("r-erring", request(ErrsOnSecondLook.ERRING, "DE")));
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 3, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    gate.releaseHeld();

    assertInstanceOf(AssertionError.class, GroupCommitTest.failure(erring));
    // whichever caller led the batch gets the error thrown; the others get their own outcome
    assertInstanceOf(AssertionError.class, GroupCommitTest.failure(fleur));
    Throwable refused = GroupCommitTest.failure(bad);
    assertTrue(refused instanceof RegistrationLogException || refused instanceof AssertionError, refused.toString());
    assertEquals(1, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"));
    assertEquals(1, held.get(2, TimeUnit.MINUTES).getSequence());
  }

  /** A desk on the test's database, appending in one round trip or, if not, under the lock only. */
  private DurableDesk desk(boolean oneRoundTrip, org.convene.rules.Rule... rules) {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of(rules));
    desk.oneRoundTrip = oneRoundTrip;
    return desk;
  }

  private static org.convene.rules.RegistrationRequest request(String id, String delegation) {
    return GroupCommitTest.request(id, delegation);
  }

  /**
   * A fresh desk replays the log (checking each row's decision as it goes) to the desk's own
   * state, and the log agrees with every caller: each told row is the log's row of its request
   * id, the log holds no other, and no refused request id is in it.
   */
  private void assertToldAndLogged(DurableDesk desk, Map<String, Recorded> told, List<String> refused) {
    DurableDesk fresh = DurableDesk.open(dataSource, event.getId(), List.of(new Gate()));
    assertEquals(told.size(), fresh.getSequence());
    told.forEach((requestId, row) -> assertEquals(Optional.of(row), fresh.find(requestId), requestId));
    for (String requestId : refused) {
      assertEquals(Optional.empty(), fresh.find(requestId), requestId);
    }
    assertEquals(desk.current().getState(), fresh.current().getState());
    assertEquals(told.size(), desk.getSequence());
  }

  /** How many transactions inserted the log rows {@code from} to {@code to}: each leaves its xmin on its rows. */
  private long transactions(long from, long to) {
    return TestDatabase.queryLong(dataSource, "SELECT count(DISTINCT xmin::text) FROM convene_registration_log"
        + " WHERE sequence BETWEEN " + from + " AND " + to);
  }
}
