package org.convene.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.jdbc.DurableDesk;
import org.convene.rules.Registrations;
import org.convene.rules.RegistrationsState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a server takes to start on a long log: {@link DurableDesk#open} of an event whose log
 * holds 100k or 1M rows (seed rules: 162 registered, the rest waiting). {@link #open} reads,
 * parses and replays every row (no checkpoint); {@link #openFromCheckpoint} starts on the same
 * log with a {@linkplain DurableDesk#checkpoint() checkpoint} taken at its last row and 1,000
 * rows appended after it, so it restores the checkpoint (every live place: 100k or 1M) and
 * replays 1,000 rows. The target is 1M rows in at most 5 s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CatchUpBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx10g", "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider"})
public class CatchUpBenchmark {
  /** How many rows the log holds. */
  @Param({"100000", "1000000"})
  public int rows;

  /** The log, without a checkpoint: the template database, filled once. */
  @State(Scope.Benchmark)
  public static class Replayed {
    HikariDataSource pool;

    /**
     * Fills the log once (a template database), and opens a pool on it.
     *
     * @param log the benchmark, for its number of rows
     */
    @Setup(Level.Trial)
    public void setUp(CatchUpBenchmark log) {
      pool = PostgresFixture.pool(PostgresFixture.template(log.rows, "seed"), 2);
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.close();
    }
  }

  /** How many rows are appended after the checkpoint. */
  static final int AFTER_CHECKPOINT = 1000;

  /**
   * A copy of the log with a checkpoint at its last row and {@value #AFTER_CHECKPOINT} rows
   * appended after it, made once per trial (a full replay, the checkpoint, the appends).
   */
  @State(Scope.Benchmark)
  public static class Checkpointed {
    String database;
    HikariDataSource pool;

    /**
     * Copies the template, checkpoints it and appends rows; prints what the checkpoint cost.
     *
     * @param log the benchmark, for its number of rows
     */
    @Setup(Level.Trial)
    public void setUp(CatchUpBenchmark log) {
      database = PostgresFixture.copyOf(log.rows, "seed");
      pool = PostgresFixture.pool(database, 2);
      DurableDesk desk = DurableDesk.open(pool, RulesFixture.event("seed").getId(), List.of());
      long t0 = System.nanoTime();
      RegistrationsState state = desk.current().getState();
      long t1 = System.nanoTime();
      Registrations.restore(state, List.of());
      long t2 = System.nanoTime();
      long at = desk.checkpoint();
      long t3 = System.nanoTime();
      System.out.printf("%n%d places: getState %.2f s, restore in memory %.2f s, checkpoint() (getState, JSON, gzip,"
              + " insert) %.2f s, %d bytes stored%n", state.getPlaces().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
          (t3 - t2) / 1e9, PostgresFixture.sql(pool, "SELECT octet_length(state) FROM convene_checkpoint"));
      if (at != log.rows) {
        throw new IllegalStateException("checkpoint at " + at + " of " + log.rows);
      }
      for (int i = log.rows; i < log.rows + AFTER_CHECKPOINT; i++) {
        desk.register(PostgresFixture.requestId(i), PostgresFixture.request(i));
      }
      // the CPU this thread spends starting from the checkpoint, which other processes on a
      // loaded machine do not inflate as they do the wall clock (the database's work is not in it)
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      DurableDesk.open(pool, RulesFixture.event("seed").getId(), List.of());
      System.out.printf("open from the checkpoint, first time: %.2f s wall, %.2f s CPU of this thread%n",
          (System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    /** Closes the pool and drops the copy. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.close();
      PostgresFixture.drop(database);
    }
  }

  /**
   * A server starting on the log from its checkpoint.
   *
   * @param log the log with a checkpoint
   * @return the sequence it caught up to
   */
  @Benchmark
  public long openFromCheckpoint(Checkpointed log) {
    long sequence = DurableDesk.open(log.pool, RulesFixture.event("seed").getId(), List.of()).getSequence();
    if (sequence != rows + AFTER_CHECKPOINT) {
      throw new IllegalStateException("caught up to " + sequence + " of " + (rows + AFTER_CHECKPOINT));
    }
    return sequence;
  }

  /**
   * A server starting on the log, replaying every row.
   *
   * @param log the log
   * @return the sequence it caught up to
   */
  @Benchmark
  public long open(Replayed log) {
    long sequence = DurableDesk.open(log.pool, RulesFixture.event("seed").getId(), List.of()).getSequence();
    if (sequence != rows) {
      throw new IllegalStateException("caught up to " + sequence + " of " + rows);
    }
    return sequence;
  }
}
