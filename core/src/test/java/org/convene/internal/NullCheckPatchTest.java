package org.convene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that inserts null checks into Immutables' generated sources ({@code
 * core/src/build/java/NullCheckPatch.java}), run as the build runs it, on copies of the sources
 * this build generated and patched: it inserts exactly the checks the build has, leaves patched
 * sources alone, and fails, changing nothing, on a shape it does not know. What the checks throw is
 * {@code ApiEdgeTest}'s and {@code MissingValueTest}'s.
 */
class NullCheckPatchTest {
  private static final Path PATCH = Path.of("src/build/java/NullCheckPatch.java");
  private static final Path GENERATED = Path.of("target/generated-sources/annotations");
  private static final String MARK = "// null check added by core/src/build/java/NullCheckPatch.java";

  @TempDir Path dir;
  private Map<Path, String> built;
  private long checks;

  @BeforeEach
  void copyTheBuildsPatchedSources() throws IOException {
    built = read(GENERATED);
    built.forEach((file, text) -> write(dir.resolve(file), text));
    checks = built.values().stream().flatMap(String::lines).filter(l -> l.endsWith(MARK)).count();
    assertTrue(checks > 100, () -> "the build inserted " + checks + " checks");
  }

  @Test
  void sourcesWithoutTheChecks_getExactlyTheChecksOfTheBuild() throws Exception {
    unpatch();
    Run run = run();
    assertEquals(0, run.exit, run::toString);
    assertTrue(run.out.contains(checks + " null checks inserted, 0 already there"), run::toString);
    assertEquals(built, read(dir));
  }

  @Test
  void patchedSources_areLeftAsTheyAre_andCounted() throws Exception {
    Run run = run();
    assertEquals(0, run.exit, run::toString);
    assertTrue(run.out.contains("0 null checks inserted, " + checks + " already there"), run::toString);
    assertEquals(built, read(dir));
  }

  @Test
  void aBodyOfAnotherShape_failsNamingTheFileAndTheMethod_andChangesNoFile() throws Exception {
    unpatch();
    Run run =
        runAfterReplacing(
            "org/convene/ImmutableParticipant.java",
            "this.delegation = delegation.orElse(null);",
            "this.delegation = delegation.orElseGet(() -> null);");
    assertFailed(run, "ImmutableParticipant.java:");
    assertFailed(run, "delegation(Optional<String> delegation): a body this patch does not know");
    assertTrue(read(dir).values().stream().noneMatch(t -> t.contains(MARK)), "a file was patched");
  }

  @Test
  void aCheckChangedByHand_fails() throws Exception {
    Run run =
        runAfterReplacing(
            "org/convene/ImmutableParticipant.java",
            "ImmutableParticipant.requireNonNull(elements, \"roles\");",
            "ImmutableParticipant.requireNonNull(elements, \"role\");");
    assertFailed(run, "addRoles(String... elements): patched before with");
  }

  @Test
  void aMarkOutsideAPatchedMethod_fails() throws Exception {
    Run run =
        runAfterReplacing("org/convene/ImmutableGeo.java", "final class ImmutableGeo", "final class ImmutableGeo " + MARK + "\n");
    assertFailed(run, "ImmutableGeo.java: 1 lines end with the patch mark, but 0 of them begin a method");
  }

  @Test
  void aTypeWhoseNullsAreNotRequireNullValue_fails() throws Exception {
    unpatch();
    Run run =
        runAfterReplacing(
            "org/convene/ImmutableEvent.java",
            "throw new Require.NullValue(message);",
            "throw new NullPointerException(message);");
    assertFailed(run, "ImmutableEvent has no requireNonNull(T, String) throwing Require.NullValue");
  }

  @Test
  void noShapeAtAll_fails() throws Exception {
    Path geo = Path.of("org/convene/ImmutableGeo.java");
    Path only = Files.createDirectory(dir.resolve("only-geo"));
    write(only.resolve(geo), built.get(geo));
    assertFailed(run(only), "no varargs addX(...) or Optional setter or copy found in 1 Immutable*.java files");
  }

  /** Runs the patch once one line of one file in the copy has been changed. */
  private Run runAfterReplacing(String file, String line, String replacement) throws Exception {
    Path path = dir.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertTrue(text.contains(line), () -> file + " has no " + line);
    write(path, text.replace(line, replacement));
    return run();
  }

  private static void assertFailed(Run run, String message) {
    assertEquals(1, run.exit, run::toString);
    assertTrue(run.err.contains(message), run::toString);
  }

  /** Takes the inserted lines out again: the sources as Immutables generated them. */
  private void unpatch() throws IOException {
    read(dir).forEach(
        (file, text) ->
            write(dir.resolve(file), Stream.of(text.split("\n", -1)).filter(l -> !l.endsWith(MARK))
                .collect(Collectors.joining("\n"))));
  }

  private record Run(int exit, String out, String err) {}

  private Run run() throws Exception {
    return run(dir);
  }

  private static Run run(Path sources) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), PATCH.toString(), sources.toString())
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    // the outputs are small (a line per file at most), so reading them in turn cannot block
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "NullCheckPatch did not end");
    return new Run(process.exitValue(), out, err);
  }

  /** Every generated Immutable*.java under a directory, by its relative path. */
  private static Map<Path, String> read(Path root) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.getFileName().toString().matches("Immutable\\w+\\.java")).toList()) {
        files.put(root.relativize(file), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
