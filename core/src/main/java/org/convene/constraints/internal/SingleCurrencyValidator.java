package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;
import java.util.List;
import org.convene.Fee;
import org.convene.Price;
import org.convene.constraints.SingleCurrency;

/** Implements {@link SingleCurrency}: every price is compared with the first. */
public final class SingleCurrencyValidator implements ConstraintValidator<SingleCurrency, Fee> {
  /** Creates the validator; Jakarta Validation does. */
  public SingleCurrencyValidator() {}

  @Override
  public boolean isValid(Fee fee, ConstraintValidatorContext context) {
    if (fee == null || fee.getPrices().isEmpty()) {
      return true;
    }
    List<Price> prices = fee.getPrices();
    Currency expected = prices.get(0).getCurrency();
    boolean valid = true;
    for (int i = 1; i < prices.size(); i++) {
      Price price = prices.get(i);
      if (!price.getCurrency().equals(expected)) {
        valid = false;
        Report.of("{org.convene.constraints.SingleCurrency.message}")
            .param("category", price.getCategory())
            .param("currency", price.getCurrency().getCurrencyCode())
            .param("expected", expected.getCurrencyCode())
            .value(price.getCurrency())
            .node("prices")
            .node("currency", i)
            .to(context);
      }
    }
    return valid;
  }
}
