package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database stopped ({@code pg_ctl stop -m fast}: sessions terminated, open transactions
 * rolled back) and started again on the same data directory and port while two durable desks
 * take the 270 seed requests from four threads. A call that fails while the database is down has
 * an unknown outcome, so its caller retries it with the same request id until it gets an answer,
 * as the README tells a host to do. Afterwards a fresh desk replays the log and agrees exactly
 * with every answer, and the desks that lived through the restart catch up to the same snapshot.
 *
 * <p>This test starts a server of its own, also when {@code -Dconvene.postgres.url} names an
 * external one: it must stop the server.
 */
class DatabaseRestartTest {
  private static final int SERVERS = 2;
  private static final int THREADS = 4;

  @Test
  void theDatabaseRestartedUnderLiveDesks_losesNoAnswerAndInventsNone(@TempDir Path directory) throws Exception {
    Path data = directory.resolve("pgdata");
    EmbeddedPostgres server = TestDatabase.startOwnServer(data, 0);
    int port = server.getPort();
    String url = server.getJdbcUrl("postgres", "postgres");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      DataSource admin = TestDatabase.dataSource(url);
      RegistrationLog.createSchema(admin);
      Event event = SchemaAndBadInputTest.seed();
      List<DurableDesk> desks = new ArrayList<>();
      for (int i = 0; i < SERVERS; i++) {
        desks.add(DurableDesk.open(TestDatabase.dataSource(url), event, List.of()));
      }
      List<RegistrationRequest> requests = WriterProcess.requests();
      Collections.shuffle(requests, new Random(3));
      ConcurrentLinkedQueue<RegistrationRequest> queue = new ConcurrentLinkedQueue<>(requests);
      Map<String, String> told = new ConcurrentHashMap<>();
      AtomicInteger failures = new AtomicInteger();
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        DurableDesk desk = desks.get(t % SERVERS);
        writers.add(pool.submit(() -> {
          for (RegistrationRequest r = queue.poll(); r != null; r = queue.poll()) {
            String requestId = "form-" + r.getParticipant().getId();
            while (true) {
              try {
                told.put(requestId, ToldAndLogged.answer(desk.register(requestId, r)));
                break;
              } catch (RegistrationLogException e) {
                // the database is down, or the commit's outcome is unknown: retry the same id
                failures.incrementAndGet();
                Thread.sleep(20);
              }
            }
          }
          return null;
        }));
      }

      waitFor(() -> told.size() >= 60, "60 answers before the stop");
      server.close();
      // the desks are live and keep trying while the database is down
      waitFor(() -> failures.get() >= THREADS, "the writers' calls failing while the database is down");
      int answeredWhileDown = told.size();
      // pg_ctl gives up waiting after 5 s on a loaded machine while the server still shuts down
      waitFor(() -> !Files.exists(data.resolve("postmaster.pid")), "the server to finish stopping");
      server = TestDatabase.startOwnServer(data, port);
      for (Future<?> writer : writers) {
        writer.get(5, TimeUnit.MINUTES);
      }

      assertTrue(answeredWhileDown < 270, "the restart happened before the end of the run");
      assertEquals(270, told.size());
      Registrations replayed = ToldAndLogged.assertAgree(admin, event.getId(), 270, told);
      for (DurableDesk desk : desks) {
        assertEquals(replayed, desk.refresh());
        assertEquals(270, desk.getSequence());
      }
    } finally {
      pool.shutdownNow();
      server.close();
    }
  }

  /** Waits, up to a minute, until the condition holds. */
  static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited a minute for " + what);
      }
      Thread.sleep(10);
    }
  }
}
