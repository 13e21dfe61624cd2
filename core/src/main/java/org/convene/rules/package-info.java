/**
 * The rule engine: who may register for an {@link org.convene.Event}, who waits, and who gets
 * travel reimbursed.
 *
 * <p>{@link org.convene.rules.Registrations} is an immutable snapshot of an event's registrations
 * that answers any number of what-if questions ({@link
 * org.convene.rules.Registrations#evaluate(RegistrationRequest)}) and returns a new snapshot for
 * every change ({@code register}, {@code cancel}, {@code substitute}, {@code promote}); a {@link
 * org.convene.rules.RegistrationDesk} holds the current snapshot for concurrent use. Every {@link
 * org.convene.rules.Decision} names the outcome of each rule it evaluated, with the figures behind
 * it, and the participant's {@link org.convene.rules.Entitlements}.
 */
@ConveneStyle
package org.convene.rules;

import org.convene.internal.ConveneStyle;
