package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Currency;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * The amount one fee category pays, such as "standard: 450.00 EUR" or "student: 90.00 EUR".
 *
 * <p>A participant pays the price of the first category, in the fee's order, whose filter they
 * match.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Price implements WithPrice {
  Price() {}

  /**
   * Returns the category's name.
   *
   * @return the category, such as {@code "standard"}, not null
   */
  @NotBlank
  public abstract String getCategory();

  /**
   * Returns the amount.
   *
   * @return the amount in {@link #getCurrency()}, not null
   */
  @PositiveOrZero
  public abstract BigDecimal getAmount();

  /**
   * Returns the currency.
   *
   * @return the currency, not null
   */
  public abstract Currency getCurrency();

  /**
   * Returns who pays this price.
   *
   * @return the filter, {@link ParticipantFilter#any()} unless set, not null
   */
  @Value.Default
  @Valid
  public ParticipantFilter getAppliesTo() {
    return ParticipantFilter.any();
  }

  /**
   * Creates a price that applies to everyone.
   *
   * @param category the category's name, not null
   * @param amount the amount, not null
   * @param currency the currency, not null
   * @return the price, not null
   */
  public static Price of(String category, BigDecimal amount, Currency currency) {
    return new Builder().category(category).amount(amount).currency(currency).build();
  }

  @Value.Check
  void check() {
    Require.present(getCategory(), "Price", "category");
    Require.present(getAmount(), "Price", "amount");
    Require.present(getCurrency(), "Price", "currency");
    Require.present(getAppliesTo(), "Price", "appliesTo");
  }

  /** Builds a {@link Price}; category, amount and currency are required. */
  public static final class Builder extends ImmutablePrice.Builder {}
}
