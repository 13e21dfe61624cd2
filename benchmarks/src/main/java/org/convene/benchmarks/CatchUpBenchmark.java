package org.convene.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.jdbc.DurableDesk;
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
 * holds 100k or 1M rows (seed rules: 162 registered, the rest waiting), which reads, parses and
 * replays every row. The target is 1M rows in at most 5 s.
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

  private HikariDataSource pool;

  /** Fills the log once (a template database), and opens a pool on it. */
  @Setup(Level.Trial)
  public void setUp() {
    pool = PostgresFixture.pool(PostgresFixture.template(rows, "seed"), 2);
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.close();
  }

  /**
   * A server starting on the log.
   *
   * @return the sequence it caught up to
   */
  @Benchmark
  public long open() {
    long sequence = DurableDesk.open(pool, RulesFixture.event("seed").getId(), List.of()).getSequence();
    if (sequence != rows) {
      throw new IllegalStateException("caught up to " + sequence + " of " + rows);
    }
    return sequence;
  }
}
