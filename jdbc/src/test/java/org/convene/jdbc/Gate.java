package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.Rule;
import org.convene.rules.RuleOutcome;

/**
 * A custom rule that passes everyone and can stop the decision of a chosen participant until the
 * test lets it go on: while a desk's transaction is stopped there, the test queues operations
 * behind it, which the desk then decides and commits as one batch. Nothing is timed: the test
 * waits for states ({@link Stop#awaitReached()}, {@link #submitQueued}), never for a duration.
 */
final class Gate implements Rule {
  private final Map<String, Stop> stops = new ConcurrentHashMap<>();

  /** Where a decision stops: reached once the rule is evaluated for the participant, left on release. */
  static final class Stop {
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    void awaitReached() throws InterruptedException {
      assertTrue(reached.await(2, TimeUnit.MINUTES), "the desk never decided the stopped participant");
    }

    void release() {
      release.countDown();
    }
  }

  /** Stops the first decision about {@code participantId}. */
  Stop stopAt(String participantId) {
    Stop stop = new Stop();
    stops.put(participantId, stop);
    return stop;
  }

  /** The participant whose registration {@link #holdTransaction} stops. */
  static final String HELD = "be-held";

  private Stop held;

  /**
   * Registers {@link #HELD} (request id {@code r-held}, Belgium, readiness track) on {@code desk}
   * from a thread of {@code pool}, and returns once its transaction is stopped at the decision,
   * holding the event's lock, until {@link #releaseHeld()}: the calls queued meanwhile wait, and
   * then share the next transaction.
   */
  Future<Recorded> holdTransaction(ExecutorService pool, DurableDesk desk) throws InterruptedException {
    held = stopAt(HELD);
    Future<Recorded> answer = pool.submit(() -> desk.register("r-held", GroupCommitTest.request(HELD, "BE")));
    held.awaitReached();
    return answer;
  }

  /** Lets the transaction {@link #holdTransaction} stopped go on. */
  void releaseHeld() {
    held.release();
  }

  /** Lets every stop go on, so that a failed test leaves no thread waiting. */
  void releaseAll() {
    stops.values().forEach(Stop::release);
  }

  @Override
  public String getId() {
    return "gate";
  }

  @Override
  public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
    Stop stop = stops.remove(request.getParticipant().getId());
    if (stop != null) {
      stop.reached.countDown();
      try {
        assertTrue(stop.release.await(2, TimeUnit.MINUTES), "the test never released the decision");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return RuleOutcome.passed("gate", "PASSED", "everyone passes");
  }

  /**
   * Submits a call to a desk from a thread of {@code pool} and waits until the desk holds {@code
   * queued} operations waiting for their turn, so that the calls queue in the order submitted.
   */
  static Future<Recorded> submitQueued(ExecutorService pool, DurableDesk desk, int queued, Callable<Recorded> call)
      throws InterruptedException {
    Future<Recorded> answer = pool.submit(call);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (desk.queued() < queued) {
      assertTrue(System.nanoTime() < deadline && !answer.isDone(), "the call did not queue behind the stopped transaction");
      Thread.sleep(5);
    }
    return answer;
  }
}
