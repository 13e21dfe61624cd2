package org.convene.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value package through its
 * {@code package-info.java}. Source retention: the annotation processor reads it, the jars never
 * carry it, so a consumer compiling without Immutables on its classpath sees no trace of it.
 *
 * <p>Null checks are ours, not Immutables': {@code validationMethod = NONE} lets a builder accept
 * anything, and each type's {@code @Value.Check} rejects a missing value or a null list element
 * with a {@link org.convene.MissingValueException} that names the type and the field.
 * {@code optionalAcceptNullable} makes {@code null} given for an optional value mean "absent".
 * {@code builderVisibility = PACKAGE} keeps the generated builder package-private, so that javadoc
 * lists each setter on the public {@code X.Builder} page it is inherited into.
 *
 * <p>The vocabulary ({@code org.convene}) uses {@code org.convene.VocabularyStyle} instead, which
 * adds its bad-input policy; {@code org.convene.rules} moves to it with the rules rewrite.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    optionalAcceptNullable = true,
    jakarta = true,
    get = {"get*", "is*"},
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ConveneStyle {}
