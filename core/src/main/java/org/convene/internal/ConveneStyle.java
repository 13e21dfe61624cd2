package org.convene.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value package through its {@code
 * package-info.java} (the vocabulary {@code org.convene} and the rule engine {@code
 * org.convene.rules}), with the one bad-input policy. Source retention: the annotation processor
 * reads it, the jars never carry it, so a consumer compiling without Immutables on its classpath
 * sees no trace of it.
 *
 * <p>The generated builders and {@code withX} copies check every value ({@code validationMethod =
 * SIMPLE}) but throw our exceptions, never a {@code NullPointerException} or an {@code
 * IllegalStateException}: a null value or element becomes {@link Require.NullValue}, a required
 * value never set (a quota's {@code limit} or a rule outcome's {@code passed} included, though
 * they are primitives) becomes {@link Require.MissingValues}, both {@link
 * org.convene.MissingValueException}s naming the type and the field. Collection attributes are
 * {@code @Value.Default} (empty) and {@link CheckedForNull}, so a null collection given to a bulk
 * setter or a {@code withX} copy reaches the type's {@code @Value.Check} and is reported like any
 * missing value. {@code optionalAcceptNullable} makes {@code null} given for an optional value
 * mean "absent". {@code builderVisibility = PACKAGE} keeps the generated builder package-private,
 * so that javadoc lists each setter on the public {@code X.Builder} page it is inherited into.
 *
 * <p>Two nulls escape this style, because Immutables generates the methods they reach {@code
 * final} and dereferences the argument before anything else: a null array given to a varargs
 * {@code addX(T...)}, and a null {@code Optional} object given to {@code x(Optional)} or {@code
 * withX(Optional)}. No style setting covers them ({@code optionalAcceptNullable} is for the
 * unwrapped {@code x(T)} form), and the public builders cannot override final methods. Core's build
 * closes them instead: Immutables runs alone ({@code proc only}), then {@code
 * core/src/build/java/NullCheckPatch.java} inserts, as the first statement of each such generated
 * method, a call of the class's generated {@code requireNonNull}, so it throws {@link
 * Require.NullValue} naming the attribute, and then the sources are compiled. The patch changes no
 * signature or javadoc and fails the build on a generated method of these kinds it does not
 * recognise; {@code ApiEdgeTest} fails on any {@code NullPointerException}.
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
public @interface ConveneStyle {
  /**
   * {@link ConveneStyle} for a value type with a {@code Map} attribute: the same settings, with
   * {@code builtinContainerAttributes = false}. Immutables' generated {@code putX(Map.Entry)} and
   * {@code putAllX(Map)} dereference their argument before any check of ours runs, so a null
   * would end in a {@code NullPointerException}; without them the builder has the one setter
   * {@code x(Map)}, whose null reaches the type's {@code @Value.Check}. The type copies the map
   * itself (a normalizing {@code @Value.Check}), since Immutables no longer does.
   */
  @Target(ElementType.TYPE)
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
      builtinContainerAttributes = false,
      defaults = @Value.Immutable(copy = true))
  @interface PlainMaps {}
}
