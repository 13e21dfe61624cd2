package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The importer's defaults are safe for a 256 MB heap (issue 9: 600 000 three-line VEVENTs
 * exhausted it within the former default of a million components). Each import runs in a JVM
 * of its own started with {@code -Xmx256m}, so that the heap is the one the claim is about.
 */
class DefaultCapsTest {
  private static String importIn256Mb(int vevents) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), LargeCalendarImport.class.getName(),
        Integer.toString(vevents))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    String last = output.strip();
    return last.substring(last.lastIndexOf('\n') + 1);
  }

  @Test
  void theLargestCalendarTheDefaultsAdmitImportsIn256Mb() throws Exception {
    // the VCALENDAR is the 100 000th component
    assertEquals("imported 99999", importIn256Mb(99_999));
  }

  @Test
  void sixHundredThousandVeventsAreRefusedIn256MbWithALineNotAnOutOfMemoryError()
      throws Exception {
    assertEquals("refused line 399998: more than 100000 components: raise"
        + " FeedImporter.Builder.maxComponents", importIn256Mb(600_000));
  }
}
