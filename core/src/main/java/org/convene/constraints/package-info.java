/**
 * Convene's cross-field constraints: Jakarta Validation annotations on the domain types, such as
 * {@link org.convene.constraints.EndAfterStart} on a session or
 * {@link org.convene.constraints.NoRoomOverlap} on an event.
 *
 * <p>Core only declares them ({@code @Constraint(validatedBy = {})}): the {@code
 * convene-validation} module implements them and registers the implementations through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, so that a standard {@code
 * jakarta.validation.Validator} obtained with {@code Validation.buildDefaultValidatorFactory()}
 * checks them whenever {@code convene-validation} is on the class path.
 */
package org.convene.constraints;
