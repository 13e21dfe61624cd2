package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public {@code X.Builder} extends a package-private generated builder of its own package:
 * that is what makes javadoc list each inherited setter on the {@code X.Builder} page, with its
 * signature and sentence, instead of bare names "inherited from ImmutableX.Builder" (the style's
 * {@code builderVisibility = PACKAGE}, with the generated sources on core's javadoc source path).
 */
class BuilderPagesTest {

  @Test
  void everyPublicBuilder_extendsAPackagePrivateGeneratedBuilder() {
    List<Class<?>> builders =
        CoreClasses.publicApi().stream()
            .filter(c -> c.getSimpleName().equals("Builder") && c.getEnclosingClass() != null)
            .toList();
    assertTrue(builders.size() >= 30, builders::toString);
    for (Class<?> builder : builders) {
      Class<?> generated = builder.getSuperclass();
      assertEquals(builder.getPackageName(), generated.getPackageName(), builder.getName());
      assertFalse(Modifier.isPublic(generated.getModifiers()), generated.getName() + " is public");
      assertTrue(
          generated.getDeclaredMethods().length > 1, generated.getName() + " declares the setters");
    }
  }
}
