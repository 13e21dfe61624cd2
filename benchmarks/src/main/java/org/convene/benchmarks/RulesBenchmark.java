package org.convene.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.Event;
import org.convene.Participant;
import org.convene.rules.Decision;
import org.convene.rules.Registration;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Decisions per second on the seed rules against a snapshot of 1k, 100k or 1M registrations
 * already made ({@link RulesFixture}), and the same decisions by a baseline that recounts every
 * registration ({@link RulesBaseline}). The cost of {@code decide} must not grow with the size.
 *
 * <p>The heap is fixed and touched up front: on this virtual machine, the first touch of each
 * page of a heap grown to hold a million registrations otherwise slows the first 20 seconds of
 * measurement by up to ten times.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Rules -f 1 -wi 5 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.SECONDS)
public class RulesBenchmark {
  private static final int PROBES = 1024;

  /** How many registrations the snapshot holds before the decisions. */
  @Param({"1000", "100000", "1000000"})
  public int size;

  /** {@code seed} or {@code seed-unlimited-quota}: see {@link RulesFixture}. */
  @Param({"seed", "seed-unlimited-quota"})
  public String rules;

  private Registrations registrations;
  private RulesBaseline baseline;
  private RegistrationRequest[] probes;
  private int next;

  /**
   * Builds the snapshot, the baseline's table (for the baseline only) and the requests to decide
   * on, then collects the garbage of building them, so that the measurement does not pay for it.
   *
   * @param params which benchmark runs
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    Event event = RulesFixture.event(rules);
    registrations = RulesFixture.registrations(event, RulesFixture.participants("p", size));
    boolean forBaseline = params.getBenchmark().endsWith("recountBaseline");
    List<Registration> table = new ArrayList<>();
    if (forBaseline) {
      table.addAll(registrations.getRegistered());
      table.addAll(registrations.getWaiting());
    }
    baseline = new RulesBaseline(event, table);
    probes = new RegistrationRequest[PROBES];
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < PROBES; i++) {
      Participant p = RulesFixture.participant("probe-", random.nextInt(1_000_000));
      probes[i] = RulesFixture.request(p, random.nextInt(1_000_000));
      Decision d = registrations.evaluate(probes[i]);
      RulesBaseline.Answer a = baseline.decide(probes[i]);
      if (forBaseline && (d.getOutcome() != a.outcome() || d.getEntitlements().isTravelGranted() != a.travel())) {
        throw new IllegalStateException("baseline disagrees on " + probes[i] + ": " + d + " vs " + a);
      }
    }
    System.gc();
  }

  /**
   * One decision by the rule engine.
   *
   * @return the decision
   */
  @Benchmark
  public Decision decide() {
    return registrations.evaluate(probes[next++ & (PROBES - 1)]);
  }

  /**
   * The same decision by recounting every registration.
   *
   * @return the answer
   */
  @Benchmark
  public RulesBaseline.Answer recountBaseline() {
    return baseline.decide(probes[next++ & (PROBES - 1)]);
  }
}
