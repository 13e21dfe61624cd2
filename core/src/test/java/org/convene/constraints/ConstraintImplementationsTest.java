package org.convene.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.convene.CoreClasses;
import org.convene.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every constraint of core names its implementation in core, which accepts null, and its code has
 * a message in English, French and German, shipped in core: the constraints are found by scanning
 * core's classes.
 */
class ConstraintImplementationsTest {
  private static final String BUNDLE = "ContributorValidationMessages";

  /** Keys a validator reports with besides its annotation's default message. */
  private static final Set<String> EXTRA_KEYS =
      Set.of(
          "org.convene.constraints.QuotasWithinCapacity.unknownTarget",
          "org.convene.constraints.SessionsWithinDates.nonexistentTime");

  @Test
  void everyConstraint_namesItsImplementationInCore() {
    for (Class<?> constraint : constraints()) {
      Constraint declared = constraint.getAnnotation(Constraint.class);
      assertEquals(1, declared.validatedBy().length, constraint.getName());
      assertEquals(
          "org.convene.constraints.internal." + constraint.getSimpleName() + "Validator",
          declared.validatedBy()[0].getName());
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyImplementation_acceptsNull_ratherThanThrowing() throws ReflectiveOperationException {
    for (Class<?> constraint : constraints()) {
      Class<? extends ConstraintValidator<?, ?>> type = constraint.getAnnotation(Constraint.class).validatedBy()[0];
      ConstraintValidator validator = type.getConstructor().newInstance();
      assertTrue(validator.isValid(null, null), type.getName());
    }
  }

  @Test
  void everyConstraintCode_hasAMessageInEveryLanguage() {
    Set<String> expected = new TreeSet<>(EXTRA_KEYS);
    for (Class<?> constraint : constraints()) {
      expected.add(constraint.getName() + ".message");
    }
    for (String language : List.of("", "_fr", "_de")) {
      assertEquals(expected, MessageBundles.load(BUNDLE + language).stringPropertyNames(), "bundle" + language);
    }
  }

  @Test
  void frenchAndGermanMessages_translateEveryEnglishOne() {
    MessageBundles.assertTranslated(BUNDLE);
  }

  @Test
  void englishBundle_existsSoThatEnglishNeverFallsBackToTheDefaultLocale() {
    assertTrue(MessageBundles.load(BUNDLE + "_en").isEmpty());
  }

  private static List<Class<?>> constraints() {
    List<Class<?>> constraints =
        CoreClasses.publicApi().stream().filter(c -> c.isAnnotationPresent(Constraint.class)).toList();
    assertEquals(14, constraints.size(), constraints::toString);
    return constraints;
  }
}
