package org.convene;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.convene.constraints.SingleCurrency;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * What participants pay: nothing, or a price per category, with waivers.
 *
 * <p>The seed event says "No fees are charged to participate in this event": {@link #free()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SingleCurrency
public abstract class Fee implements WithFee {
  Fee() {}

  /**
   * Returns the prices, in the order in which they are matched.
   *
   * @return the prices, empty for a free event, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid Price> getPrices() {
    return List.of();
  }

  /**
   * Returns the waivers.
   *
   * @return the waivers, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<@Valid FeeWaiver> getWaivers() {
    return List.of();
  }

  /**
   * Returns the text readers see about fees.
   *
   * @return the text, such as {@code "No fees are charged to participate in this event."}, or
   *     empty
   */
  public abstract Optional<String> getDescription();

  /**
   * Tells whether nobody pays anything.
   *
   * @return true if there is no price
   */
  public boolean isFree() {
    return getPrices().isEmpty();
  }

  /**
   * Returns the price a participant pays before waivers: the first whose filter matches.
   *
   * @param participant the participant, not null
   * @return the price, or empty if the event is free or no category matches
   * @throws MissingValueException if {@code participant} is null
   */
  public Optional<Price> priceFor(Participant participant) {
    Require.argument(participant, "Fee", "priceFor", "participant");
    return getPrices().stream().filter(p -> p.getAppliesTo().matches(participant)).findFirst();
  }

  /**
   * Returns the first waiver that applies to a participant.
   *
   * @param participant the participant, not null
   * @return the waiver, or empty
   * @throws MissingValueException if {@code participant} is null
   */
  public Optional<FeeWaiver> waiverFor(Participant participant) {
    Require.argument(participant, "Fee", "waiverFor", "participant");
    return getWaivers().stream().filter(w -> w.getAppliesTo().matches(participant)).findFirst();
  }

  /**
   * Returns the fee of a free event.
   *
   * @return a fee with no price, not null
   */
  public static Fee free() {
    return new Builder().build();
  }

  @Value.Check
  void check() {
    Require.noNulls(getPrices(), "Fee", "prices");
    Require.noNulls(getWaivers(), "Fee", "waivers");
  }

  /** Builds a {@link Fee}; every field is optional, and with no price the fee is free. */
  public static final class Builder extends ImmutableFee.Builder {}
}
