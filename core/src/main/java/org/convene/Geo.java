package org.convene;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.immutables.value.Value;

/**
 * A position on Earth in WGS 84 degrees, as written to a calendar's {@code GEO} property.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Geo implements WithGeo {
  Geo() {}

  /**
   * Returns the latitude.
   *
   * @return degrees north, from -90 to 90
   */
  @DecimalMin("-90")
  @DecimalMax("90")
  public abstract double getLatitude();

  /**
   * Returns the longitude.
   *
   * @return degrees east, from -180 to 180
   */
  @DecimalMin("-180")
  @DecimalMax("180")
  public abstract double getLongitude();

  /**
   * Creates a position.
   *
   * @param latitude degrees north, from -90 to 90
   * @param longitude degrees east, from -180 to 180
   * @return the position, not null
   */
  public static Geo of(double latitude, double longitude) {
    return new Builder().latitude(latitude).longitude(longitude).build();
  }

  /** Builds a {@link Geo}; latitude and longitude are required (or use {@link #of(double, double)}). */
  public static final class Builder extends ImmutableGeo.Builder {}
}
