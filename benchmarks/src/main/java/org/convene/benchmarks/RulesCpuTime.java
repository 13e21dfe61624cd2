package org.convene.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import org.convene.Event;
import org.convene.Participant;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;

/**
 * CPU time per decision of {@link RulesBenchmark#decide()}, the same snapshot and requests,
 * measured with the thread's CPU clock instead of the wall clock: on a machine shared with other
 * builds, JMH's throughput counts the time the thread waits for a core, this counts the time it
 * runs. It still pays for caches other processes evict, so compare runs made close together.
 * It also counts the kernel's work when the thread first touches a page of the heap: pass
 * {@code -XX:+AlwaysPreTouch}, or on a virtual machine whose page faults are slow the first pass
 * through a 4 GB heap falls in the measured rounds (on 2 December 2026, 562,000 faults and 5 s of
 * system time in a 16 s run at 1k, and 2 to 3 µs per decision where the same jar, pre-touched,
 * took 0.3 µs).
 *
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar org.convene.benchmarks.RulesCpuTime seed 1000000 7
 * </pre>
 *
 * <p>Arguments: the rules ({@code seed} or {@code seed-unlimited-quota}), the registrations held,
 * the number of one-second rounds measured after four of warm-up. Prints the median, least and
 * greatest CPU nanoseconds per decision over the rounds.
 */
public final class RulesCpuTime {
  private static volatile Object sink;

  private RulesCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args rules, size, rounds
   */
  public static void main(String[] args) {
    String rules = args[0];
    int size = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Event event = RulesFixture.event(rules);
    Registrations registrations = RulesFixture.registrations(event, RulesFixture.participants("p", size));
    RegistrationRequest[] probes = new RegistrationRequest[1024];
    Random random = new Random(42);
    for (int i = 0; i < probes.length; i++) {
      Participant p = RulesFixture.participant("probe-", random.nextInt(1_000_000));
      probes[i] = RulesFixture.request(p, random.nextInt(1_000_000));
    }
    System.gc();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] perDecision = new double[rounds];
    int next = 0;
    for (int r = -4; r < rounds; r++) {
      long start = threads.getCurrentThreadCpuTime();
      long n = 0;
      Object last = null;
      while (threads.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
        for (int k = 0; k < 4096; k++) {
          last = registrations.evaluate(probes[next++ & (probes.length - 1)]);
        }
        n += 4096;
      }
      sink = last;
      if (r >= 0) {
        perDecision[r] = (threads.getCurrentThreadCpuTime() - start) / (double) n;
      }
    }
    Arrays.sort(perDecision);
    System.out.printf("%s, %d registrations: %.1f ns CPU per decision (median of %d; %.1f to %.1f), %.2fM decisions/s%n",
        rules, size, perDecision[rounds / 2], rounds, perDecision[0], perDecision[rounds - 1],
        1000.0 / perDecision[rounds / 2]);
  }
}
