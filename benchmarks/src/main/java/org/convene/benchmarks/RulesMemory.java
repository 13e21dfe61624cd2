package org.convene.benchmarks;

import org.convene.Event;
import org.convene.Participant;
import org.convene.rules.Registrations;

/**
 * Bytes a snapshot holds per registration beyond the participant object: the heap in use after
 * a full collection, with the participants alone and then with the snapshot that registered
 * them (its requests, entries, indexes and counters included), divided by the number of
 * registrations.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.convene.benchmarks.RulesMemory 1000000 seed
 * </pre>
 */
public final class RulesMemory {
  private RulesMemory() {}

  /**
   * Measures and prints.
   *
   * @param args the number of registrations (default 1,000,000) and the rules ({@code seed} or
   *     {@code seed-unlimited-quota}, default {@code seed})
   * @throws InterruptedException if interrupted while waiting for the collector
   */
  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String rules = args.length > 1 ? args[1] : "seed";
    Event event = RulesFixture.event(rules);
    Registrations.empty(event); // load and initialise every class before the first measure
    Participant[] participants = RulesFixture.participants("p", n);
    long before = usedAfterGc();
    Registrations registrations = RulesFixture.registrations(event, participants);
    long after = usedAfterGc();
    System.out.printf("%s, %,d registrations (%d registered, %d waiting): %.1f bytes per registration beyond the participant%n",
        rules, n, registrations.getRegisteredCount(), registrations.getWaitingCount(), (after - before) / (double) n);
    if (participants.length != n) {
      throw new AssertionError(); // keeps the participants reachable until the second measure
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
