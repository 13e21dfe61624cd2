package org.convene.validation;

import java.util.Objects;
import org.convene.internal.Require;

/**
 * Something in an event that is not an error but will not work as the organiser expects once
 * registration opens, found by {@link GoLiveCheck}: a track with no sessions, a hybrid event
 * without an online link, a quota that never applies, a travel category nobody can match.
 *
 * <p>The seed event, hybrid with no published link, yields one: {@code onlineAccess},
 * {@code OnlineLinkMissing}, "people can attend online, but the event publishes no online link".
 *
 * <p>{@link GoLiveCheck} makes them; a warning stored or sent elsewhere (as JSON, say) is made
 * again from its parts with {@link #of(String, String, String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoLiveWarning {
  private final String path;
  private final String code;
  private final String message;

  GoLiveWarning(String path, String code, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Makes a warning from its parts: one read back from where it was stored or sent (a REST
   * client reading a convene-json document, say).
   *
   * <pre>{@code
   * GoLiveWarning.of("onlineAccess", "OnlineLinkMissing",
   *     "people can attend online, but the event publishes no online link");
   * }</pre>
   *
   * @param path what the warning is about, such as {@code tracks[2]}; empty for the event itself;
   *     not null
   * @param code the stable code, such as {@code TrackWithoutSessions}, not null
   * @param message the message for people, not null
   * @return the warning, not null
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public static GoLiveWarning of(String path, String code, String message) {
    return new GoLiveWarning(
        Require.argument(path, "GoLiveWarning", "of", "path"),
        Require.argument(code, "GoLiveWarning", "of", "code"),
        Require.argument(message, "GoLiveWarning", "of", "message"));
  }

  /**
   * Returns what the warning is about, as a property path in the event.
   *
   * @return the path, such as {@code tracks[2]} or {@code travelPolicy.slots[1]}, not null
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns the stable code of the warning, for programs.
   *
   * @return the code, such as {@code TrackWithoutSessions}, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the message, for people, in the language asked for.
   *
   * @return the message, not null
   */
  public String getMessage() {
    return message;
  }

  /**
   * Compares path, code and message.
   *
   * @param other the object to compare with, may be null
   * @return true if {@code other} is an equal warning
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof GoLiveWarning)) {
      return false;
    }
    GoLiveWarning that = (GoLiveWarning) other;
    return path.equals(that.path) && code.equals(that.code) && message.equals(that.message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(path, code, message);
  }

  /**
   * Returns the warning as one line: {@code tracks[2]: TrackWithoutSessions: message}.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return path + ": " + code + ": " + message;
  }
}
