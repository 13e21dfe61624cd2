package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Core's {@code module-info}, read from its compiled output: it exports exactly the packages that
 * hold public API types (so a package someone adds is not silently hidden from module-path
 * consumers), no {@code .internal} package to everyone, and opens exactly the packages whose
 * classes a Jakarta Validation provider instantiates. The module path itself is exercised by the
 * examples module's {@code ModulePathQuickstartTest}.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    URL location = Event.class.getProtectionDomain().getCodeSource().getLocation();
    Path root = Path.of(location.toURI());
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
  }

  @Test
  void moduleIsNamedOrgConvene() throws Exception {
    assertEquals("org.convene", descriptor().name());
  }

  @Test
  void exportsToEveryone_exactlyThePackagesWithPublicApiTypes() throws Exception {
    Set<String> api =
        CoreClasses.publicApi().stream().map(Class::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    Set<String> exported =
        descriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(api, exported);
    assertFalse(exported.stream().anyMatch(p -> p.contains(".internal")), exported::toString);
  }

  @Test
  void exportsAnInternalPackage_onlyToOrgConveneValidation() throws Exception {
    for (ModuleDescriptor.Exports export : descriptor().exports()) {
      if (export.isQualified()) {
        assertEquals(Set.of("org.convene.validation"), export.targets(), export.toString());
      }
    }
  }

  @Test
  void opensExactlyThePackagesOfTheConstraintValidators() throws Exception {
    Set<String> validatorPackages = new TreeSet<>();
    for (Class<?> type : CoreClasses.all()) {
      Constraint constraint = type.getAnnotation(Constraint.class);
      if (constraint != null) {
        for (Class<?> validator : constraint.validatedBy()) {
          validatorPackages.add(validator.getPackageName());
        }
      }
    }
    assertTrue(validatorPackages.contains("org.convene.constraints.internal"), validatorPackages::toString);
    Set<ModuleDescriptor.Opens> opens = descriptor().opens();
    assertFalse(opens.stream().anyMatch(ModuleDescriptor.Opens::isQualified), opens::toString);
    assertEquals(
        validatorPackages,
        opens.stream().map(ModuleDescriptor.Opens::source).collect(Collectors.toCollection(TreeSet::new)));
  }
}
