package org.convene.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.Event;
import org.convene.jdbc.DurableDesk;
import org.convene.jdbc.Recorded;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Committed decisions per second on PostgreSQL for one event: each JMH thread is a server with
 * its own pool and its own {@link DurableDesk} over the same log ({@code register} with {@code
 * desks=per-writer}), or a request thread of one server whose threads share one pool and one desk
 * ({@code desks=shared}: the desk's group commit decides what they queue meanwhile in one
 * transaction), against the pretix way on the same server in the same run ({@code
 * pretixBaseline}: {@link PretixBaseline}, one pool per thread, as before).
 * The log (and the baseline's table) already holds 1k or 100k registrations of {@link
 * RulesFixture}'s participants when the trial starts, and grows by what the trial commits.
 *
 * <p>{@link #main} runs it with 1, 2, 4 and 8 writers in one run, on one embedded PostgreSQL,
 * and prints each figure with its ratio to the baseline:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.convene.benchmarks.DurableBenchmark -wi 2 -w 3s -i 3 -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider"})
public class DurableBenchmark {
  /** How many registrations the log holds when the trial starts. */
  @Param({"1000", "100000"})
  public int held;

  /** {@code seed} or {@code seed-unlimited-quota}: see {@link RulesFixture}. */
  @Param({"seed", "seed-unlimited-quota"})
  public String rules;

  Event event;
  String database;
  AtomicInteger next;

  /** Copies the template database of this trial. */
  @Setup(Level.Trial)
  public void setUp() {
    event = RulesFixture.event(rules);
    database = PostgresFixture.copyOf(held, rules);
    next = new AtomicInteger(held);
  }

  /** Says how many registrations the trial ended with, and drops its database. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.println("# held at the end of the trial: " + next.get());
    PostgresFixture.drop(database);
  }

  /**
   * The server the writers share with {@code desks=shared}: one pool and one desk, which all JMH
   * threads call at once, as the request threads of one server do; with {@code
   * desks=per-writer}, nothing (each {@link Writer} is a server of its own).
   */
  @State(Scope.Benchmark)
  public static class Server {
    /** {@code per-writer} (a server, pool and desk per writer) or {@code shared} (one desk). */
    @Param({"per-writer", "shared"})
    public String desks;

    HikariDataSource pool;
    DurableDesk desk;

    /**
     * Opens the shared pool and desk.
     *
     * @param benchmark the trial
     */
    @Setup(Level.Trial)
    public void open(DurableBenchmark benchmark) {
      if (desks.equals("shared")) {
        pool = PostgresFixture.pool(benchmark.database, 2);
        desk = DurableDesk.open(pool, benchmark.event.getId(), List.of());
      } else if (!desks.equals("per-writer")) {
        throw new IllegalArgumentException("desks is \"" + desks + "\": expected per-writer or shared");
      }
    }

    /** Closes the shared pool. */
    @TearDown(Level.Trial)
    public void close() {
      if (pool != null) {
        pool.close();
      }
    }
  }

  /** One writer: a server with its own pool, and its own desk (which replays the log to start). */
  @State(Scope.Thread)
  public static class Writer {
    HikariDataSource pool;
    DurableDesk desk;
    PretixBaseline baseline;

    /**
     * Opens the pool, and the desk or the baseline.
     *
     * @param benchmark the trial
     * @param params which benchmark runs
     */
    @Setup(Level.Trial)
    public void open(DurableBenchmark benchmark, BenchmarkParams params) {
      if (!params.getBenchmark().endsWith("register")) {
        pool = PostgresFixture.pool(benchmark.database, 2);
        baseline = new PretixBaseline(pool, benchmark.event);
      } else if (params.getParam("desks").equals("per-writer")) {
        pool = PostgresFixture.pool(benchmark.database, 2);
        desk = DurableDesk.open(pool, benchmark.event.getId(), List.of());
      }
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() {
      if (pool != null) {
        pool.close();
      }
    }
  }

  /**
   * One request decided by a durable desk and committed as the log's next row.
   *
   * @param writer this thread's server, with {@code desks=per-writer}
   * @param server the server all threads share, with {@code desks=shared}
   * @return the row
   */
  @Benchmark
  public Recorded register(Writer writer, Server server) {
    int i = next.getAndIncrement();
    DurableDesk desk = server.desk != null ? server.desk : writer.desk;
    return desk.register(PostgresFixture.requestId(i), PostgresFixture.request(i));
  }

  /**
   * The same request by the pretix way: lock the quota, count, insert, commit.
   *
   * @param writer this thread's server
   * @return whether it was registered
   */
  @Benchmark
  public boolean pretixBaseline(Writer writer) {
    int i = next.getAndIncrement();
    return writer.baseline.register(PostgresFixture.request(i));
  }

  /**
   * Runs both benchmarks with 1, 2, 4 and 8 writers on one embedded PostgreSQL, which it starts
   * and hands to JMH's forks, then prints the figures with their ratios.
   *
   * @param args JMH's command-line options (iterations, times; {@code -p rules=seed}, {@code -p
   *     held=1000} or {@code -p desks=shared} to run fewer cases), not the thread count
   * @throws Exception if JMH or the database fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    String url = PostgresFixture.serverUrl();
    // -p held=... and -p rules=... narrow the run, as they narrow JMH's own
    List<String> helds = new ArrayList<>(cli.getParameter("held").orElse(List.of("1000", "100000")));
    List<String> ruleSets = new ArrayList<>(cli.getParameter("rules").orElse(List.of("seed", "seed-unlimited-quota")));
    List<String> deskSets = new ArrayList<>(cli.getParameter("desks").orElse(List.of("per-writer", "shared")));
    for (String held : helds) {
      for (String rules : ruleSets) {
        long start = System.nanoTime();
        PostgresFixture.template(Integer.parseInt(held), rules);
        System.out.printf(Locale.ROOT, "# template %s %s ready in %.1f s%n", held, rules, (System.nanoTime() - start) / 1e9);
      }
    }
    List<RunResult> results = new ArrayList<>();
    int[] writers = {1, 2, 4, 8};
    for (int threads : writers) {
      results.addAll(new Runner(new OptionsBuilder()
          .parent(cli)
          .include(DurableBenchmark.class.getName() + "\\.")
          .threads(threads)
          .jvmArgsAppend("-Xmx6g", "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
              "-D" + PostgresFixture.URL_PROPERTY + "=" + url)
          .build()).run());
    }
    System.out.println();
    System.out.print("| rules, held | writers |");
    for (String desks : deskSets) {
      System.out.print(" Convene register, desks=" + desks + " /s |");
    }
    System.out.print(" pretix baseline /s |");
    for (String desks : deskSets) {
      System.out.print(" ratio, " + desks + " |");
    }
    System.out.println();
    System.out.println("|---|---|" + "---|".repeat(2 * deskSets.size() + 1));
    for (String rules : ruleSets) {
      for (String held : helds) {
        for (int threads : writers) {
          RunResult baseline = find(results, "pretixBaseline", rules, held, threads, null);
          double b = baseline.getPrimaryResult().getScore();
          StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s, %s | %d |", rules, held, threads));
          StringBuilder ratios = new StringBuilder();
          for (String desks : deskSets) {
            RunResult convene = find(results, "register", rules, held, threads, desks);
            double c = convene.getPrimaryResult().getScore();
            row.append(String.format(Locale.ROOT, " %.0f ± %.0f |", c, convene.getPrimaryResult().getScoreError()));
            ratios.append(String.format(Locale.ROOT, " %.2f |", c / b));
          }
          row.append(String.format(Locale.ROOT, " %.0f ± %.0f |", b, baseline.getPrimaryResult().getScoreError()));
          System.out.println(row.append(ratios));
        }
      }
    }
    System.out.println();
    for (String rules : helds.containsAll(List.of("1000", "100000")) ? ruleSets : List.<String>of()) {
      for (String desks : deskSets) {
        for (int threads : writers) {
          double at1k = find(results, "register", rules, "1000", threads, desks).getPrimaryResult().getScore();
          double at100k = find(results, "register", rules, "100000", threads, desks).getPrimaryResult().getScore();
          System.out.printf(Locale.ROOT, "cost at 100k / cost at 1k, %s, desks=%s, %d writers: %.2f%n", rules, desks,
              threads, at1k / at100k);
        }
      }
    }
  }

  private static RunResult find(
      Collection<RunResult> results, String benchmark, String rules, String held, int threads, String desks) {
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      if (p.getBenchmark().endsWith("." + benchmark) && p.getParam("rules").equals(rules)
          && p.getParam("held").equals(held) && p.getThreads() == threads
          && (desks == null || desks.equals(p.getParam("desks")))) {
        return r;
      }
    }
    throw new IllegalStateException("no result for " + benchmark + " " + rules + " " + held + " " + threads + " " + desks);
  }
}
