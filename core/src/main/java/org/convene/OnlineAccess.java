package org.convene;

import java.net.URI;
import java.util.Optional;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * How online participants join an event: a link, the platform, and instructions.
 *
 * <p>The seed page says the event is run online too but does not publish how to join, so the
 * seed event has no online access at all: Convene records what is known and never invents the
 * rest.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OnlineAccess implements WithOnlineAccess {
  OnlineAccess() {}

  /**
   * Returns the link online participants open.
   *
   * @return the link, or empty while it is not published
   */
  public abstract Optional<URI> getUrl();

  /**
   * Returns the conferencing platform.
   *
   * @return the platform, such as {@code "Webex"}, or empty
   */
  public abstract Optional<String> getPlatform();

  /**
   * Returns joining instructions.
   *
   * @return the instructions, or empty
   */
  public abstract Optional<String> getInstructions();

  /**
   * Creates online access through a link.
   *
   * @param url the link, not null
   * @return the online access, not null
   * @throws MissingValueException if the link is null
   */
  public static OnlineAccess of(URI url) {
    return new Builder().url(Require.argument(url, "OnlineAccess", "of", "url")).build();
  }

  /** Builds an {@link OnlineAccess}; every field is optional. */
  public static final class Builder extends ImmutableOnlineAccess.Builder {}
}
