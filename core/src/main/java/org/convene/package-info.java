/**
 * Convene's domain vocabulary: an {@link org.convene.Event} with its tracks, sessions, venue,
 * registration window, fee, travel policy and quotas, and the participants who take part.
 *
 * <h2>Bad input</h2>
 *
 * <p>One policy holds at every public entry point of this package, and of the rule engine {@link
 * org.convene.rules}: builder setters, {@code withX} copies, static factories and queries.
 *
 * <ul>
 *   <li>A missing value throws {@link org.convene.MissingValueException}, naming the type and the
 *       field or parameter: a required value never set (a quota's {@code limit} included), a null
 *       given for a required value, a null collection or array given to a bulk setter or a {@code
 *       withX} copy, a null element of a list or set, a null argument of a factory or query such
 *       as {@code event.findTrack(null)}.
 *   <li>A null given for an optional value means "absent" ({@code Optional.empty()}); a null {@code
 *       Optional} object is a missing value.
 *   <li>A bad value of this package's types never fails at construction: every business check
 *       (an end before a start, a quota larger than its capacity) is a Jakarta Validation
 *       constraint ({@link org.convene.constraints}), so that a data-entry tool gets all problems
 *       at once. An
 *       operation that cannot work with a value throws its feature's {@link
 *       org.convene.ConveneException} subclass, naming the value (the rule engine's {@code
 *       InvalidRequestException} for a track the event does not have; the rule engine's own values
 *       refuse a combination no snapshot can use at {@code build()}, as {@link org.convene.rules}
 *       says).
 * </ul>
 *
 * <p>No entry point of this package throws a {@code NullPointerException}. Two nulls reach methods
 * that Immutables generates {@code final} and that dereference their argument first: a null array
 * given to the varargs form of an {@code addX(...)} builder method, such as {@code
 * addTracks((Track[]) null)}, and a null {@code Optional} object (not an empty one) given to an
 * {@code Optional}-typed setter or copy, such as {@code end((Optional<LocalDateTime>) null)}.
 * Core's build inserts the generated code's own null check into each of them before it is
 * compiled, so they throw {@link MissingValueException} naming the field like every other null.
 * The test {@code ApiEdgeTest} sweeps every public entry point and fails on any {@code
 * NullPointerException}.
 *
 * <h2>Builders in this javadoc</h2>
 *
 * <p>Each {@code X.Builder} page lists every setter with its parameter type and a sentence linking
 * to the getter it sets, whose comment says what the value is and its default; the sentence marks
 * optional values and values with a default, and the builder's own comment names the required
 * ones.
 */
@ConveneStyle
package org.convene;

import org.convene.internal.ConveneStyle;
