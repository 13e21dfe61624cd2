package org.convene;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * How a limit is split into separate counts: not at all, or by one or more participant
 * attributes.
 *
 * <p>"At most three people per Member State" is {@code Partition.by(PartitionKey.DELEGATION)};
 * {@code Partition.by(DELEGATION, SECTOR)} counts each delegation's sectors apart.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Partition implements WithPartition {
  Partition() {}

  /**
   * Returns the attributes that split the count, in order, without repeats (a repeated key is
   * kept once, where it first appears).
   *
   * <p>The builder needs them set, possibly to an empty list (Immutables cannot give the one
   * attribute of a type both a default and a null check): use {@link #none()} or {@link
   * #by(PartitionKey...)}.
   *
   * @return the keys, empty for no split, not null
   */
  @CheckedForNull
  public abstract List<PartitionKey> getKeys();

  /**
   * Tells whether the count is not split at all.
   *
   * @return true if there is no key
   */
  public boolean isNone() {
    return getKeys().isEmpty();
  }

  /**
   * Returns the partition that does not split.
   *
   * @return the partition with no key, not null
   */
  public static Partition none() {
    return new Builder().keys(List.of()).build();
  }

  /**
   * Returns a partition by the given attributes.
   *
   * @param keys the attributes, in order, not null
   * @return the partition, not null
   * @throws MissingValueException if {@code keys} is null or holds null
   */
  public static Partition by(PartitionKey... keys) {
    Require.elements(keys, "Partition", "by", "keys");
    return new Builder().keys(Arrays.asList(keys)).build();
  }

  @Value.Check
  Partition normalize() {
    Require.present(getKeys(), "Partition", "keys"); // required, unlike other collections: no default
    Require.noNulls(getKeys(), "Partition", "keys");
    List<PartitionKey> distinct = getKeys().stream().distinct().collect(Collectors.toList());
    return distinct.size() == getKeys().size() ? this : new Builder().keys(distinct).build();
  }

  /** Builds a {@link Partition}; the keys are required, possibly empty ({@link #none()}). */
  public static final class Builder extends ImmutablePartition.Builder {}
}
