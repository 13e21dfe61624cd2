package org.convene.rules;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.convene.internal.CheckedForNull;
import org.convene.internal.ConveneStyle;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * What an accepted participant is entitled to and owes: travel reimbursement, granted or refused
 * with a reason, and the fee due.
 *
 * <p>Travel is an entitlement, not a condition: in the seed event, a second public-sector expert
 * from Belgium is accepted while their travel is refused with {@code "SLOT_TAKEN"} and {@code "1
 * of 1 public-sector slots used, delegation BE"}; online attendance never qualifies ({@code
 * "ATTENDANCE_NOT_QUALIFYING"}). A request that is not accepted has no entitlements (reason
 * {@code "NOT_ACCEPTED"}).
 *
 * <p>Travel reason codes: {@code GRANTED}, {@code SLOT_TAKEN}, {@code NO_TRAVEL_POLICY}, {@code
 * ATTENDANCE_NOT_QUALIFYING}, {@code NO_MATCHING_CATEGORY}, {@code NOT_ACCEPTED}. Fee reason
 * codes: {@code FREE}, {@code PRICE}, {@code WAIVED}, {@code NOT_ACCEPTED}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ConveneStyle.PlainMaps
public abstract class Entitlements {
  Entitlements() {}

  /**
   * Tells whether travel is reimbursed.
   *
   * @return true if a travel slot is granted
   */
  public abstract boolean isTravelGranted();

  /**
   * Returns the travel slot category the participant falls in, granted or not.
   *
   * @return the category, such as {@code "public-sector"}, or empty if none applies
   */
  @Value.Default
  public Optional<String> getTravelCategory() {
    return Optional.empty();
  }

  /**
   * Returns the stable reason code of the travel decision.
   *
   * @return the code, such as {@code "GRANTED"} or {@code "SLOT_TAKEN"}, not null
   */
  public abstract String getTravelReason();

  /**
   * Returns the figures behind the travel decision.
   *
   * @return the text, such as {@code "1 of 1 public-sector slots used, delegation BE"}, possibly
   *     empty, not null
   */
  @Value.Default
  public String getTravelFigures() {
    return "";
  }

  /**
   * Returns the structured parameters behind the travel figures: {@code used}, {@code limit},
   * {@code category}, and one {@code partition.<key>} entry per partition attribute.
   *
   * @return the parameters, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public Map<String, String> getTravelParameters() {
    return Parameters.empty();
  }

  /**
   * Returns the fee due.
   *
   * @return the amount, zero when nothing is due, not null
   */
  @Value.Default
  public BigDecimal getFeeDue() {
    return BigDecimal.ZERO;
  }

  /**
   * Returns the currency of the fee due.
   *
   * @return the currency, or empty when nothing is due
   */
  @Value.Default
  public Optional<Currency> getFeeCurrency() {
    return Optional.empty();
  }

  /**
   * Returns the fee category applied, or the waiver's description.
   *
   * @return the category, such as {@code "standard"}, or empty for a free event
   */
  @Value.Default
  public Optional<String> getFeeCategory() {
    return Optional.empty();
  }

  /**
   * Returns the stable reason code of the fee.
   *
   * @return the code, such as {@code "FREE"}, not null
   */
  public abstract String getFeeReason();

  /** The entitlements of a request that is not accepted. */
  static Entitlements none() {
    return NONE;
  }

  private static final Entitlements NONE =
      new Builder().travelGranted(false).travelReason("NOT_ACCEPTED").feeReason("NOT_ACCEPTED").build();

  @Value.Check
  Entitlements check() {
    Require.present(getTravelReason(), "Entitlements", "travelReason");
    Require.present(getTravelFigures(), "Entitlements", "travelFigures");
    Require.noNulls(getTravelParameters(), "Entitlements", "travelParameters");
    Require.present(getFeeDue(), "Entitlements", "feeDue");
    Require.present(getFeeReason(), "Entitlements", "feeReason");
    if (!(getTravelParameters() instanceof Parameters)) {
      return new Builder().from(this).travelParameters(Parameters.copyOf(getTravelParameters())).build();
    }
    return this;
  }

  /** Builds {@link Entitlements}; travelGranted, travelReason and feeReason are required. */
  public static final class Builder extends ImmutableEntitlements.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets the travel slot category ({@link Entitlements#getTravelCategory()}); optional, absent
     * unless set.
     *
     * @param travelCategory the category, or null for none
     * @return this builder, not null
     */
    public Builder travelCategory(String travelCategory) {
      travelCategory(Optional.ofNullable(travelCategory));
      return this;
    }

    /**
     * Sets the currency of the fee due ({@link Entitlements#getFeeCurrency()}); optional, absent
     * unless set.
     *
     * @param feeCurrency the currency, or null for none
     * @return this builder, not null
     */
    public Builder feeCurrency(Currency feeCurrency) {
      feeCurrency(Optional.ofNullable(feeCurrency));
      return this;
    }

    /**
     * Sets the fee category applied or the waiver's description ({@link
     * Entitlements#getFeeCategory()}); optional, absent unless set.
     *
     * @param feeCategory the category, or null for none
     * @return this builder, not null
     */
    public Builder feeCategory(String feeCategory) {
      feeCategory(Optional.ofNullable(feeCategory));
      return this;
    }
  }
}
