package org.convene.benchmarks;

import java.io.IOException;
import java.util.Locale;

/**
 * The embedded PostgreSQL of the durable benchmarks, kept running for several JMH runs (what
 * {@code benchmarks/ratio.sh} starts): fills the template database of each (registrations held,
 * rules) pair named, prints {@code url <jdbc url>} on a line of its own, which JMH's forks take
 * through {@code -Dconvene.bench.postgres.url}, and runs until its standard input ends or it is
 * stopped; the server stops with it.
 */
public final class BenchmarkServer {
  private BenchmarkServer() {}

  /**
   * Starts the server and fills the templates.
   *
   * @param args pairs of registrations held and rules, e.g. {@code 100000 seed 1000 seed}
   * @throws IOException if standard input fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("expected pairs of held and rules, e.g. 100000 seed; got " + args.length
          + " arguments");
    }
    String url = PostgresFixture.serverUrl();
    for (int i = 0; i < args.length; i += 2) {
      long start = System.nanoTime();
      PostgresFixture.template(Integer.parseInt(args[i]), args[i + 1]);
      System.out.printf(Locale.ROOT, "# template %s %s ready in %.1f s%n", args[i], args[i + 1],
          (System.nanoTime() - start) / 1e9);
    }
    System.out.println("url " + url);
    System.out.flush();
    while (System.in.read() >= 0) {
      // runs until its input ends
    }
    System.exit(0); // runs the shutdown hook that stops the embedded server
  }
}
