package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * One category of reimbursed travellers in a {@link TravelPolicy}: who qualifies, and how many
 * per partition.
 *
 * <p>The seed event has two: "public-sector" (sector {@link Sector#PUBLIC}, one per Member State)
 * and "private-sector" (sector {@link Sector#PRIVATE}, one per Member State).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TravelSlot implements WithTravelSlot {
  TravelSlot() {}

  /**
   * Returns the category's stable name, which decisions name.
   *
   * @return the category, such as {@code "public-sector"}, not null
   */
  @NotBlank
  public abstract String getCategory();

  /**
   * Returns who qualifies for this category.
   *
   * @return the filter, not null
   */
  @Valid
  public abstract ParticipantFilter getEligible();

  /**
   * Returns how many people of this category are reimbursed in each partition.
   *
   * @return the number per partition, 1 unless set
   */
  @Value.Default
  @Positive
  public int getPerPartition() {
    return 1;
  }

  /**
   * Creates a slot category.
   *
   * @param category the category's name, not null
   * @param eligible who qualifies, not null
   * @param perPartition how many per partition
   * @return the slot, not null
   */
  public static TravelSlot of(String category, ParticipantFilter eligible, int perPartition) {
    return new Builder().category(category).eligible(eligible).perPartition(perPartition).build();
  }

  @Value.Check
  void check() {
    Require.present(getCategory(), "TravelSlot", "category");
    Require.present(getEligible(), "TravelSlot", "eligible");
  }

  /** Builds a {@link TravelSlot}; category and eligible (who qualifies) are required. */
  public static final class Builder extends ImmutableTravelSlot.Builder {}
}
