package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
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

  private static ModuleDescriptor descriptor() {
    return PublishedModule.descriptor(Event.class);
  }

  @Test
  void isOrgConvene_exportingToEveryoneExactlyThePackagesWithPublicApiTypes() {
    PublishedModule.assertExportsExactlyItsApi(Event.class, "org.convene");
  }

  /**
   * The internal packages go to Convene's own modules only: the constraint implementations to
   * validation, the bad-input helper also to json, jdbc, ical and publish, which keep the same
   * policy.
   */
  @Test
  void exportsInternalPackages_onlyToConvenesOwnModules() {
    java.util.Map<String, Set<String>> qualified = new java.util.TreeMap<>();
    for (ModuleDescriptor.Exports export : descriptor().exports()) {
      if (export.isQualified()) {
        qualified.put(export.source(), export.targets());
      }
    }
    assertEquals(java.util.Map.of(
        "org.convene.constraints.internal", Set.of("org.convene.validation"),
        "org.convene.internal", Set.of("org.convene.validation", "org.convene.json", "org.convene.jdbc",
            "org.convene.ical", "org.convene.publish")), qualified);
  }

  @Test
  void opensExactlyThePackagesOfTheConstraintValidators() {
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
