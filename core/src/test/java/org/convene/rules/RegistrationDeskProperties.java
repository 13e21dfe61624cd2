package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.convene.rules.RulesGenerators.Scenario;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several threads share a desk and send it a generated scenario's operations, event edits among
 * them; one thread freezes the desk on its first lost race, whatever the operation, and its first
 * computation waits until another thread has changed the desk's snapshot (or every other thread
 * is done), so where that operation changes anything it loses the race and freezes the desk.
 * Every update
 * the desk installed was computed against the snapshot installed just before it, and replaying the
 * installed operations in that order gives the desk's last snapshot, update by update.
 */
@ExtendWith(InstancioExtension.class)
class RegistrationDeskProperties {
  private static final int THREADS = 3;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

  @AfterAll
  static void stopThreads() {
    POOL.shutdownNow();
  }

  /**
   * Waits until another thread has changed the desk's snapshot from {@code read} (true) or no
   * other thread is running any more (false).
   */
  private static boolean otherChanges(RegistrationDesk desk, Registrations read, AtomicInteger othersRunning) {
    while (desk.current() == read) {
      if (othersRunning.get() == 0) {
        return desk.current() != read;
      }
      LockSupport.parkNanos(100_000);
    }
    return true;
  }

  /** An update a thread got back, and the snapshot its (last) computation read. */
  private record Installed(Registrations before, Update update) {}

  @RepeatedTest(100)
  void threadsMixingOperationsAndEventEdits_installAChain_whoseReplayInOrderGivesTheLastSnapshot(
      @Given(RulesGenerators.DeskScenarios.class) Scenario s) throws Exception {
    Registrations initial = Registrations.empty(s.event);
    RegistrationDesk desk = new RegistrationDesk(initial);
    CountDownLatch start = new CountDownLatch(THREADS);
    AtomicInteger othersRunning = new AtomicInteger(THREADS - 1);
    // whether the first computation of thread 0 changes its snapshot, which another thread changed meanwhile
    AtomicBoolean mustFreeze = new AtomicBoolean();
    List<Future<List<Installed>>> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.add(POOL.submit(() -> {
        List<Installed> mine = new ArrayList<>();
        start.countDown();
        start.await();
        try {
          for (int i = thread; i < s.actions.size(); i += THREADS) {
            Operation operation = s.actions.get(i).operation(s.pool);
            int patience = thread == 0 ? 1 : RegistrationDesk.patience(operation.getKind());
            Registrations[] read = new Registrations[1];
            boolean first = thread == 0 && i == 0;
            try {
              Update u = desk.install(r -> {
                boolean lose = first && read[0] == null && otherChanges(desk, r, othersRunning);
                read[0] = r;
                Update computed = r.apply(operation);
                mustFreeze.compareAndSet(false, lose && computed.getRegistrations() != r);
                return computed;
              }, patience);
              mine.add(new Installed(read[0], u));
            } catch (NotRegisteredException e) {
              // someone else's operation got there first: not applied, so not in the log
            }
          }
        } finally {
          if (thread != 0) {
            othersRunning.decrementAndGet();
          }
        }
        return mine;
      }));
    }
    Map<Registrations, Update> after = new IdentityHashMap<>();
    for (Future<List<Installed>> f : threads) {
      for (Installed i : f.get(1, TimeUnit.MINUTES)) {
        if (i.update().getRegistrations() != i.before()) {
          Update other = after.put(i.before(), i.update());
          assertTrue(other == null, () -> "two updates computed against one snapshot were both installed: "
              + other.getOperation().getKind() + " and " + i.update().getOperation().getKind());
        }
      }
    }
    List<Update> chain = new ArrayList<>();
    Registrations r = initial;
    while (after.containsKey(r)) {
      Update u = after.remove(r);
      chain.add(u);
      r = u.getRegistrations();
    }
    assertTrue(after.isEmpty(), after.size() + " updates returned as installed are not on the desk's chain");
    assertSame(desk.current(), r);
    assertTrue(!mustFreeze.get() || desk.freezes() >= 1,
        "thread 0's first operation lost its race to another thread's change, so it froze the desk");

    List<Operation> log = new ArrayList<>();
    chain.forEach(u -> log.add(u.getOperation()));
    assertEquals(desk.current(), Registrations.replay(s.event, List.of(), log));
    Registrations replayed = initial;
    for (Update original : chain) {
      Update again = replayed.apply(original.getOperation());
      RegistrationsStateProperties.assertSameUpdate(original, again, original.getOperation());
      replayed = again.getRegistrations();
    }
  }
}
