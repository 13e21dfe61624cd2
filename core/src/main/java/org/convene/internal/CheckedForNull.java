package org.convene.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a collection attribute whose null the generated code lets through to the type's own
 * {@code @Value.Check}, which reports it as a {@link org.convene.MissingValueException}:
 * Immutables would otherwise fail with a {@code NullPointerException} on a null collection given
 * to a bulk setter or a {@code withX} copy. The getter itself never returns null. Source
 * retention only; public so that every package of core can use it.
 */
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.SOURCE)
public @interface CheckedForNull {}
