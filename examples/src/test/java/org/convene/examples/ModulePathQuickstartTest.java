package org.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.convene.jdbc.RegistrationLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer on the module path: the README's quickstart, unchanged, compiled as a module that
 * {@code requires org.convene} against core's jar and {@code jakarta.validation-api} alone, and run
 * in a forked JVM with {@code java --module-path ... -m}; a consumer that reaches into an internal
 * package does not compile; validation works on the module path, for a consumer that requires
 * core alone (with Hibernate Validator on the module path, not {@code org.convene.validation}) and
 * through {@code org.convene.validation}; {@code org.convene.json} writes
 * and reads back the quickstart's event and hands out a schema from its jar; and {@code
 * org.convene.jdbc} runs its migration script from its jar (against a data source that records
 * the SQL: the database itself is the jdbc module's own tests' business).
 *
 * <p>The jars are the ones this test runs with, found from a class each holds: in a reactor build
 * ({@code mvn -B verify}) core is its packaged jar, in {@code mvn test} its {@code target/classes}
 * (an exploded module, {@code module-info.class} included); either serves on the module path.
 * The tests themselves run on the class path (core's test jar shares core's packages).
 */
class ModulePathQuickstartTest {
  private static final Path QUICKSTART = Path.of("src/main/java/org/convene/examples/Quickstart.java");

  /** A class of each jar a consumer of convene-json needs on its module path. */
  private static final List<String> CORE_AND_JSON =
      List.of(
          "org.convene.Event",
          "jakarta.validation.Constraint",
          "org.convene.json.ConveneJson",
          "tools.jackson.databind.json.JsonMapper",
          "tools.jackson.core.JsonParser",
          "com.fasterxml.jackson.annotation.JsonProperty");

  /**
   * The statements of a checker's {@code main} that build {@code ok}, the quickstart's event, and
   * {@code broken}: a blank title and a session that ends before it starts.
   */
  private static final String BROKEN_EVENT =
      "    Event ok = Quickstart.event();\n"
          + "    Track main = ok.getTracks().get(0);\n"
          + "    Session late = main.getSessions().get(0)\n"
          + "        .withEnd(LocalDateTime.of(2024, 3, 14, 8, 0));\n"
          + "    Event broken = ok.withTitle(\" \")\n"
          + "        .withTracks(main.withSessions(late, main.getSessions().get(1)));\n";

  @TempDir Path work;

  @Test
  void quickstart_compilesAndRuns_asAModuleRequiringOnlyOrgConvene() throws IOException {
    Path sources = work.resolve("src");
    write(sources.resolve("module-info.java"), "module quickstart {\n  requires org.convene;\n}\n");
    copyQuickstart(sources);
    Set<Path> modulePath = jarsOf("org.convene.Event", "jakarta.validation.Constraint");

    Path classes = compile(sources, modulePath);

    String output = run(classes, modulePath, "quickstart/org.convene.examples.Quickstart");
    assertEquals(
        "2024-03-14T09:00+01:00[Europe/Brussels]  Keynote\n"
            + "2024-03-14T18:00+01:00[Europe/Brussels]  Drinks\n",
        output);
  }

  @Test
  void internalPackages_areNotExported_toAConsumer() throws IOException {
    Path sources = work.resolve("src");
    write(sources.resolve("module-info.java"), "module intruder {\n  requires org.convene;\n}\n");
    write(
        sources.resolve("intruder/Intruder.java"),
        "package intruder;\n\n"
            + "public final class Intruder {\n"
            + "  private Intruder() {}\n\n"
            + "  public static Object reach() {\n"
            + "    return new org.convene.constraints.internal.InvalidValue(\"x\");\n"
            + "  }\n"
            + "}\n");
    Set<Path> modulePath = jarsOf("org.convene.Event", "jakarta.validation.Constraint");

    String errors = compileFailing(sources, modulePath);

    assertTrue(
        errors.contains("package org.convene.constraints.internal is declared in module org.convene,"
            + " which does not export it"),
        errors);
  }

