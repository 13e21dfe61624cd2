package org.convene.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.Event;
import org.convene.Quota;
import org.convene.rules.Registrations;
import org.convene.rules.Update;
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
 * The time {@code Registrations.withEvent} takes on a snapshot of the seed rules ({@link
 * RulesFixture}) holding 1k, 100k or 1M requests: 162 registered, the rest waiting.
 *
 * <p>{@code raiseQuota}: a version with the per-Member-State quota raised from 3 to 4, which
 * promotes the earliest waiting request of each Member State and track (54) from the raised
 * counters' queues. {@code retitle}: a version with another title only, which places every
 * registration and waiting request again (the general path). Each call starts from the same
 * snapshot.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RulesVersion -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesVersionBenchmark {
  /** How many requests the snapshot holds. */
  @Param({"1000", "100000", "1000000"})
  public int size;

  private Registrations registrations;
  private Event raised;
  private Event retitled;

  /** Builds the snapshot and the two versions, then collects the garbage of building them. */
  @Setup(Level.Trial)
  public void setUp() {
    Event event = RulesFixture.event("seed");
    registrations = RulesFixture.registrations(event, RulesFixture.participants("p", size));
    Quota quota = event.getQuotas().get(0);
    raised = new Event.Builder().from(event)
        .quotas(List.of(new Quota.Builder().from(quota).limit(quota.getLimit() + 1).build())).build();
    retitled = new Event.Builder().from(event).title(event.getTitle() + " (updated)").build();
    int promoted = registrations.withEvent(raised).getRegistrations().getRegisteredCount()
        - registrations.getRegisteredCount();
    if (size >= 1000 && promoted != 54) {
      throw new IllegalStateException("raising the quota promoted " + promoted + ", not 54");
    }
    System.gc();
  }

  /**
   * A version that raises the quota.
   *
   * @return the update
   */
  @Benchmark
  public Update raiseQuota() {
    return registrations.withEvent(raised);
  }

  /**
   * A version with another title.
   *
   * @return the update
   */
  @Benchmark
  public Update retitle() {
    return registrations.withEvent(retitled);
  }
}
