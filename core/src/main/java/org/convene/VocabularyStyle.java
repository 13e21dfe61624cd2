package org.convene;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the vocabulary ({@code org.convene}): {@link
 * org.convene.internal.ConveneStyle} plus one bad-input policy. Source retention: the jars never
 * carry it.
 *
 * <p>The generated builders and {@code withX} copies check every value ({@code validationMethod =
 * SIMPLE}) but throw our exceptions, never a {@code NullPointerException} or an {@code
 * IllegalStateException}: a null value or element becomes {@link Require.NullValue}, a required
 * value never set (a quota's {@code limit} included, though it is an {@code int}) becomes {@link
 * Require.MissingValues}, both {@link MissingValueException}s naming the type and the field.
 * Collection attributes are {@code @Value.Default} (empty) and {@link CheckedForNull}, so a null
 * collection given to a bulk setter or a {@code withX} copy reaches the type's {@code @Value.Check}
 * and is reported like any missing value.
 *
 * <p>{@code org.convene.rules} still uses {@code ConveneStyle}: the rules rewrite adopts this
 * policy, and the two styles become one again.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    throwForNullPointer = Require.NullValue.class,
    throwForInvalidImmutableState = Require.MissingValues.class,
    nullableAnnotation = "CheckedForNull",
    optionalAcceptNullable = true,
    jakarta = true,
    get = {"get*", "is*"},
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@interface VocabularyStyle {}
