package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convene.rules.Registration;
import org.convene.rules.Registrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVM processes, started with {@link ProcessBuilder}, each send all 270 seed requests to one
 * database in orders of their own, under the same request ids: each request is in the log once,
 * both processes were told the same answer for it, and exactly 3 per Member State per track are
 * registered.
 */
class TwoProcessesTest {
  @Test
  void twoProcessesSendingTheSameRequests_shareOneLog(@TempDir Path output) throws Exception {
    String url = TestDatabase.create("processes");
    RegistrationLog.createSchema(TestDatabase.dataSource(url));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      Path out = output.resolve("writer-" + p + ".txt");
      outputs.add(out);
      processes.add(new ProcessBuilder(
              java, "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(), url, String.valueOf(p))
          .redirectErrorStream(true)
          .redirectOutput(out.toFile())
          .start());
    }
    for (int p = 0; p < 2; p++) {
      Process process = processes.get(p);
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
      assertEquals(0, process.exitValue(), () -> read(outputs.get(0)) + read(outputs.get(1)));
    }

    Map<String, String> answers = new HashMap<>();
    for (Path out : outputs) {
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      assertEquals(270, lines.size());
      for (String line : lines) {
        String[] parts = line.split(" ");
        String first = answers.putIfAbsent(parts[1], parts[0] + " " + parts[2]);
        assertTrue(first == null || first.equals(parts[0] + " " + parts[2]), "two answers to " + parts[1]);
      }
    }
    assertEquals(270, answers.size());
    DurableDesk replay = DurableDesk.open(TestDatabase.dataSource(url), SchemaAndBadInputTest.seed().getId(), List.of());
    assertEquals(270, replay.getSequence());
    Registrations registrations = replay.current();
    Map<String, Integer> perTrack = new HashMap<>();
    for (Registration r : registrations.getRegistered()) {
      perTrack.merge(r.getParticipant().getDelegation().orElseThrow() + r.getRequest().getTrackIds(), 1, Integer::sum);
      assertEquals("ACCEPTED", answers.get("form-" + r.getParticipant().getId()).split(" ")[1]);
    }
    assertEquals(54, perTrack.size());
    perTrack.forEach((key, count) -> assertEquals(3, count, key));
    assertEquals(162, answers.values().stream().filter(a -> a.endsWith("ACCEPTED")).count());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
