/**
 * Jakarta Validation for Convene events: every problem in an event at once, each with its
 * property path, the value found there, a stable code and a message in English, French or German.
 *
 * <p>The constraints sit on core's domain types (standard ones such as {@code @NotBlank} on the
 * getters, cross-field ones from {@link org.convene.constraints}, implemented in core too). So a
 * standard {@code jakarta.validation.Validator} (Spring's, Quarkus', or {@code
 * Validation.buildDefaultValidatorFactory().getValidator()}) finds the same violations as
 * {@link org.convene.validation.EventValidator} even without this module. This module adds
 * Hibernate Validator as the provider, {@code EventValidator}, the thin convenience that returns
 * the violations as an ordered list of {@link org.convene.validation.Violation}s in the language
 * asked for, and the go-live check.
 *
 * <p>{@link org.convene.validation.GoLiveCheck} is separate: it reports
 * {@linkplain org.convene.validation.GoLiveWarning warnings} about rules that are valid field by
 * field but will not work as the organiser expects, such as a hybrid event with no online link.
 *
 * <p>The constraints' messages ship in core as {@code
 * ContributorValidationMessages[_en|_fr|_de].properties}, which Hibernate Validator aggregates, so
 * that they never shadow an application's own {@code ValidationMessages}.
 */
package org.convene.validation;
