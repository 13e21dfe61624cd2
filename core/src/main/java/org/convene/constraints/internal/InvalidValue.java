package org.convene.constraints.internal;

/**
 * The dynamic payload our cross-field validators attach to a violation: the value at the
 * violation's path, where Jakarta Validation would report the whole bean of a class-level
 * constraint.
 *
 * @param value the value at the path, null when there is none
 */
public record InvalidValue(Object value) {}
