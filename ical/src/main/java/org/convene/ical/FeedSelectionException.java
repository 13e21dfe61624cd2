package org.convene.ical;

import org.convene.ConveneException;

/**
 * Thrown when a feed names something its event does not have, such as a track id that is not
 * one of the event's tracks.
 *
 * <p>The message names the field and the value and lists what would be valid, for example
 * {@code Feed.trackId "trainings" is not a track of event "oots-go-live-accelerator": use one of
 * [training, readiness]}.
 */
public final class FeedSelectionException extends ConveneException {
  private static final long serialVersionUID = 1L;

  FeedSelectionException(String message) {
    super(message);
  }
}
