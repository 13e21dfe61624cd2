package org.convene;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A limit on how many people take part: over a {@linkplain QuotaScope scope}, counted apart per
 * {@linkplain Partition partition}, optionally for one kind of attendance only.
 *
 * <p>The seed event's "participation is limited to a maximum of three people per Member State
 * for each of these two tracks" is one quota:
 *
 * <pre>{@code
 * new Quota.Builder()
 *     .id("per-member-state-per-track")
 *     .scope(QuotaScope.eachTrack())
 *     .partition(Partition.by(PartitionKey.DELEGATION))
 *     .limit(3)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quota implements WithQuota {
  Quota() {}

  /**
   * Returns the quota's stable id, which decisions name.
   *
   * @return the id, not null
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns what the quota counts over.
   *
   * @return the scope, not null
   */
  public abstract QuotaScope getScope();

  /**
   * Returns how the count is split.
   *
   * @return the partition, {@link Partition#none()} unless set, not null
   */
  @Value.Default
  public Partition getPartition() {
    return Partition.none();
  }

  /**
   * Returns the one kind of attendance counted.
   *
   * @return the attendance, or empty to count everyone
   */
  public abstract Optional<Attendance> getAttendance();

  /**
   * Returns the most people counted in one partition of one scope.
   *
   * <p>Required: a builder given no limit throws {@link MissingValueException} naming {@code
   * limit}. A limit below 1 is reported by validation ({@code Positive}).
   *
   * @return the limit
   */
  @Positive
  public abstract int getLimit();

  /**
   * Returns the text readers see.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> getDescription();

  @Value.Check
  void check() {
    Require.present(getId(), "Quota", "id");
    Require.present(getScope(), "Quota", "scope");
    Require.present(getPartition(), "Quota", "partition");
  }

  /** Builds a {@link Quota}; id, scope and limit are required. */
  public static final class Builder extends ImmutableQuota.Builder {}
}
