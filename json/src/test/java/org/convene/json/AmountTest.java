package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.convene.Event;
import org.convene.Fee;
import org.convene.Price;
import org.convene.SeedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Money is a decimal string beside its currency, and reads back with its scale. */
class AmountTest {
  private final ConveneJson json = ConveneJson.create();

  @ParameterizedTest
  @ValueSource(strings = {"250.00", "0", "0.000", "1E+3", "-12.5", "0.0000001", "123456789012345678901234567890.12"})
  void anAmount_isWrittenAsADecimalString_andReadBackWithItsScale(String amount) {
    Price price = Price.of("standard", new BigDecimal(amount), Currency.getInstance("EUR"));
    Event event = SeedEvent.event().withFee(new Fee.Builder().addPrices(price).build());
    String document = json.writeString(event);
    String written = new BigDecimal(amount).scale() >= 0 ? new BigDecimal(amount).toPlainString() : amount;
    assertTrue(document.contains("\"amount\":\"" + written + "\",\"currency\":\"EUR\""), document);
    assertEquals(event, json.read(document, Event.class));
  }
}
