/**
 * Convene's cross-field constraints: Jakarta Validation annotations on the domain types, such as
 * {@link org.convene.constraints.EndAfterStart} on a session or
 * {@link org.convene.constraints.NoRoomOverlap} on an event.
 *
 * <p>Each annotation names its implementation ({@code @Constraint(validatedBy = ...)}), which
 * lives in core (in a package that is not API) and needs only {@code jakarta.validation-api}. So a
 * standard {@code jakarta.validation.Validator} from any provider, such as Spring's for a {@code
 * @Valid Event} request body or {@code Validation.buildDefaultValidatorFactory().getValidator()},
 * checks them with {@code convene-core} alone, and finds the same violations (paths, codes,
 * messages) as {@code org.convene.validation.EventValidator}.
 *
 * <p>Messages ship in core as {@code ContributorValidationMessages[_en|_fr|_de].properties}:
 * Hibernate Validator aggregates those bundles, so they never shadow the application's own
 * {@code ValidationMessages}, and it interpolates them in the locale the caller validates in.
 * Under another provider, which knows no contributor bundles and no message parameters, each
 * cross-field violation carries its message already formatted, in the JVM's default locale; its
 * path is the same.
 */
package org.convene.constraints;
