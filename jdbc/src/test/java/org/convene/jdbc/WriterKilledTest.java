package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writer processes ({@link WriterProcess}, started with {@link ProcessBuilder} as in {@link
 * TwoProcessesTest}) send the 270 seed requests under the same request ids, and one of them is
 * killed with {@link Process#destroyForcibly()} mid-run, preferably while its transaction is
 * open. Its open transaction dies with it; the other writer finishes; a desk of this JVM that
 * was live throughout catches up; and a fresh desk replaying the log agrees exactly with every
 * answer both writers printed, the killed one's included.
 */
class WriterKilledTest {
  @Test
  void aWriterKilledMidRun_leavesALogThatAgreesWithEveryAnswer(@TempDir Path output) throws Exception {
    String url = TestDatabase.create("killed");
    DataSource admin = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(admin);
    DurableDesk live = DurableDesk.open(admin, SchemaAndBadInputTest.seed(), List.of());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process[] writers = new Process[2];
    Path[] outputs = new Path[2];
    for (int p = 0; p < 2; p++) {
      outputs[p] = output.resolve("writer-" + p + ".txt");
      writers[p] = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(),
              TestDatabase.withParameter(url, "ApplicationName", "writer-" + p), String.valueOf(p))
          .redirectErrorStream(true)
          .redirectOutput(outputs[p].toFile())
          .start();
    }
    try {
      // 40 of 270 rows: the victim cannot have finished, since it sends all 270 requests
      DatabaseRestartTest.waitFor(
          () -> TestDatabase.queryLong(admin, "SELECT count(*) FROM convene_registration_log") >= 40, "40 rows");
      // kill it with a transaction open if that is seen within five seconds (a kill between two
      // transactions is a fault too)
      boolean inTransaction = false;
      try (Connection c = admin.getConnection(); PreparedStatement open = c.prepareStatement("SELECT count(*) FROM"
          + " pg_stat_activity WHERE application_name = 'writer-0' AND xact_start IS NOT NULL")) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!inTransaction && System.nanoTime() < deadline) {
          try (ResultSet rs = open.executeQuery()) {
            inTransaction = rs.next() && rs.getLong(1) > 0;
          }
        }
      }
      assertTrue(writers[0].isAlive(), () -> "the writer ended before it was killed: " + read(outputs[0]));
      writers[0].destroyForcibly();
      assertTrue(writers[0].waitFor(1, TimeUnit.MINUTES));
      assertTrue(writers[1].waitFor(5, TimeUnit.MINUTES), "the surviving writer finished");
      assertEquals(0, writers[1].exitValue(), () -> read(outputs[1]));
    } finally {
      for (Process writer : writers) {
        writer.destroyForcibly();
      }
    }

    Map<String, String> told = new HashMap<>();
    int killedAnswers = 0;
    for (int p = 0; p < 2; p++) {
      String text = read(outputs[p]);
      // a line the killed writer did not finish printing is no answer
      String[] lines = text.substring(0, text.lastIndexOf('\n') + 1).split("\n");
      for (String line : lines) {
        if (line.isEmpty()) {
          continue;
        }
        String[] parts = line.split(" ");
        String first = told.putIfAbsent(parts[1], parts[0] + " " + parts[2]);
        assertTrue(first == null || first.equals(parts[0] + " " + parts[2]), "two answers to " + parts[1]);
        if (p == 0) {
          killedAnswers++;
        }
      }
    }
    assertTrue(killedAnswers < 270, "the killed writer was killed before its end");
    assertEquals(270, told.size());
    assertEquals(live.refresh(), ToldAndLogged.assertAgree(admin, live.getEventId(), 270, told));
    assertEquals(270, live.getSequence());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
