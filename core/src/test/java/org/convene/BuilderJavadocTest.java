package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.convene.internal.Require;
import org.junit.jupiter.api.Test;

/**
 * Every public builder's own javadoc says which of its setters are required, and it is right.
 *
 * <p>The setters themselves are Immutables' (final, so no builder of ours can declare them again):
 * the javadoc lists each on the public {@code X.Builder} page with its parameter type and a
 * sentence naming what it sets, linked to the getter that says what the value is and its default,
 * and marks the optional ones and the ones with a default. What a setter's sentence cannot say is
 * that its value is required; the builder's class comment does, and this test holds it to what the
 * builder enforces: an empty builder's {@code build()} names exactly the required attributes, and
 * the comment must name each of them and say "required" (or "optional" when there is none).
 * Builders are found by scanning core's classes, so a new one is checked as soon as it exists.
 * And every getter with a default (a {@code @Value.Default} in core's sources) says in its
 * {@code @return} what the value is when its setter is never called.
 */
class BuilderJavadocTest {
  /** A javadoc comment, the annotations after it and the name of the getter it documents. */
  private static final Pattern GETTER =
      Pattern.compile(
          "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*((?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*)public\\s+[^(;{]+?\\s+(\\w+)\\(\\)",
          Pattern.DOTALL);

  /** The words a getter's {@code @return} uses for its default: "unless set", "(the default)". */
  private static final Pattern SAYS_DEFAULT = Pattern.compile("unless set|default|empty|zero");

  @Test
  void everyBuilderComment_namesExactlyWhatItsBuildRequires() throws IOException {
    List<String> failures = new ArrayList<>();
    int builders = 0;
    for (Class<?> builder : CoreClasses.publicApi()) {
      if (!builder.getSimpleName().equals("Builder") || builder.getEnclosingClass() == null) {
        continue;
      }
      builders++;
      List<String> required = required(builder);
      String comment = normalized(comment(builder));
      if (required.isEmpty()) {
        if (!comment.contains("optional")) {
          failures.add(builder.getName() + ": nothing is required, but its comment does not say optional");
        }
        continue;
      }
      if (!comment.contains("required")) {
        failures.add(builder.getName() + ": " + required + " are required, but its comment does not say so");
      }
      for (String attribute : required) {
        if (!comment.contains(normalized(attribute))) {
          failures.add(builder.getName() + ": its comment does not name the required " + attribute);
        }
      }
    }
    assertTrue(builders > 30, "found " + builders + " builders");
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  @Test
  void everyGetterWithADefault_saysItInItsReturnTag() throws IOException {
    List<String> failures = new ArrayList<>();
    int defaults = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/convene"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher getter = GETTER.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (getter.find()) {
          if (!getter.group(2).contains("@Value.Default")) {
            continue;
          }
          defaults++;
          String comment = getter.group(1);
          int tag = comment.indexOf("@return");
          String returns = tag < 0 ? "" : comment.substring(tag).replaceAll("[\\s*]+", " ");
          if (!SAYS_DEFAULT.matcher(returns).find()) {
            failures.add(file.getFileName() + " " + getter.group(3) + ": " + returns);
          }
        }
      }
    }
    assertTrue(defaults > 40, "found " + defaults + " getters with a default");
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  /** What an empty builder's build() says is missing: nothing, or the required attributes. */
  private static List<String> required(Class<?> builder) {
    try {
      Object empty = builder.getConstructor().newInstance();
      Method build = builder.getMethod("build");
      build.setAccessible(true);
      build.invoke(empty);
      return List.of();
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof Require.MissingValues missing) {
        return missing.getAttributes();
      }
      if (e.getCause() instanceof MissingValueException missing) {
        return List.of(missing.getField());
      }
      throw new AssertionError(builder.getName() + ".build() on an empty builder threw " + e.getCause(), e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(builder.getName() + " cannot be built empty: " + e, e);
    }
  }

  /** The javadoc comment just before {@code class Builder} in the outer type's source. */
  private static String comment(Class<?> builder) throws IOException {
    Class<?> outer = builder.getEnclosingClass();
    while (outer.getEnclosingClass() != null) {
      outer = outer.getEnclosingClass();
    }
    Path source = Path.of("src/main/java", outer.getName().replace('.', '/') + ".java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int declaration = text.indexOf("class Builder ");
    assertTrue(declaration > 0 && Modifier.isPublic(builder.getModifiers()), builder.getName() + " in " + source);
    int end = text.lastIndexOf("*/", declaration);
    int start = text.lastIndexOf("/**", end);
    assertTrue(start >= 0 && text.substring(end, declaration).lines().count() <= 2,
        () -> builder.getName() + " has no javadoc of its own in " + source);
    return text.substring(start + 3, end);
  }

  /** {@code startDate}, "start date" and "Start  date" all become {@code startdate}. */
  private static String normalized(String text) {
    return text.replaceAll("[\\s*]+", "").toLowerCase(Locale.ROOT);
  }
}
