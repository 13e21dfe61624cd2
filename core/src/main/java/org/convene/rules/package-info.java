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
 *
 * <h2>Bad input</h2>
 *
 * <p>The vocabulary's one policy (see {@link org.convene}) holds here too, at every builder
 * setter, {@code withX} copy, constructor, factory, query and operation: a missing value (a
 * required value never set, a null value, collection, element or argument, no track where one is
 * required) throws {@link org.convene.MissingValueException} naming the type and the field or
 * parameter, a null given for an optional value means absent, and a request that is well formed
 * but impossible (a track the event does not have, someone not registered) throws a {@link
 * org.convene.rules.RulesException}. Unlike the vocabulary's, the rule engine's own values refuse
 * at {@code build()} a combination no snapshot can use (a request whose participant's id is
 * blank, an outcome marked full that passed, a refusal on a change of another kind, a field an
 * operation's kind takes no part of), with {@link org.convene.rules.InvalidRequestException}, as
 * their builders say.
 */
@ConveneStyle
package org.convene.rules;

import org.convene.internal.ConveneStyle;
