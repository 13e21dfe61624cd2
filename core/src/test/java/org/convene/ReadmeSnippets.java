package org.convene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps the README's code honest: a test runs the code, and {@link #assertReadmeShows} checks
 * that the README prints the same lines. Shared with the other modules through core's test jar.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /**
   * Returns the repository's README.md, found in the nearest folder above the working directory
   * that has one beside a {@code pom.xml}.
   *
   * @return the README's path
   */
  public static Path readme() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir.resolve("README.md");
      }
    }
    throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
  }

  /**
   * Returns the lines of a source file between two marker lines, without the indentation of the
   * first marker, joined with {@code \n}.
   *
   * @param source the source file, relative to the module
   * @param begin the text of the opening marker line (trimmed)
   * @param end the text of the closing marker line (trimmed)
   * @return the snippet
   */
  public static String between(Path source, String begin, String end) {
    List<String> lines = readLines(source);
    int from = indexOf(lines, begin, source);
    int to = indexOf(lines, end, source);
    String indent = lines.get(from).substring(0, lines.get(from).indexOf(begin.charAt(0)));
    return lines.subList(from + 1, to).stream()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
        .collect(Collectors.joining("\n"));
  }

  /**
   * Fails unless the README contains the text, line ends normalised to {@code \n}.
   *
   * @param text the text the README must show
   */
  public static void assertReadmeShows(String text) {
    String readme = String.join("\n", readLines(readme()));
    if (!readme.contains(text.replace("\r\n", "\n"))) {
      throw new AssertionError("README.md must show, unchanged:\n" + text);
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(List<String> lines, String marker, Path source) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("no line '" + marker + "' in " + source);
  }
}
