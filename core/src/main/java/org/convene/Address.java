package org.convene;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A postal address, such as the seed event's "Place Stéphanie 20, 1050 Brussels, BE".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Address implements WithAddress {
  Address() {}

  /**
   * Returns the street and number.
   *
   * @return the street line, such as {@code "Place Stéphanie 20"}, not null
   */
  @NotBlank
  public abstract String getStreet();

  /**
   * Returns the postal code.
   *
   * @return the postal code, such as {@code "1050"}, or empty
   */
  public abstract Optional<String> getPostalCode();

  /**
   * Returns the city or town.
   *
   * @return the locality, such as {@code "Brussels"}, not null
   */
  @NotBlank
  public abstract String getLocality();

  /**
   * Returns the region, state or province.
   *
   * @return the region, or empty
   */
  public abstract Optional<String> getRegion();

  /**
   * Returns the country as an ISO 3166-1 alpha-2 code.
   *
   * @return the country code, such as {@code "BE"}, not null
   */
  @NotBlank
  public abstract String getCountry();

  /**
   * Returns the address on one line, the way a calendar's {@code LOCATION} shows it.
   *
   * @return street, postal code and locality, region and country, separated by commas, not null
   */
  public String toSingleLine() {
    StringBuilder line = new StringBuilder(getStreet()).append(", ");
    getPostalCode().ifPresent(code -> line.append(code).append(' '));
    line.append(getLocality());
    getRegion().ifPresent(region -> line.append(", ").append(region));
    return line.append(", ").append(getCountry()).toString();
  }

  @Value.Check
  void check() {
    Require.present(getStreet(), "Address", "street");
    Require.present(getLocality(), "Address", "locality");
    Require.present(getCountry(), "Address", "country");
  }

  /** Builds an {@link Address}; street, locality and country are required. */
  public static final class Builder extends ImmutableAddress.Builder {}
}
