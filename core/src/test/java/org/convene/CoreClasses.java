package org.convene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the classes compiled into core's main output (its {@code target/classes} folder, or its
 * jar), so that a test can find by itself every builder, factory or constraint someone adds; and,
 * for the other modules' tests, the classes of the output holding any class of theirs.
 */
public final class CoreClasses {
  private CoreClasses() {}

  /**
   * Returns the classes of core, nested ones included, in name order.
   *
   * @return the classes, not empty
   */
  public static List<Class<?>> all() {
    return all(Event.class);
  }

  /**
   * Returns the classes compiled into the folder or jar that holds {@code member}, nested ones
   * included, in name order.
   *
   * @param member any class of a module's main output, not null
   * @return the classes, not empty
   */
  public static List<Class<?>> all(Class<?> member) {
    try {
      Path location = location(member);
      if (Files.isDirectory(location)) {
        return list(location, member.getClassLoader());
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return list(jar.getPath("/"), member.getClassLoader());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the public top-level and nested classes of core's API packages: not {@code .internal}
   * ones, not the package-private classes Immutables generates.
   *
   * @return the classes, in name order, not empty
   */
  public static List<Class<?>> publicApi() {
    return publicApi(Event.class);
  }

  /**
   * Returns the public top-level and nested classes outside {@code .internal} packages of the
   * folder or jar that holds {@code member}.
   *
   * @param member any class of a module's main output, not null
   * @return the classes, in name order, not empty
   */
  public static List<Class<?>> publicApi(Class<?> member) {
    return all(member).stream()
        .filter(c -> !c.getPackageName().contains(".internal"))
        .filter(CoreClasses::isPublicAllTheWayOut)
        .toList();
  }

  /**
   * Returns the folder or jar a class was loaded from.
   *
   * @param member the class, not null
   * @return its location, not null
   */
  public static Path location(Class<?> member) {
    try {
      return Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isPublicAllTheWayOut(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
  }

  private static List<Class<?>> list(Path root, ClassLoader loader) throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace(".class", "").replace('/', '.');
        if (name.endsWith("package-info") || name.equals("module-info")) {
          continue;
        }
        try {
          classes.add(Class.forName(name, false, loader));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("listed but not loadable: " + name, e);
        }
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    return classes;
  }
}
