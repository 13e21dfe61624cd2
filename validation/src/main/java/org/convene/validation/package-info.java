/**
 * Jakarta Validation for Convene events: every problem in an event at once, each with its
 * property path, the value found there, a stable code and a message in English, French or German.
 *
 * <p>The constraints sit on core's domain types (standard ones such as {@code @NotBlank} on the
 * getters, cross-field ones from {@link org.convene.constraints}); this module implements the
 * cross-field ones and registers them through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, with Hibernate Validator as the
 * provider. So a standard {@code jakarta.validation.Validator} (Spring's, Quarkus', or {@code
 * Validation.buildDefaultValidatorFactory().getValidator()}) finds the same violations as
 * {@link org.convene.validation.EventValidator}, the thin convenience that returns them as an
 * ordered list of {@link org.convene.validation.Violation}s in the language asked for.
 *
 * <p>{@link org.convene.validation.GoLiveCheck} is separate: it reports
 * {@linkplain org.convene.validation.GoLiveWarning warnings} about rules that are valid field by
 * field but will not work as the organiser expects, such as a hybrid event with no online link.
 *
 * <p>Messages ship as {@code ContributorValidationMessages[_fr|_de].properties}, which Hibernate
 * Validator aggregates, so that they never shadow an application's own {@code
 * ValidationMessages}.
 */
package org.convene.validation;
