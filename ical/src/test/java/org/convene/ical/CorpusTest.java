package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.convene.SharedFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file of the shared corpus ({@code shared/corpus}: 244 calendars from the test suites
 * of ical.js and python-icalendar, many broken on purpose) through the importer. A file that
 * ical4j, ical.js and python-icalendar all accept must import; any other file must import or
 * fail with {@link CalendarFormatException} naming a line; a lenient importer reads every file,
 * each warning naming its line; nothing may throw anything else or take more than a few
 * seconds. {@link Ical4jComparisonTest} compares what is read with ical4j.
 *
 * <p>The corpus is {@code ../shared/corpus} beside the project, found through {@link SharedFiles};
 * where it is absent (a user's clone) these tests are skipped with that reason.
 */
class CorpusTest {
  private static final FeedImporter IMPORTER = FeedImporter.builder().build();

  /** One row of MANIFEST.tsv. */
  private static final class Row {
    final String path;
    final boolean allAccept;

    Row(String line) {
      String[] cells = line.split("\t");
      this.path = cells[0];
      this.allAccept = cells[4].equals("OK") && cells[5].equals("OK") && cells[6].equals("OK");
    }
  }

  static Path corpus() {
    return SharedFiles.require("corpus/MANIFEST.tsv").getParent();
  }

  private static List<Row> rows() throws IOException {
    List<String> lines = Files.readAllLines(corpus().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(new Row(line));
      }
    }
    return rows;
  }

  @Test
  void theManifestListsAll244Files() throws IOException {
    assertEquals(244, rows().size());
  }

  @TestFactory
  Stream<DynamicTest> everyFileImportsOrFailsWithALineNumber() throws IOException {
    Path corpus = corpus();
    return rows().stream()
        .map(row -> DynamicTest.dynamicTest(row.path, () -> {
          Optional<CalendarFormatException> failure =
              assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(corpus.resolve(row.path)));
          if (failure.isPresent()) {
            assertTrue(!row.allAccept,
                "all three parsers accept " + row.path + " but: " + failure.get().getMessage());
            assertTrue(failure.get().getMessage().startsWith("line "), failure.get().getMessage());
          }
        }));
  }

  /** The figures the README states: 224 files import strictly, 20 fail with a line. */
  @Test
  void strictly224FilesImportAnd20FailWithALine() throws IOException {
    Path corpus = corpus();
    int imported = 0;
    for (Row row : rows()) {
      if (read(corpus.resolve(row.path)).isEmpty()) {
        imported++;
      }
    }
    assertEquals(224, imported);
  }

  @TestFactory
  Stream<DynamicTest> leniently_everyFileImports() throws IOException {
    Path corpus = corpus();
    FeedImporter lenient = FeedImporter.builder().lenient(true).build();
    return rows().stream()
        .map(row -> DynamicTest.dynamicTest(row.path, () -> {
          try (InputStream in = Files.newInputStream(corpus.resolve(row.path))) {
            ImportedCalendar calendar = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> lenient.read(in));
            assertTrue(calendar.getWarnings().stream().allMatch(w -> w.startsWith("line ")),
                calendar.getWarnings().toString());
          }
        }));
  }

  private static Optional<CalendarFormatException> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      IMPORTER.read(in);
      return Optional.empty();
    } catch (CalendarFormatException e) {
      return Optional.of(e);
    }
  }
}
