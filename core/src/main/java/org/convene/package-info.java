/**
 * Convene's domain vocabulary: an {@link org.convene.Event} with its tracks, sessions, venue,
 * registration window, fee, travel policy and quotas, and the participants who take part.
 */
@ConveneStyle
package org.convene;

import org.convene.internal.ConveneStyle;
