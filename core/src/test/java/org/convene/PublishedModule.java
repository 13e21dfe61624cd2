package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * A published module's {@code module-info}, read from its compiled output (its {@code
 * target/classes} folder or its jar), and the checks every published module's descriptor passes:
 * its name, and exports to everyone of exactly the packages that hold public API types (so that a
 * package someone adds is not silently hidden from module-path consumers), no {@code .internal}
 * one among them. Shared through core's test jar by the descriptor tests of each module.
 */
public final class PublishedModule {
  private PublishedModule() {}

  /**
   * Reads the descriptor of the module that holds a class.
   *
   * @param member any class of the module's main output, not null
   * @return the descriptor, not null
   */
  public static ModuleDescriptor descriptor(Class<?> member) {
    Path root = CoreClasses.location(member);
    try {
      if (Files.isDirectory(root)) {
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
      try (JarFile jar = new JarFile(root.toFile())) {
        try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that the module holding {@code member} is named {@code name} and exports to everyone
   * exactly its packages with public API types, and no {@code .internal} package.
   *
   * @param member any class of the module's main output, not null
   * @param name the module's expected name, not null
   */
  public static void assertExportsExactlyItsApi(Class<?> member, String name) {
    ModuleDescriptor descriptor = descriptor(member);
    assertEquals(name, descriptor.name());
    Set<String> api =
        CoreClasses.publicApi(member).stream()
            .map(Class::getPackageName)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(api, exported);
    assertFalse(exported.stream().anyMatch(p -> p.contains(".internal")), exported::toString);
  }

  /**
   * Checks that the module holding {@code member} opens no package and exports none to chosen
   * modules only: nothing of it is reached by reflection or by name from the outside beyond its
   * API.
   *
   * @param member any class of the module's main output, not null
   */
  public static void assertOpensNothingAndExportsNothingQualified(Class<?> member) {
    ModuleDescriptor descriptor = descriptor(member);
    assertEquals(Set.of(), descriptor.opens());
    assertEquals(
        List.of(),
        descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified).toList());
  }
}
