package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * The place where an event, or a session that overrides it, happens: the seed event's venue is
 * "Comet Louise, Place Stéphanie 20, 1050 Brussels".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Venue implements WithVenue {
  Venue() {}

  /**
   * Returns the venue's name.
   *
   * @return the name, such as {@code "Comet Louise"}, not null
   */
  @NotBlank
  public abstract String getName();

  /**
   * Returns the postal address.
   *
   * @return the address, or empty
   */
  public abstract Optional<@Valid Address> getAddress();

  /**
   * Returns the position.
   *
   * @return the position, or empty
   */
  public abstract Optional<@Valid Geo> getGeo();

  /**
   * Returns the name followed by the address on one line.
   *
   * @return such as {@code "Comet Louise, Place Stéphanie 20, 1050 Brussels, BE"}, not null
   */
  public String toSingleLine() {
    return getAddress().map(a -> getName() + ", " + a.toSingleLine()).orElse(getName());
  }

  /**
   * Creates a venue with a name and an address.
   *
   * @param name the name, not null
   * @param address the address, not null
   * @return the venue, not null
   * @throws MissingValueException if the name or the address is null
   */
  public static Venue of(String name, Address address) {
    return new Builder().name(name).address(Require.argument(address, "Venue", "of", "address")).build();
  }

  @Value.Check
  void check() {
    Require.present(getName(), "Venue", "name");
  }

  /** Builds a {@link Venue}; the name is required. */
  public static final class Builder extends ImmutableVenue.Builder {}
}
