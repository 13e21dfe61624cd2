import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Closes the two nulls Immutables lets through as a {@code NullPointerException}: run by core's
 * build (exec-maven-plugin, process-sources) over the sources the annotation processor generated,
 * before they are compiled; never part of the jar. Usage: {@code java NullCheckPatch.java DIR}.
 *
 * <p>Immutables 2.12 generates two kinds of public method {@code final} and dereferences their
 * argument first: the varargs {@code addX(T... elements)} of a builder, and {@code x(Optional)} /
 * {@code withX(Optional)} (and their {@code OptionalInt} / {@code OptionalLong} forms). As the first
 * statement of each, this inserts a call of the class's own generated {@code requireNonNull}, the
 * one every other generated null check calls, which throws the style's {@code throwForNullPointer}
 * ({@code Require.NullValue}): the attribute's name for an array, {@code "<attribute> optional"} for
 * an {@code Optional}. Signatures and javadoc are left as they are.
 *
 * <p>Strict: every public method of a generated {@code Immutable*.java} that takes an array or an
 * {@code Optional} must be one of the shapes below (patched, already patched, or already checked by
 * Immutables), else it fails the build naming the file, the line and the method, as it does when it
 * finds none at all or the file has no {@code requireNonNull} throwing {@code Require.NullValue}.
 * Idempotent: a method it patched before is counted and left alone, and a file it does not change is
 * not written, so an incremental build (which keeps the generated sources) runs it again safely.
 */
public final class NullCheckPatch {
  /** Ends every inserted line: what tells a patched method from an unpatched one. */
  static final String MARK = "// null check added by core/src/build/java/NullCheckPatch.java";

  private static final Pattern DECLARATION =
      Pattern.compile("^(\\s*)public (?:final )?(?:static )?([\\w.<>?, \\[\\]]+) (\\w+)\\((.*)\\) \\{$");
  private static final Pattern OPTIONAL_TYPE =
      Pattern.compile("(?:java\\.util\\.)?Optional(?:<.*>|Int|Long|Double)");
  private static final Pattern PARAMETER =
      Pattern.compile("^((?:@[\\w.]+ )*)([\\w.<>?, \\[\\]]+?)(\\.\\.\\.)? (\\w+)$");
  private static final Pattern HELPER =
      Pattern.compile(
          "private static <T> T requireNonNull\\(T object, String message\\) \\{\\s*"
              + "if \\(object == null\\) throw new (?:[\\w.]+\\.)?Require\\.NullValue\\(message\\);");

