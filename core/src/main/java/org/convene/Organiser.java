package org.convene;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.Optional;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * Who runs an event, as a calendar's {@code ORGANIZER} and a page's contact show it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organiser implements WithOrganiser {
  Organiser() {}

  /**
   * Returns the organiser's name.
   *
   * @return the name, not null
   */
  @NotBlank
  public abstract String getName();

  /**
   * Returns the contact e-mail address.
   *
   * @return the address, or empty
   */
  public abstract Optional<@Email String> getEmail();

  /**
   * Returns the organiser's web site.
   *
   * @return the link, or empty
   */
  public abstract Optional<URI> getUrl();

  /**
   * Creates an organiser known by name only.
   *
   * @param name the name, not null
   * @return the organiser, not null
   */
  public static Organiser of(String name) {
    return new Builder().name(name).build();
  }

  @Value.Check
  void check() {
    Require.present(getName(), "Organiser", "name");
  }

  /** Builds an {@link Organiser}; the name is required. */
  public static final class Builder extends ImmutableOrganiser.Builder {}
}
