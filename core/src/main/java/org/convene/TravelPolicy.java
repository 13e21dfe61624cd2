package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * Who pays for participants' travel, what it covers, and for how many people.
 *
 * <p>The seed event: "The Commission can cover the reimbursement of travel costs for one public
 * and one private sector expert per Member State", with in-person attendance required:
 *
 * <pre>{@code
 * new TravelPolicy.Builder()
 *     .funder("European Commission")
 *     .addCoveredCosts(CostType.TRAVEL)
 *     .partition(Partition.by(PartitionKey.DELEGATION))
 *     .addSlots(TravelSlot.of("public-sector", ParticipantFilter.sector(Sector.PUBLIC), 1))
 *     .addSlots(TravelSlot.of("private-sector", ParticipantFilter.sector(Sector.PRIVATE), 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TravelPolicy implements WithTravelPolicy {
  TravelPolicy() {}

  /**
   * Returns who pays.
   *
   * @return the funder, such as {@code "European Commission"}, not null
   */
  @NotBlank
  public abstract String getFunder();

  /**
   * Returns the costs covered.
   *
   * @return the costs, empty unless set, not null
   */
  @Value.Default
  @CheckedForNull
  public Set<CostType> getCoveredCosts() {
    return Set.of();
  }

  /**
   * Returns the attendance that qualifies: online attendance never involves travel.
   *
   * @return the attendance, {@link Attendance#IN_PERSON} unless set, not null
   */
  @Value.Default
  public Attendance getQualifyingAttendance() {
    return Attendance.IN_PERSON;
  }

  /**
   * Returns how the slots are counted apart.
   *
   * @return the partition, by delegation unless set, not null
   */
  @Value.Default
  public Partition getPartition() {
    return Partition.by(PartitionKey.DELEGATION);
  }

  /**
   * Returns the categories of reimbursed travellers; a participant takes the first whose filter
   * they match.
   *
   * @return the slots, empty unless set, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid TravelSlot> getSlots() {
    return List.of();
  }

  /**
   * Returns the text readers see.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> getDescription();

  @Value.Check
  void check() {
    Require.present(getFunder(), "TravelPolicy", "funder");
    Require.noNulls(getCoveredCosts(), "TravelPolicy", "coveredCosts");
    Require.present(getQualifyingAttendance(), "TravelPolicy", "qualifyingAttendance");
    Require.present(getPartition(), "TravelPolicy", "partition");
    Require.noNulls(getSlots(), "TravelPolicy", "slots");
  }

  /** Builds a {@link TravelPolicy}; the funder is required. */
  public static final class Builder extends ImmutableTravelPolicy.Builder {}
}