  @Test
  void validation_worksOnTheModulePath_throughConveneValidation() throws IOException {
    Path sources = work.resolve("src");
    write(
        sources.resolve("module-info.java"),
        "module checker {\n  requires org.convene.validation;\n}\n");
    write(
        sources.resolve("checker/Check.java"),
        "package checker;\n\n"
            + "import jakarta.validation.Validation;\n"
            + "import java.time.LocalDateTime;\n"
            + "import java.util.Locale;\n"
            + "import org.convene.Event;\n"
            + "import org.convene.Session;\n"
            + "import org.convene.SessionKind;\n"
            + "import org.convene.Track;\n"
            + "import org.convene.examples.Quickstart;\n"
            + "import org.convene.validation.EventValidator;\n"
            + "import org.convene.validation.GoLiveCheck;\n\n"
            + "public final class Check {\n"
            + "  private Check() {}\n\n"
            + "  public static void main(String[] args) {\n"
            + BROKEN_EVENT
            + "    System.out.println(\"standard: \" + Validation.buildDefaultValidatorFactory()\n"
            + "        .getValidator().validate(broken).size());\n"
            + "    EventValidator.create().validate(broken, Locale.FRENCH)\n"
            + "        .forEach(v -> System.out.println(v.getPath() + \" \" + v.getCode()\n"
            + "            + \" | \" + v.getInvalidValue().orElseThrow() + \" | \" + v.getMessage()));\n"
            + "    System.out.println(\"go-live: \" + GoLiveCheck.check(ok, Locale.GERMAN).size());\n"
            + "  }\n"
            + "}\n");
    copyQuickstart(sources);
    Set<Path> modulePath =
        jarsOf(
            "org.convene.Event",
            "jakarta.validation.Constraint",
            "org.convene.validation.EventValidator",
            "org.hibernate.validator.HibernateValidator",
            "com.fasterxml.classmate.TypeResolver",
            "org.jboss.logging.Logger",
            "jakarta.el.ExpressionFactory",
            "org.glassfish.expressly.ExpressionFactoryImpl");

    Path classes = compile(sources, modulePath);

    List<String> lines = List.of(run(classes, modulePath, "checker/checker.Check").split("\n"));
    assertEquals("standard: 2", lines.get(0), lines::toString);
    assertTrue(lines.get(1).startsWith("title NotBlank |   | "), lines::toString);
    assertEquals(
        "tracks[0].sessions[0].end EndAfterStart | 2024-03-14T08:00 | la session keynote se termine à"
            + " 2024-03-14 08:00, ce qui n'est pas après son début à 2024-03-14 09:00",
        lines.get(2));
    assertTrue(lines.get(lines.size() - 1).startsWith("go-live: "), lines::toString);
    assertNotEquals("go-live: 0", lines.get(lines.size() - 1), lines::toString);
  }

  /**
   * A consumer that requires {@code org.convene} and {@code jakarta.validation} only, with
   * Hibernate Validator on the module path but not convene-validation: core's constraints
   * validate there, with the validators core ships (its opened {@code constraints.internal}).
   */
  @Test
  void validation_worksOnTheModulePath_forAConsumerOfCoreAlone() throws IOException {
    Path sources = work.resolve("src");
    write(
        sources.resolve("module-info.java"),
        "module checker {\n  requires org.convene;\n  requires jakarta.validation;\n}\n");
    write(
        sources.resolve("checker/Check.java"),
        "package checker;\n\n"
            + "import jakarta.validation.Validation;\n"
            + "import java.time.LocalDateTime;\n"
            + "import java.util.Comparator;\n"
            + "import org.convene.Event;\n"
            + "import org.convene.Session;\n"
            + "import org.convene.Track;\n"
            + "import org.convene.examples.Quickstart;\n\n"
            + "public final class Check {\n"
            + "  private Check() {}\n\n"
            + "  public static void main(String[] args) {\n"
            + BROKEN_EVENT
            + "    var validator = Validation.buildDefaultValidatorFactory().getValidator();\n"
            + "    System.out.println(\"valid: \" + validator.validate(ok).size());\n"
            + "    validator.validate(broken).stream()\n"
            + "        .map(v -> v.getPropertyPath() + \" \"\n"
            + "            + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())\n"
            + "        .sorted(Comparator.naturalOrder())\n"
            + "        .forEach(System.out::println);\n"
            + "  }\n"
            + "}\n");
    copyQuickstart(sources);
    Set<Path> compilePath = jarsOf("org.convene.Event", "jakarta.validation.Constraint");
    Set<Path> modulePath =
        jarsOf(
            "org.convene.Event",
            "jakarta.validation.Constraint",
            "org.hibernate.validator.HibernateValidator",
            "com.fasterxml.classmate.TypeResolver",
            "org.jboss.logging.Logger",
            "jakarta.el.ExpressionFactory",
            "org.glassfish.expressly.ExpressionFactoryImpl");
    assertTrue(modulePath.stream().noneMatch(p -> p.toString().contains("validation/target")), modulePath::toString);

    Path classes = compile(sources, compilePath);

    // Hibernate Validator comes in by service binding (jakarta.validation uses its provider); the
    // expression language its standard messages need, a static dependency of it, is added by name
    List<String> lines = List.of(run(classes, modulePath, "checker/checker.Check",
        "--add-modules", "jakarta.el,org.glassfish.expressly").split("\n"));
    assertEquals(
        List.of("valid: 0", "title NotBlank", "tracks[0].sessions[0].end EndAfterStart"), lines);
  }

