package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.Participant;
import org.convene.SeedEvent;
import org.convene.rules.Change;
import org.convene.rules.InvalidRequestException;
import org.convene.rules.NotRegisteredException;
import org.convene.rules.Operation;
import org.convene.rules.Registration;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.RuleOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Group commit: the operations that callers of one desk queue while its transaction runs are
 * decided together in the next one, in arrival order, each against the snapshot the ones before
 * it left, and committed at once. A {@link Gate} stops a transaction in the middle of a decision
 * so that the test queues operations behind it; that they were committed together is read from
 * PostgreSQL itself: rows inserted by one transaction share its {@code xmin}. Under the event's
 * lock the batch's insert and its {@code COMMIT} are sent together, in one round trip: an insert
 * the log refuses (a request id it holds already: a retry decided again as if new) fails whole,
 * the {@code COMMIT} sent after it does not run, and nothing of the batch is committed before the
 * desk looks the request ids up and decides the batch again.
 */
class GroupCommitTest {
  private static String url;
  private DataSource dataSource;
  private final Event event = SchemaAndBadInputTest.seed();
  private final Gate gate = new Gate();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @BeforeAll
  static void database() {
    url = TestDatabase.create("batches");
    RegistrationLog.createSchema(TestDatabase.dataSource(url));
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

  @Test
  void eightThreadsOnOneDesk_eachRequestIsLoggedOnce_andTheLogAgreesWithEveryAnswer() throws Exception {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of());
    // the 270 seed requests, each sent twice (a client's retry) by threads that race
    List<RegistrationRequest> requests = new ArrayList<>();
    for (String state : SeedEvent.MEMBER_STATES) {
      for (String track : List.of(SeedEvent.TRAINING, SeedEvent.READINESS)) {
        for (int a = 0; a < 5; a++) {
          RegistrationRequest r = SchemaAndBadInputTest.request(state.toLowerCase() + "-" + track + "-" + a, state, track);
          requests.add(r);
          requests.add(r);
        }
      }
    }
    Collections.shuffle(requests, new Random(18));
    ConcurrentLinkedQueue<RegistrationRequest> queue = new ConcurrentLinkedQueue<>(requests);
    Map<String, String> told = new ConcurrentHashMap<>();
    List<Future<?>> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      threads.add(pool.submit(() -> {
        for (RegistrationRequest r = queue.poll(); r != null; r = queue.poll()) {
          String requestId = "form-" + r.getParticipant().getId();
          String answer = ToldAndLogged.answer(desk.register(requestId, r));
          String other = told.putIfAbsent(requestId, answer);
          assertTrue(other == null || other.equals(answer), requestId + " was told " + other + " and " + answer);
        }
        return null;
      }));
    }
    for (Future<?> thread : threads) {
      thread.get(5, TimeUnit.MINUTES);
    }
    assertEquals(270, told.size());
    Registrations replayed = ToldAndLogged.assertAgree(dataSource, event.getId(), 270, told);
    assertEquals(replayed, desk.current());
    assertEquals(270, desk.getSequence());
  }

  @Test
  void operationsQueuedDuringATransaction_areCommittedInTheNextOneTogether_eachDecidedAfterTheOnesBeforeIt()
      throws Exception {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of(gate));
    Future<Recorded> first = gate.holdTransaction(pool, desk);
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", request("be-anna", "BE")));
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 2, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    Future<Recorded> cancel = Gate.submitQueued(pool, desk, 3, () -> desk.cancel("r-cancel", "be-anna"));
    Future<Recorded> bram = Gate.submitQueued(pool, desk, 4, () -> desk.register("r-bram", request("be-bram", "BE")));
    gate.releaseHeld();

    assertEquals(1, first.get(2, TimeUnit.MINUTES).getSequence());
    assertEquals(List.of(2L, 3L, 4L, 5L), List.of(sequence(anna), sequence(fleur), sequence(cancel), sequence(bram)));
    // the cancellation saw the registration queued before it
    assertEquals(List.of("be-anna"), cancel.get().getChanges().stream().map(Change::getParticipantId)
        .collect(Collectors.toList()));
    assertEquals(1, transactions(2, 5), "the four queued operations were not committed in one transaction");
    assertEquals(2, transactions(1, 5));
    assertEquals(List.of("be-held", "fr-fleur", "be-bram"), registered(desk.current()));
    assertEquals(desk.current().getState(), replayed().getState());
  }

  @Test
  void anInvalidOperationInABatch_failsOnlyItsCaller_andTheOthersCommit() throws Exception {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of(gate));
    Future<Recorded> first = gate.holdTransaction(pool, desk);
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", request("be-anna", "BE")));
    Future<Recorded> nobody = Gate.submitQueued(pool, desk, 2, () -> desk.cancel("r-nobody", "nobody"));
    Event other = new Event.Builder().from(event).id("another-event").build();
    Future<Recorded> otherEvent = Gate.submitQueued(pool, desk, 3, () -> desk.changeEvent("r-other", other));
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 4, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    gate.releaseHeld();

    assertEquals(1, first.get(2, TimeUnit.MINUTES).getSequence());
    assertInstanceOf(NotRegisteredException.class, failure(nobody));
    assertInstanceOf(InvalidRequestException.class, failure(otherEvent));
    assertEquals(2, sequence(anna));
    assertEquals(3, sequence(fleur));
    assertEquals(1, transactions(2, 3));
    assertEquals(Optional.empty(), desk.find("r-nobody"));
    assertEquals(Optional.empty(), desk.find("r-other"));
    assertEquals(List.of("be-held", "be-anna", "fr-fleur"), registered(desk.current()));
    assertEquals(desk.current().getState(), replayed().getState());
  }

  @Test
  void aRequestPostgresqlCannotStore_failsOnlyItsCaller_namingWhy_andTheOthersCommit() throws Exception {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of(gate));
    RegistrationRequest plain = request("be-nul", "BE");
    RegistrationRequest nulInName = new RegistrationRequest.Builder().from(plain)
        .participant(new Participant.Builder().from(plain.getParticipant()).name("Bad\0name").build()).build();
    Future<Recorded> first = gate.holdTransaction(pool, desk);
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", request("be-anna", "BE")));
    Future<Recorded> badName = Gate.submitQueued(pool, desk, 2, () -> desk.register("r-bad", nulInName));
    Future<Recorded> badId = Gate.submitQueued(pool, desk, 3, () -> desk.register("r-\0", request("de-id", "DE")));
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 4, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    gate.releaseHeld();

    assertEquals(1, first.get(2, TimeUnit.MINUTES).getSequence());
    Throwable name = failure(badName);
    assertInstanceOf(RegistrationLogException.class, name);
    assertEquals("request id \"r-bad\" of event \"" + event.getId() + "\" cannot be logged: its operation holds the"
        + " character U+0000 in a text, which PostgreSQL does not store; nothing was appended (remove the character"
        + " and send the request again)", name.getMessage());
    assertTrue(failure(badId).getMessage().startsWith("request id \"r-\\u0000\" of event"), failure(badId).getMessage());
    assertEquals(2, sequence(anna));
    assertEquals(3, sequence(fleur));
    assertEquals(1, transactions(2, 3));
    assertEquals(List.of("be-held", "be-anna", "fr-fleur"), registered(desk.current()));
    assertEquals(desk.current().getState(), replayed().getState());
    // alone, the same request fails the same way, and the desk goes on
    assertThrows(RegistrationLogException.class, () -> desk.register("r-bad", nulInName));
    assertEquals(4, desk.register("r-nul", plain).getSequence());
  }

  @Test
  void anInterruptedCaller_isDecidedAndCommitted_andKeepsItsInterrupt_soABatchItLeadsIsNotFailedByIt() throws Exception {
    // as HikariCP does: an interrupted thread gets no connection from a pool that has to wait for one
    DataSource refusesInterrupted = (DataSource) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("getConnection") && Thread.currentThread().isInterrupted()) {
            throw new java.sql.SQLException("Interrupted during connection acquisition", "08001");
          }
          try {
            return method.invoke(dataSource, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    DurableDesk desk = DurableDesk.open(refusesInterrupted, event, List.of());
    Future<Boolean> interrupted = pool.submit(() -> {
      Thread.currentThread().interrupt();
      assertEquals(1, desk.register("r-interrupted", request("be-anna", "BE")).getSequence());
      return Thread.currentThread().isInterrupted();
    });
    assertTrue(interrupted.get(2, TimeUnit.MINUTES), "the caller's interrupt is kept for it");
    assertEquals(List.of("be-anna"), registered(desk.current()));
  }

  @Test
  void aQueuedCallerInterruptedWhileItWaits_isStillDecidedAndCommitted_andKeepsItsInterrupt() throws Exception {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of(gate));
    Future<Recorded> first = gate.holdTransaction(pool, desk);
    AtomicReference<Thread> annaThread = new AtomicReference<>();
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> {
      annaThread.set(Thread.currentThread());
      Recorded row = desk.register("r-anna", request("be-anna", "BE"));
      assertTrue(Thread.currentThread().isInterrupted(), "the caller's interrupt is kept for it");
      return row;
    });
    annaThread.get().interrupt();
    // still queued, not gone: the next caller queues behind it, and both share the next transaction
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 2, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    assertFalse(anna.isDone());
    gate.releaseHeld();

    assertEquals(1, first.get(2, TimeUnit.MINUTES).getSequence());
    assertEquals(List.of(2L, 3L), List.of(sequence(anna), sequence(fleur)));
    assertEquals(1, transactions(2, 3));
    assertEquals(List.of("be-held", "be-anna", "fr-fleur"), registered(desk.current()));
  }

  @Test
  void moreCallersQueuedThanOneTransactionTakes_areEachAnswered_theFirstLeftLeadingTheNextTransaction()
      throws Exception {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of(gate));
    Future<Recorded> first = gate.holdTransaction(pool, desk);
    int queued = DurableDesk.MAX_BATCH + 3;
    ExecutorService callers = Executors.newFixedThreadPool(queued);
    try {
      List<Future<Recorded>> answers = new ArrayList<>();
      for (int i = 0; i < queued; i++) {
        String id = "be-" + i;
        answers.add(Gate.submitQueued(callers, desk, i + 1, () -> desk.register("r-" + id, request(id, "BE"))));
      }
      gate.releaseHeld();

      assertEquals(1, first.get(2, TimeUnit.MINUTES).getSequence());
      for (int i = 0; i < queued; i++) {
        assertEquals(i + 2, sequence(answers.get(i)));
      }
      assertEquals(1, transactions(2, DurableDesk.MAX_BATCH + 1));
      assertEquals(1, transactions(DurableDesk.MAX_BATCH + 2, queued + 1));
      assertEquals(3, transactions(1, queued + 1));
      assertEquals(0, desk.queued());
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aJsonTextHoldsU0000OnlyWhereItIsEscapedAsSuch() {
    assertTrue(LogStore.holdsNul("{\"name\":\"a\\u0000b\"}"));
    assertTrue(LogStore.holdsNul("raw \0"));
    assertFalse(LogStore.holdsNul("{\"name\":\"a\\\\u0000b\"}"), "an escaped backslash, then the text u0000");
    assertFalse(LogStore.holdsNul("{\"name\":\"a\\u0001b\"}"));
    assertFalse(LogStore.holdsNul(null));
  }

  @Test
  void aRequestIdTwiceInOneBatch_orAlreadyInTheLog_isAppendedOnce_andEveryCallerGetsItsFirstRow() throws Exception {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of(gate));
    Recorded logged = desk.register("r-logged", request("de-logged", "DE"));
    Future<Recorded> first = gate.holdTransaction(pool, desk);
    Future<Recorded> anna = Gate.submitQueued(pool, desk, 1, () -> desk.register("r-anna", request("be-anna", "BE")));
    // the same request id again, even for another operation: the first one's row
    Future<Recorded> annaAgain = Gate.submitQueued(pool, desk, 2, () -> desk.register("r-anna", request("be-other", "BE")));
    Future<Recorded> loggedAgain = Gate.submitQueued(pool, desk, 3, () -> desk.cancel("r-logged", "de-logged"));
    Future<Recorded> fleur = Gate.submitQueued(pool, desk, 4, () -> desk.register("r-fleur", request("fr-fleur", "FR")));
    gate.releaseHeld();

    assertEquals(2, first.get(2, TimeUnit.MINUTES).getSequence());
    assertEquals(3, sequence(anna));
    assertEquals(anna.get(), annaAgain.get());
    assertEquals(logged, loggedAgain.get());
    assertEquals(4, sequence(fleur));
    assertEquals(1, transactions(3, 4));
    assertEquals(4, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"));
    assertEquals(List.of("de-logged", "be-held", "be-anna", "fr-fleur"), registered(desk.current()));
    assertEquals(desk.current().getState(), replayed().getState());
  }

  @Test
  void aSingleCaller_isABatchOfOne_committedAlone() {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of());
    desk.register("r1", request("be-anna", "BE"));
    desk.register("r2", request("fr-fleur", "FR"));
    assertThrows(NotRegisteredException.class, () -> desk.cancel("r3", "nobody"));
    assertEquals(3, desk.cancel("r4", "fr-fleur").getSequence());
    assertEquals(3, transactions(1, 3));
    assertEquals(0, desk.queued());
  }

  static RegistrationRequest request(String id, String delegation) {
    return SchemaAndBadInputTest.request(id, delegation, SeedEvent.READINESS);
  }

  static long sequence(Future<Recorded> answer) throws Exception {
    return answer.get(2, TimeUnit.MINUTES).getSequence();
  }

  static Throwable failure(Future<Recorded> answer) throws Exception {
    ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(2, TimeUnit.MINUTES));
    return e.getCause();
  }

  /** How many transactions inserted the log rows {@code from} to {@code to}: each leaves its xmin on its rows. */
  private long transactions(long from, long to) {
    return TestDatabase.queryLong(dataSource, "SELECT count(DISTINCT xmin::text) FROM convene_registration_log"
        + " WHERE sequence BETWEEN " + from + " AND " + to);
  }

  /**
   * A fresh desk's replay, which checks every row's decision against the rules as it goes (its
   * state is compared: snapshots with custom rules are equal only with the same rule objects).
   */
  private Registrations replayed() {
    return DurableDesk.open(dataSource, event.getId(), List.of(new Gate())).current();
  }

  static List<String> registered(Registrations registrations) {
    return registrations.getRegistered().stream().map(Registration::getParticipant).map(p -> p.getId())
        .collect(Collectors.toList());
  }

  /** A custom rule that passes everyone and counts how many times it decided each participant. */
  private static final class Counting implements org.convene.rules.Rule {
    final Map<String, AtomicInteger> decided = new ConcurrentHashMap<>();

    @Override
    public String getId() {
      return "counting";
    }

    @Override
    public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
      decided.computeIfAbsent(request.getParticipant().getId(), id -> new AtomicInteger()).incrementAndGet();
      return RuleOutcome.passed("counting", "COUNTED", "everyone passes");
    }

    int times(String participantId) {
      return decided.getOrDefault(participantId, new AtomicInteger()).get();
    }
  }

  /**
   * A batch of three under the lock whose middle request is a retry of a row another server
   * committed: decided as new (a rejection, already registered), its row's request id makes the
   * insert fail, so the first attempt commits nothing, not even the two rows the log would take;
   * the second attempt answers the retry with its first row and decides the two others again,
   * committing them together, right after the rows before them.
   */
  @Test
  void aRetryInABatchUnderTheLock_commitsNothingOfTheFirstAttempt_isAnsweredWithItsFirstRow_andTheOthersCommitAfter()
      throws Exception {
    Counting counting = new Counting();
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of(gate, counting));
    desk.oneRoundTrip = false;
    DurableDesk other = DurableDesk.open(dataSource, event.getId(), List.of(new Gate(), new Counting()));
    Recorded first = other.register("r-anna", GroupCommitTest.request("be-anna", "BE"));
    assertEquals(1, first.getSequence());

    Future<Recorded> held = gate.holdTransaction(pool, desk);
    List<Future<Recorded>> answers = List.of(
        Gate.submitQueued(pool, desk, 1, () -> desk.register("r-fleur", GroupCommitTest.request("fr-fleur", "FR"))),
        Gate.submitQueued(pool, desk, 2, () -> desk.register("r-anna", GroupCommitTest.request("be-anna", "BE"))),
        Gate.submitQueued(pool, desk, 3, () -> desk.register("r-dirk", GroupCommitTest.request("de-dirk", "DE"))));
    gate.releaseHeld();
    assertEquals(2, held.get(2, TimeUnit.MINUTES).getSequence());

    assertEquals(3, answers.get(0).get(2, TimeUnit.MINUTES).getSequence());
    assertEquals(first, answers.get(1).get(2, TimeUnit.MINUTES));
    assertEquals(4, answers.get(2).get(2, TimeUnit.MINUTES).getSequence());
    // the batch was decided twice: the insert of the first attempt was refused
    assertEquals(2, counting.times("fr-fleur"));
    assertEquals(2, counting.times("de-dirk"));
    // nothing of the first attempt stayed: four rows, no gap, no request id twice, the batch's in one transaction
    assertEquals(4, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"));
    assertEquals(4, TestDatabase.queryLong(dataSource, "SELECT count(DISTINCT request_id) FROM convene_registration_log"));
    assertEquals(4, TestDatabase.queryLong(dataSource, "SELECT max(sequence) FROM convene_registration_log"));
    assertEquals(1, transactions(3, 4));
    DurableDesk replayed = DurableDesk.open(dataSource, event.getId(), List.of(new Gate(), new Counting()));
    assertEquals(replayed.current().getState(), desk.current().getState());
    assertEquals(List.of("be-anna", "be-held", "fr-fleur", "de-dirk"), registered(replayed.current()));
    // and the desk's next batch appends after them
    assertEquals(5, desk.cancel("r-cancel", "fr-fleur").getSequence());
  }

  /**
   * The statement that inserts and commits, called on its own on a connection the pool lends in
   * either commit mode: refused (one of its rows' request id is in the log), it commits none of
   * its rows and leaves no transaction open (the event's lock is free) once closed; taken, its
   * rows are committed (another session reads them) without a {@code commit()} call. Either way
   * the connection goes back in the mode it was lent in, and the next transaction on the same
   * connection works; in either protocol of the driver, and with its automatic savepoints.
   */
  @ParameterizedTest(name = "lent in auto-commit mode: {0}, {1}={2}")
  @CsvSource({"true, preferQueryMode, extended", "false, preferQueryMode, extended", "true, preferQueryMode, simple",
      "false, preferQueryMode, simple", "false, autosave, always", "false, autosave, conservative"})
  void anInsertSentWithItsCommit_commitsAllItsRowsOrNone_andTheConnectionGoesBackAsLent(
      boolean lentAutoCommit, String driverProperty, String value) throws Exception {
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of());
    desk.register("r-anna", GroupCommitTest.request("be-anna", "BE"));
    // the driver's protocol (one Sync after both statements, or one simple query) and its automatic savepoints
    Connection physical = TestDatabase.dataSource(TestDatabase.withParameter(url, driverProperty, value)).getConnection();
    List<Boolean> returned = new CopyOnWriteArrayList<>();
    DataSource oneConnection = oneConnection(physical, lentAutoCommit, returned);
    LogStore store = new LogStore(oneConnection, event.getId());
    Registrations now = desk.current();
    LogStore.Row fleur = store.encode("r-fleur", now.apply(Operation.register(GroupCommitTest.request("fr-fleur", "FR"))));
    LogStore.Row annaAgain = store.encode("r-anna", now.apply(Operation.register(GroupCommitTest.request("be-anna", "BE"))));

    try (LogStore.Append append = store.lockEvent(1, row -> { })) {
      assertFalse(append.appendAndCommit(2, List.of(fleur, annaAgain)));
    }
    assertEquals(1, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"));
    assertEquals(0, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"));

    try (LogStore.Append append = store.lockEvent(1, row -> { })) {
      assertTrue(append.appendAndCommit(2, List.of(fleur)));
      // committed before the append is closed: another session reads the row, and the lock is free
      assertEquals(2, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"));
      assertEquals(0, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"));
    }
    assertEquals(List.of(lentAutoCommit, lentAutoCommit), returned);
    assertEquals(lentAutoCommit, physical.getAutoCommit());
    assertEquals(2, desk.refresh().getRegisteredCount());
    physical.close();
  }

  /**
   * An append under the lock that finds rows another server appended takes two round trips on
   * the connection that holds the lock: the statement that takes the lock and reads the rows
   * missed, then the insert sent with its {@code COMMIT}; {@code commit()} is never called (the
   * {@code rollback()} on closing finds no transaction open, and the driver sends nothing).
   */
  @Test
  void anAppendUnderTheLock_sendsTwoStatements_theLockWithTheRowsMissed_thenTheInsertWithItsCommit() {
    DurableDesk other = DurableDesk.open(dataSource, event, List.of());
    List<String> calls = new CopyOnWriteArrayList<>();
    DataSource recording = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(dataSource, method, args);
          if (!method.getName().equals("getConnection")) {
            return result;
          }
          Connection connection = (Connection) result;
          return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
            if (m.getName().equals("commit") || m.getName().equals("close")) {
              calls.add(m.getName());
            }
            Object r = invoke(connection, m, a);
            if (!m.getName().equals("prepareStatement")) {
              return r;
            }
            java.sql.PreparedStatement statement = (java.sql.PreparedStatement) r;
            String sql = (String) a[0];
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {java.sql.PreparedStatement.class},
                (ps, sm, sa) -> {
                  if (sm.getName().startsWith("execute")) {
                    calls.add(sql.contains("pg_advisory_xact_lock") ? "lock and read"
                        : sql.endsWith("; COMMIT") ? "insert and commit" : sql);
                  }
                  return invoke(statement, sm, sa);
                });
          });
        });
    DurableDesk desk = DurableDesk.open(recording, event.getId(), List.of());
    desk.oneRoundTrip = false;
    other.register("r-anna", request("be-anna", "BE"));
    calls.clear();
    assertEquals(2, desk.register("r-fleur", request("fr-fleur", "FR")).getSequence());
    assertEquals(List.of("lock and read", "insert and commit", "close"), calls);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** A data source that lends one connection, in the given commit mode, and records the mode it comes back in. */
  private DataSource oneConnection(Connection physical, boolean lentAutoCommit, List<Boolean> returned) {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (!method.getName().equals("getConnection")) {
            throw new UnsupportedOperationException(method.getName());
          }
          physical.setAutoCommit(lentAutoCommit);
          return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
            if (m.getName().equals("close")) {
              returned.add(physical.getAutoCommit());
              return null; // back to the pool: the physical connection stays open
            }
            return invoke(physical, m, a);
          });
        });
  }
}
