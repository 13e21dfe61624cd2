package org.convene.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** What a part of the run command prints, line by line: one capture for every tour's test. */
final class TourOutput {
  private TourOutput() {}

  /** The lines a tour prints. */
  static List<String> lines(Consumer<PrintStream> tour) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tour.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  /** The paths a tour prints, each on an indented line after a line ending in {@code suffix}. */
  static List<Path> pathsAfter(List<String> lines, String suffix) {
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i - 1).endsWith(suffix) && lines.get(i).startsWith("    ")) {
        paths.add(Paths.get(lines.get(i).strip()));
      }
    }
    return paths;
  }
}
