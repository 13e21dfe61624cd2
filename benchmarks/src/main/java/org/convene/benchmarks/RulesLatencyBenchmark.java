package org.convene.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.convene.Event;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.RegistrationDesk;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Latency of one {@link RegistrationDesk#register} (evaluate, build the new snapshot, install it
 * with compare-and-set, retry on a race) on a desk that already holds 1k, 100k or 1M
 * registrations ({@link RulesFixture}), sampled per call: JMH reports p50, p90, p99, p99.9,
 * p99.99 and the maximum. Run it with one thread and with eight on the same desk:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RulesLatency -f 1 -wi 2 -w 2s -i 5 -r 2s -t 1
 * java -jar benchmarks/target/benchmarks.jar RulesLatency -f 1 -wi 2 -w 2s -i 5 -r 2s -t 8
 * </pre>
 *
 * <p>Every iteration starts again from the same snapshot (it is immutable), so the desk grows by
 * at most one iteration's registrations; each call registers a participant never seen before.
 *
 * <p>{@code casBaseline} registers the same requests through a bare compare-and-set loop over an
 * {@link AtomicReference} (the desk before it could hold concurrent operations back for an event
 * edit): the ratio of the two is what the desk's guarantee costs on its common path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesLatencyBenchmark {
  private static final int POOL = 1 << 21;

  /** How many registrations the desk holds when an iteration starts. */
  @Param({"1000", "100000", "1000000"})
  public int size;

  /** {@code seed} (most new requests wait) or {@code seed-unlimited-quota} (all are registered). */
  @Param({"seed", "seed-unlimited-quota"})
  public String rules;

  private Registrations initial;
  private RegistrationRequest[] requests;
  private RegistrationDesk desk;
  private final AtomicReference<Registrations> bare = new AtomicReference<>();
  private final AtomicInteger next = new AtomicInteger();

  /** Builds the snapshot and a pool of requests from new participants, then collects the garbage. */
  @Setup(Level.Trial)
  public void setUp() {
    Event event = RulesFixture.event(rules);
    initial = RulesFixture.registrations(event, RulesFixture.participants("p", size));
    requests = new RegistrationRequest[POOL];
    for (int i = 0; i < POOL; i++) {
      requests[i] = RulesFixture.request(RulesFixture.participant("new-", i), size + i);
    }
    System.gc();
  }

  /** Every iteration starts from the snapshot of {@code size} registrations. */
  @Setup(Level.Iteration)
  public void resetDesk() {
    desk = new RegistrationDesk(initial);
    bare.set(initial);
    next.set(0);
  }

  /**
   * One registration through the desk.
   *
   * @return the update
   */
  @Benchmark
  public DecidedUpdate register() {
    return desk.register(requests[next.getAndIncrement() & (POOL - 1)]);
  }

  /**
   * The same registration through a bare compare-and-set loop: read, compute, install, compute
   * again on a race.
   *
   * @return the update
   */
  @Benchmark
  public DecidedUpdate casBaseline() {
    RegistrationRequest request = requests[next.getAndIncrement() & (POOL - 1)];
    while (true) {
      Registrations before = bare.get();
      DecidedUpdate update = before.register(request);
      Registrations after = update.getRegistrations();
      if (after == before || bare.compareAndSet(before, after)) {
        return update;
      }
    }
  }
}