  @Test
  void json_worksOnTheModulePath_roundTripAndSchemaFromItsJar() throws IOException {
    Path sources = work.resolve("src");
    write(sources.resolve("module-info.java"), "module writer {\n  requires org.convene.json;\n}\n");
    write(
        sources.resolve("writer/Write.java"),
        "package writer;\n\n"
            + "import org.convene.Event;\n"
            + "import org.convene.examples.Quickstart;\n"
            + "import org.convene.json.ConveneJson;\n\n"
            + "public final class Write {\n"
            + "  private Write() {}\n\n"
            + "  public static void main(String[] args) {\n"
            + "    ConveneJson json = ConveneJson.create();\n"
            + "    Event event = Quickstart.event();\n"
            + "    System.out.println(\"round trip: \" + json.read(json.writeString(event), Event.class).equals(event));\n"
            + "    System.out.println(\"schema: \" + ConveneJson.schema(Event.class).contains(\"\\\"$schema\\\"\"));\n"
            + "  }\n"
            + "}\n");
    copyQuickstart(sources);
    Set<Path> modulePath =
        jarsOf(CORE_AND_JSON);

    Path classes = compile(sources, modulePath);

    assertEquals("round trip: true\nschema: true\n", run(classes, modulePath, "writer/writer.Write"));
  }

  @Test
  void jdbc_worksOnTheModulePath_itsMigrationScriptReadFromItsJar() throws IOException {
    Path sources = work.resolve("src");
    write(
        sources.resolve("module-info.java"),
        "module migrator {\n  requires org.convene.jdbc;\n}\n");
    // a data source that records the SQL it is given: the script must come out of the jar, which
    // on the module path a class loader would not find in a package the module does not open
    write(
        sources.resolve("migrator/Migrate.java"),
        "package migrator;\n\n"
            + "import java.lang.reflect.Proxy;\n"
            + "import java.sql.Connection;\n"
            + "import java.sql.Statement;\n"
            + "import java.util.ArrayList;\n"
            + "import java.util.List;\n"
            + "import javax.sql.DataSource;\n"
            + "import org.convene.jdbc.RegistrationLog;\n\n"
            + "public final class Migrate {\n"
            + "  private Migrate() {}\n\n"
            + "  public static void main(String[] args) {\n"
            + "    List<String> sql = new ArrayList<>();\n"
            + "    Statement statement = recording(Statement.class, sql, null);\n"
            + "    Connection connection = recording(Connection.class, sql, statement);\n"
            + "    RegistrationLog.createSchema(recording(DataSource.class, sql, connection));\n"
            + "    sql.forEach(s -> System.out.println(s.strip().lines().findFirst().orElse(\"\")));\n"
            + "  }\n\n"
            + "  private static <T> T recording(Class<T> type, List<String> sql, Object next) {\n"
            + "    return type.cast(Proxy.newProxyInstance(Migrate.class.getClassLoader(), new Class<?>[] {type},\n"
            + "        (proxy, method, arguments) -> {\n"
            + "          if (method.getName().equals(\"execute\")) {\n"
            + "            sql.add((String) arguments[0]);\n"
            + "            return false;\n"
            + "          }\n"
            + "          if (method.getReturnType() == boolean.class) {\n"
            + "            return false;\n"
            + "          }\n"
            + "          return method.getReturnType().isInterface() ? next : null;\n"
            + "        }));\n"
            + "  }\n"
            + "}\n");
    Set<Path> modulePath =
        jarsOf(CORE_AND_JSON, "org.convene.jdbc.RegistrationLog");

    Path classes = compile(sources, modulePath);

    List<String> lines = List.of(run(classes, modulePath, "migrator/migrator.Migrate").split("\n"));
    assertTrue(lines.get(0).startsWith("SELECT pg_advisory_xact_lock("), lines::toString);
    List<String> scripts = new ArrayList<>();
    for (String script : RegistrationLog.MIGRATIONS) {
      scripts.add(firstLineOf(RegistrationLog.MIGRATION_LOCATION + "/" + script));
    }
    assertEquals(scripts, lines.subList(1, lines.size()));
  }

