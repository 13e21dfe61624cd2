package org.convene.rules;

import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.convene.Event;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An operation that loses the compare-and-set freezes the desk (an event edit after its first
 * loss, any other after {@link RegistrationDesk#PATIENCE}) and is then computed once more, alone.
 * The slow computation is made observable by latches: it blocks until the test has installed
 * something else, so every race here is forced, not hoped for, and nothing is timed. The timeout
 * is a deadline for a desk that never lands or never parks, not a measurement.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RegistrationDeskFreezeTest {
  private static final String QUOTA = "per-delegation";
  private static final List<String> DELEGATIONS = List.of("BE", "FR", "LU");

  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  /** Two per delegation, waiting list on: most requests of a long run wait. */
  private static Event limited(int limit) {
    return event().quotas(List.of(new Quota.Builder().id(QUOTA).scope(QuotaScope.event())
        .partition(Partition.by(PartitionKey.DELEGATION)).limit(limit).build())).build();
  }

  /**
   * A computation that counts its runs and records their inputs; its first {@code blocked} runs
   * signal {@code computing} and wait for {@code proceed}, then the computation runs {@code then}.
   */
  private static final class Slow<U extends Update> implements Function<Registrations, U> {
    final List<Registrations> inputs = java.util.Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch computing = new CountDownLatch(1);
    final CountDownLatch proceed = new CountDownLatch(1);
    final int blocked;
    final Function<Registrations, U> then;

    Slow(int blocked, Function<Registrations, U> then) {
      this.blocked = blocked;
      this.then = then;
    }

    @Override
    public U apply(Registrations r) {
      inputs.add(r);
      if (inputs.size() <= blocked) {
        computing.countDown();
        await(proceed);
      }
      return then.apply(r);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(1, TimeUnit.MINUTES), "latch never released");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Waits (without a deadline of its own: the test's futures have one) until a thread parks. */
  private static void awaitParked(Thread thread) {
    while (thread.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
  }

  @Test
  void patience_isOneLostRaceForAnEventEdit_andPatienceForEveryOtherOperation() {
    for (Operation.Kind kind : Operation.Kind.values()) {
      assertEquals(kind == Operation.Kind.CHANGE_EVENT ? 1 : RegistrationDesk.PATIENCE, RegistrationDesk.patience(kind), kind.name());
    }
  }

  @Test
  void aSlowEditThatLosesTheRace_landsOnItsSecondComputation_whileTwoThreadsRegisterWithoutPause_andNoRegistrationIsLost()
      throws Exception {
    Event first = limited(2);
    Event next = limited(4);
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(first));
    Slow<Update> edit = new Slow<>(1, r -> r.withEvent(next));
    Future<Update> edited = pool.submit(() -> desk.install(edit, RegistrationDesk.patience(Operation.Kind.CHANGE_EVENT)));
    edit.computing.await();

    // two threads register new people without pause until told to stop, after the edit landed
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger afterEdit = new AtomicInteger();
    AtomicInteger decidedSoFar = new AtomicInteger();
    List<Future<List<DecidedUpdate>>> registering = new ArrayList<>();
    Update update;
    List<DecidedUpdate> decided = new ArrayList<>();
    try {
      for (int t = 0; t < 2; t++) {
        int thread = t;
        registering.add(pool.submit(() -> {
          List<DecidedUpdate> mine = new ArrayList<>();
          for (int i = 0; !stop.get(); i++) {
            boolean startedAfterTheEdit = edited.isDone();
            mine.add(desk.register(in("t" + thread + "-" + i, DELEGATIONS.get(i % DELEGATIONS.size()))));
            decidedSoFar.incrementAndGet();
            if (startedAfterTheEdit) {
              afterEdit.incrementAndGet();
            }
          }
          return mine;
        }));
      }
      // the edit's first computation cannot be installed: other snapshots are, meanwhile
      while (decidedSoFar.get() < 10) {
        Thread.onSpinWait();
      }
      desk.register(in("main", "BE"));
      edit.proceed.countDown();
      update = edited.get(1, TimeUnit.MINUTES);
      while (afterEdit.get() < 20) {
        Thread.onSpinWait();
      }
    } finally {
      stop.set(true);
    }
    for (Future<List<DecidedUpdate>> f : registering) {
      decided.addAll(f.get(1, TimeUnit.MINUTES));
    }

    assertEquals(2, edit.inputs.size(), "computations of the edit");
    assertNotSame(edit.inputs.get(0), edit.inputs.get(1));
    Registrations computedFrom = edit.inputs.get(1);
    Registrations last = desk.current();
    assertEquals(next, last.getEvent());
    // every request decided is either in the snapshot the edit was computed from (decided
    // against the first version) or decided against the new version after it: none is lost
    int againstNew = 0;
    for (DecidedUpdate u : decided) {
      String id = u.getDecision().getRequest().getParticipant().getId();
      int limit = quotaLimit(u);
      assertTrue(last.find(id).isPresent(), id + " lost");
      if (limit == 2) {
        assertTrue(computedFrom.find(id).isPresent(), id + " decided against the first version, after the edit's snapshot");
      } else {
        assertEquals(4, limit, id);
        assertFalse(computedFrom.find(id).isPresent(), id + " decided twice?");
        againstNew++;
      }
    }
    assertTrue(againstNew >= 20, "registrations decided against the new version: " + againstNew);
    assertTrue(computedFrom.find("main").isPresent());
    // no quota oversold: at most 2 per delegation in the edit's snapshot, at most 4 at the end
    assertPerDelegation(computedFrom, 2);
    assertPerDelegation(last, 4);
    assertTrue(computedFrom.getRegisteredCount() + computedFrom.getWaitingCount() >= 11, "decided before the edit");
    assertEquals(last.getRegistered().size(), last.getRegisteredCount());
    assertTrue(update.getRegistrations().getEvent().equals(next));
  }

  private static void assertPerDelegation(Registrations r, int limit) {
    Map<String, Integer> per = new HashMap<>();
    r.getRegistered().forEach(g -> per.merge(g.getParticipant().getDelegation().orElseThrow(), 1, Integer::sum));
    per.forEach((delegation, n) -> assertTrue(n <= limit, delegation + ": " + n + " of " + limit));
  }

  /**
   * A desk frozen by an edit to a quota of 3: its first computation loses to "main"'s
   * registration, its second (the frozen one) waits for {@link #release()} and then installs the
   * edit, or throws {@code failure} if there is one.
   */
  private final class FrozenByAnEdit {
    final RegistrationDesk desk = new RegistrationDesk(Registrations.empty(limited(2)));
    final CountDownLatch frozen = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final Slow<Update> edit;
    final Future<Update> edited;
    /** The thread {@link #parked} started last. */
    Thread waiter;

    FrozenByAnEdit(java.util.Optional<? extends Throwable> failure) throws InterruptedException {
      edit = new Slow<>(1, r -> {
        if (r.find("main").isPresent()) {
          frozen.countDown();
          await(release);
          failure.ifPresent(RegistrationDeskFreezeTest::rethrow);
        }
        return r.withEvent(limited(3));
      });
      edited = pool.submit(() -> desk.install(edit, 1));
      edit.computing.await();
      desk.register(in("main", "BE"));
      edit.proceed.countDown();
      frozen.await();
    }

    /** Starts {@code operation} on a thread of its own and returns once that thread is parked. */
    <T> Future<T> parked(java.util.concurrent.Callable<T> operation) throws InterruptedException {
      Thread[] waiter = new Thread[1];
      CountDownLatch running = new CountDownLatch(1);
      Future<T> waiting = pool.submit(() -> {
        waiter[0] = Thread.currentThread();
        running.countDown();
        return operation.call();
      });
      running.await();
      this.waiter = waiter[0];
      awaitParked(this.waiter);
      return waiting;
    }

    void release() {
      release.countDown();
    }
  }

  /** Throws an unchecked throwable as it is: a {@link RuntimeException} or an {@link Error}. */
  private static void rethrow(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    throw (RuntimeException) t;
  }

  private static int quotaLimit(DecidedUpdate u) {
    return u.getDecision().getRuleOutcomes().stream().filter(o -> o.getRuleId().equals("quota:" + QUOTA))
        .findFirst().orElseThrow().getLimit().orElseThrow();
  }

  @Test
  void whileTheDeskIsFrozen_anOperationStartedWaits_andCurrentReturnsTheFrozenSnapshot() throws Exception {
    FrozenByAnEdit f = new FrozenByAnEdit(java.util.Optional.empty());
    Registrations during = f.desk.current();
    assertSame(f.edit.inputs.get(1), during);
    Future<DecidedUpdate> waiting = f.parked(() -> f.desk.register(in("late", "FR")));
    assertFalse(waiting.isDone());
    assertSame(during, f.desk.current());
    f.release();
    DecidedUpdate late = waiting.get(1, TimeUnit.MINUTES);
    assertEquals(3, quotaLimit(late), "decided against the new version");
    assertSame(late.getRegistrations(), f.desk.current());
    assertEquals(2, f.edit.inputs.size());
    assertEquals(1, f.desk.freezes());
    f.edited.get(1, TimeUnit.MINUTES);
  }

  /** What a frozen computation may throw: an exception, and an error (a custom rule's {@code StackOverflowError}, say). */
  static List<Throwable> failures() {
    return List.of(new IllegalStateException("the organiser's edit failed"), new AssertionError("the organiser's edit failed"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void anExceptionOrErrorInTheFrozenComputation_reachesOnlyItsCaller_andUnfreezesTheDesk(Throwable failure) throws Exception {
    FrozenByAnEdit f = new FrozenByAnEdit(java.util.Optional.of(failure));
    Registrations before = f.desk.current();
    Future<DecidedUpdate> waiting = f.parked(() -> f.desk.register(in("late", "FR")));
    f.release();

    ExecutionException failed = assertThrows(ExecutionException.class, () -> f.edited.get(1, TimeUnit.MINUTES));
    assertSame(failure, failed.getCause());
    DecidedUpdate late = waiting.get(1, TimeUnit.MINUTES);
    assertEquals(2, quotaLimit(late), "decided against the version the desk kept");
    assertEquals(limited(2), f.desk.current().getEvent(), "the edit is not installed");
    assertEquals(before.register(in("late", "FR")).getRegistrations(), f.desk.current());
    // and the desk takes the next operation on its lock-free path
    DecidedUpdate again = f.desk.register(in("after", "LU"));
    assertSame(again.getRegistrations(), f.desk.current());
    assertEquals(2, f.edit.inputs.size());
  }

  @Test
  void aThreadInterruptedWhileWaiting_goesOnWaiting_andReturnsWithItsInterruptStatusSet() throws Exception {
    FrozenByAnEdit f = new FrozenByAnEdit(java.util.Optional.empty());
    Future<Boolean> interrupted = f.parked(() -> {
      DecidedUpdate u = f.desk.register(in("late", "FR"));
      return u.getDecision().isAccepted() && Thread.interrupted();
    });
    f.waiter.interrupt();
    // it parks again: the interrupt does not end the wait
    while (f.waiter.isInterrupted()) {
      Thread.onSpinWait();
    }
    awaitParked(f.waiter);
    assertFalse(interrupted.isDone());
    f.release();
    assertTrue(interrupted.get(1, TimeUnit.MINUTES), "registered, with the interrupt status set");
    assertTrue(f.desk.current().find("late").isPresent());
    f.edited.get(1, TimeUnit.MINUTES);
  }

  @Test
  void twoEditsThatLoseTheRaceAtOnce_landOneAfterTheOther_eachOnItsSecondComputation() throws Exception {
    Event first = limited(2);
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(first));
    Slow<Update> retitle = new Slow<>(1, r -> r.withEvent(new Event.Builder().from(r.getEvent()).title("retitled").build()));
    Slow<Update> describe = new Slow<>(1, r -> r.withEvent(new Event.Builder().from(r.getEvent()).description("described").build()));
    Future<Update> one = pool.submit(() -> desk.install(retitle, 1));
    Future<Update> two = pool.submit(() -> desk.install(describe, 1));
    retitle.computing.await();
    describe.computing.await();
    desk.register(in("main", "BE"));
    retitle.proceed.countDown();
    describe.proceed.countDown();
    one.get(1, TimeUnit.MINUTES);
    two.get(1, TimeUnit.MINUTES);
    assertEquals(2, retitle.inputs.size());
    assertEquals(2, describe.inputs.size());
    // whichever froze second computed against what the first installed: both edits are there
    Event last = desk.current().getEvent();
    assertEquals("retitled", last.getTitle());
    assertEquals("described", last.getDescription().orElseThrow());
    assertEquals(2, desk.freezes());
  }

  @Test
  void anOperationOtherThanAnEdit_freezesAfterPatienceLostRaces_andLandsOnTheNextComputation() throws Exception {
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(event().build()));
    int patience = RegistrationDesk.patience(Operation.Kind.REGISTER);
    List<CountDownLatch> computing = new ArrayList<>();
    List<CountDownLatch> proceed = new ArrayList<>();
    for (int i = 0; i < patience; i++) {
      computing.add(new CountDownLatch(1));
      proceed.add(new CountDownLatch(1));
    }
    AtomicInteger runs = new AtomicInteger();
    Future<DecidedUpdate> registered = pool.submit(() -> desk.install(r -> {
      int run = runs.getAndIncrement();
      if (run < patience) {
        computing.get(run).countDown();
        await(proceed.get(run));
      }
      return r.register(in("slow", "LU"));
    }, patience));
    for (int i = 0; i < patience; i++) {
      computing.get(i).await();
      desk.register(in("other-" + i, DELEGATIONS.get(i % 2)));
      proceed.get(i).countDown();
    }
    DecidedUpdate slow = registered.get(1, TimeUnit.MINUTES);
    assertEquals(patience + 1, runs.get());
    assertEquals(1, desk.freezes());
    assertSame(slow.getRegistrations(), desk.current());
    assertEquals(patience + 1, desk.current().getRegisteredCount());
  }

  @Test
  void aComputationThatCallsItsOwnFrozenDesk_isRefused_ratherThanWaitingForItself() throws Exception {
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(limited(2)));
    Slow<Update> edit = new Slow<>(1, r -> {
      if (r.find("main").isPresent()) {
        desk.register(in("inner", "FR"));
      }
      return r.withEvent(limited(3));
    });
    Future<Update> edited = pool.submit(() -> desk.install(edit, 1));
    edit.computing.await();
    desk.register(in("main", "BE"));
    edit.proceed.countDown();
    ExecutionException failed = assertThrows(ExecutionException.class, () -> edited.get(1, TimeUnit.MINUTES));
    assertInstanceOf(InvalidRequestException.class, failed.getCause());
    assertTrue(failed.getCause().getMessage().startsWith("RegistrationDesk"), failed.getCause().getMessage());
    assertFalse(desk.current().find("inner").isPresent());
    desk.register(in("after", "LU"));
    assertTrue(desk.current().find("after").isPresent());
  }
}