  private int patched;
  private int alreadyPatched;
  private int checkedByImmutables;
  private final List<String> failures = new ArrayList<>();
  /** The files to write, each with its new text, written only when nothing failed. */
  private final Map<Path, String> changed = new LinkedHashMap<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
      System.err.println("NullCheckPatch: usage: java NullCheckPatch.java <generated sources dir>");
      System.exit(2);
    }
    System.exit(new NullCheckPatch().run(Path.of(args[0])));
  }

  private int run(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> p.getFileName().toString().matches("Immutable\\w+\\.java"))
              .sorted()
              .toList();
    }
    List<String> report = new ArrayList<>();
    for (Path file : files) {
      int before = patched;
      int alreadyBefore = alreadyPatched;
      int checkedBefore = checkedByImmutables;
      patch(file, root.relativize(file).toString());
      report.add(
          String.format(
              "  %s: %d patched, %d already patched, %d checked by Immutables",
              root.relativize(file), patched - before, alreadyPatched - alreadyBefore,
              checkedByImmutables - checkedBefore));
    }
    if (patched + alreadyPatched == 0) {
      failures.add(
          "no varargs addX(...) or Optional setter or copy found in " + files.size()
              + " Immutable*.java files under " + root
              + ": did the annotation processor run, or did Immutables change what it generates?");
    }
    if (!failures.isEmpty()) {
      System.err.println("NullCheckPatch FAILED (" + failures.size() + " problems):");
      failures.forEach(f -> System.err.println("  " + f));
      System.err.println(
          "  The generated code no longer has the shapes core/src/build/java/NullCheckPatch.java"
              + " patches; adapt it to this Immutables version (ApiEdgeTest checks the result).");
      System.err.println("  No file was changed.");
      System.err.println(
          "  If you changed this program or deleted generated sources, first run mvn clean: the"
              + " generated sources it patches are kept between builds, so a changed program meets the"
              + " old program's output.");
      return 1;
    }
    changed.forEach(NullCheckPatch::write);
    if (patched > 0) {
      report.forEach(System.out::println);
    }
    System.out.printf(
        "NullCheckPatch: %d null checks inserted, %d already there, %d methods checked by"
            + " Immutables itself, in %d files%n",
        patched, alreadyPatched, checkedByImmutables, files.size());
    return 0;
  }

  private void patch(Path file, String name) {
    String text = read(file);
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    String type = file.getFileName().toString().replace(".java", "");
    boolean helper = HELPER.matcher(text).find();
    int alreadyBefore = alreadyPatched;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.trim().startsWith("public ") || !line.contains("(")) {
        continue;
      }
      Matcher declaration = DECLARATION.matcher(line);
      if (!declaration.matches()) {
        // an abstract or interface method, a class, or a declaration on several lines
        String whole = declarationFrom(lines, i);
        if (mentionsShape(whole) && !whole.endsWith(";")) {
          failures.add(name + ":" + (i + 1) + ": cannot parse this declaration: " + whole);
        }
        continue;
      }
      String method = declaration.group(3);
      String parameters = declaration.group(4);
      if (!mentionsShape(parameters)) {
        continue;
      }
      String where = name + ":" + (i + 1) + ": " + method + "(" + parameters + ")";
      Matcher parameter = PARAMETER.matcher(parameters.trim());
      if (!parameters.isBlank() && splitsIntoSeveral(parameters)) {
        failures.add(where + ": an array or Optional parameter among several, a shape not known");
        continue;
      }
      if (!parameter.matches()) {
        failures.add(where + ": cannot parse the parameter");
        continue;
      }
      String check = classify(lines, i, type, method, parameter, where);
      if (check == null) {
        continue;
      }
      if (!helper) {
        failures.add(
            where + ": " + type + " has no requireNonNull(T, String) throwing Require.NullValue"
                + " (is ConveneStyle's throwForNullPointer still Require.NullValue?)");
        continue;
      }
      String indent = lines.get(i + 1).substring(0, lines.get(i + 1).indexOf(lines.get(i + 1).trim()));
      lines.add(i + 1, indent + check + " " + MARK);
      patched++;
      i++;
    }
    long marks = text.lines().filter(l -> l.endsWith(MARK)).count();
    if (marks != alreadyPatched - alreadyBefore) {
      failures.add(
          name + ": " + marks + " lines end with the patch mark, but " + (alreadyPatched - alreadyBefore)
              + " of them begin a method this patch knows: edited by hand?");
    }
    String result = String.join(newline, lines);
    if (!result.equals(text)) {
      changed.put(file, result);
    }
  }

  /**
   * The check to insert as the first statement of the method declared at {@code at}, or null when
   * it needs none (already patched, or Immutables checks the argument itself); a failure when the
   * body is not a shape this patch knows.
   */
  private String classify(
      List<String> lines, int at, String type, String method, Matcher parameter, String where) {
    boolean annotated = !parameter.group(1).isEmpty();
    String parameterType = parameter.group(2);
    boolean varargs = parameter.group(3) != null;
    String name = parameter.group(4);
    boolean optional = !varargs && OPTIONAL_TYPE.matcher(parameterType).matches();
    String first = lines.get(at + 1).trim();
    String second = lines.get(at + 2).trim();
    if (first.endsWith(MARK)) {
      String inserted = first.substring(0, first.length() - MARK.length()).trim();
      String expected = expectedCheck(lines, at, at + 2, type, method, varargs, name, where);
      if (expected == null) {
        return null;
      }
      if (!inserted.equals(expected)) {
        failures.add(where + ": patched before with " + inserted + ", expected " + expected);
        return null;
      }
      alreadyPatched++;
      return null;
    }
    // Immutables' own checks: a nullable collection's withX(T...), an Optional-typed attribute
    if (varargs && annotated && first.equals("if (" + name + " == null) {")) {
      checkedByImmutables++;
      return null;
    }
    if (optional && first.matches("this\\.\\w+ = " + type + "\\.requireNonNull\\(" + name + ", \"\\w+\"\\);")) {
      checkedByImmutables++;
      return null;
    }
    if (optional
        && first.matches("if \\(Objects\\.equals\\(this\\.\\w+, " + name + "\\)\\) return this;")
        && second.matches(".* = " + type + "\\.requireNonNull\\(" + name + ", \"\\w+\"\\);")) {
      checkedByImmutables++;
      return null;
    }
    if (!varargs && !optional) {
      failures.add(where + ": neither varargs nor Optional: " + parameterType);
      return null;
    }
    if (annotated) {
      failures.add(where + ": an annotated parameter whose body does not check it: " + first);
      return null;
    }
    return expectedCheck(lines, at, at + 1, type, method, varargs, name, where);
  }

  /**
   * The check for the method declared at {@code at} whose generated body starts at {@code body}:
   * the attribute comes from the field the body assigns or compares, and must agree with the
   * method's name.
   */
  private String expectedCheck(
      List<String> lines, int at, int body, String type, String method, boolean varargs, String name,
      String where) {
    String first = lines.get(body).trim();
    String second = lines.get(body + 1).trim();
    String q = Pattern.quote(name);
    String attribute;
    String prefix;
    Matcher m;
    if (varargs
        && (m = Pattern.compile("if \\(this\\.(\\w+) == null\\) \\{").matcher(first)).matches()
        && forEachOver(lines, at, name)) {
      attribute = m.group(1);
      prefix = "add";
    } else if (!varargs
        && (m = Pattern.compile("this\\.(\\w+) = " + q + "\\.(?:orElse\\(null\\)|isPresent\\(\\) \\? " + q
                + "\\.getAs(?:Int|Long|Double)\\(\\) : null);").matcher(first)).matches()
        && m.group(1).equals(name)) {
      attribute = m.group(1);
      prefix = "";
    } else if (!varargs
        && first.matches("[\\w.<>?, \\[\\]]+ value = " + q + "\\.(?:orElse\\(null\\)|isPresent\\(\\) \\? "
                + q + "\\.getAs(?:Int|Long|Double)\\(\\) : null);")
        && (m = Pattern.compile("if \\((?:Objects\\.equals\\(this\\.(\\w+), value\\)|this\\.(\\w+) == value)\\)"
                + " return this;").matcher(second)).matches()) {
      attribute = m.group(1) != null ? m.group(1) : m.group(2);
      prefix = "with";
    } else {
      failures.add(where + ": a body this patch does not know, starting: " + first);
      return null;
    }
    String expectedMethod =
        prefix.isEmpty()
            ? attribute
            : prefix + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    if (!method.equals(expectedMethod)) {
      failures.add(where + ": the body sets " + attribute + ", which " + method + " does not name");
      return null;
    }
    return type + ".requireNonNull(" + name + ", \"" + attribute + (varargs ? "" : " optional") + "\");";
  }

  /** The varargs body loops over its array: {@code for (T element : elements)}. */
  private static boolean forEachOver(List<String> lines, int at, String name) {
    String indent = lines.get(at).substring(0, lines.get(at).indexOf(lines.get(at).trim()));
    for (int i = at + 1; i < lines.size() && !lines.get(i).equals(indent + "}"); i++) {
      if (lines.get(i).trim().matches("for \\([\\w.<>?, \\[\\]]+ element : " + Pattern.quote(name) + "\\) \\{")) {
        return true;
      }
    }
    return false;
  }

  /** The declaration starting at {@code at}, joined up to the brace or semicolon that ends it. */
  private static String declarationFrom(List<String> lines, int at) {
    StringBuilder whole = new StringBuilder(lines.get(at).trim());
    for (int i = at + 1; i < lines.size() && !whole.toString().matches("(?s).*[{;]$"); i++) {
      whole.append(' ').append(lines.get(i).trim());
    }
    return whole.toString();
  }

  private static boolean mentionsShape(String text) {
    return text.contains("...") || text.contains("Optional");
  }

  /** Two or more parameters: a comma outside angle brackets. */
  private static boolean splitsIntoSeveral(String parameters) {
    int depth = 0;
    for (char c : parameters.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