  /** The first line of a resource, read here on the class path. */
  private static String firstLineOf(String resource) throws IOException {
    try (InputStream in = RegistrationLog.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().lines().findFirst().orElseThrow();
    }
  }

  /** Puts the README's quickstart, unchanged, among a consumer's sources. */
  private static void copyQuickstart(Path sources) throws IOException {
    Files.createDirectories(sources.resolve("org/convene/examples"));
    Files.copy(QUICKSTART, sources.resolve("org/convene/examples/Quickstart.java"));
  }

  private static Set<Path> jarsOf(List<String> classNames, String... more) {
    List<String> all = new ArrayList<>(classNames);
    all.addAll(List.of(more));
    return jarsOf(all.toArray(String[]::new));
  }

  /** The jar (or classes directory) each class was loaded from, in this test's class path. */
  private static Set<Path> jarsOf(String... classNames) {
    Set<Path> paths = new LinkedHashSet<>();
    for (String name : classNames) {
      try {
        Class<?> type = Class.forName(name, false, ModulePathQuickstartTest.class.getClassLoader());
        paths.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("not on the test class path: " + name, e);
      }
    }
    return paths;
  }

  private Path compile(Path sources, Set<Path> modulePath) throws IOException {
    Path classes = work.resolve("classes");
    StringBuilder diagnostics = new StringBuilder();
    int status = javac(sources, modulePath, classes, diagnostics);
    assertEquals(0, status, diagnostics::toString);
    assertEquals("", diagnostics.toString().strip(), "javac -Xlint:all -Werror said");
    return classes;
  }

  private String compileFailing(Path sources, Set<Path> modulePath) throws IOException {
    StringBuilder diagnostics = new StringBuilder();
    int status = javac(sources, modulePath, work.resolve("classes"), diagnostics);
    assertNotEquals(0, status, "compiled: " + diagnostics);
    return diagnostics.toString();
  }

  private static int javac(Path sources, Set<Path> modulePath, Path classes, StringBuilder diagnostics)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    // an empty class path of its own: javac in this JVM would otherwise default to the test's
    // class path (core's test jar and all), and the consumer must see the module path only
    Path noClassPath = Files.createDirectories(sources.resolveSibling("no-class-path"));
    List<String> arguments = new ArrayList<>(List.of(
        "--release", "17", "-Xlint:all", "-Werror",
        "--class-path", noClassPath.toString(),
        "--module-path", join(modulePath), "-d", classes.toString()));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = javac.run(null, out, out, arguments.toArray(String[]::new));
    diagnostics.append(out.toString(StandardCharsets.UTF_8));
    return status;
  }

  /**
   * Runs a module's main class in a new JVM with nothing but the module path and the options
   * given; returns its standard output (Hibernate Validator logs its version on standard error).
   */
  private String run(Path classes, Set<Path> modulePath, String module, String... options) throws IOException {
    Set<Path> path = new LinkedHashSet<>();
    path.add(classes);
    path.addAll(modulePath);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "--module-path", join(path)));
    command.addAll(List.of(options));
    command.addAll(List.of("-m", module));
    Process process =
        new ProcessBuilder(command)
            .redirectError(work.resolve("stderr.txt").toFile())
            .start();
    String output;
    try {
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running");
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String errors = Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> output + errors);
    return output.replace(System.lineSeparator(), "\n");
  }

  private static String join(Set<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
