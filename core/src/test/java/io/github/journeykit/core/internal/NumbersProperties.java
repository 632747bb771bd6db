package io.github.journeykit.core.internal;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class NumbersProperties {
  /** The definition: six significant digits of the exact value, trailing zeros dropped. */
  private static String reference(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  @Test
  void anyFiniteNumberIsShownAsItsSixDigitRounding() {
    qt().forAll(doubles().between(-1e16, 1e16))
        .checkAssert(value -> assertEquals(reference(value), Numbers.show(value)));
  }

  @Test
  void decimalsAsPeopleTypeThemAreShownAsTyped() {
    qt().forAll(integers().between(-10_000_000, 10_000_000), integers().between(0, 6))
        .checkAssert(
            (digits, scale) -> {
              double value = digits / Math.pow(10, scale);
              assertEquals(reference(value), Numbers.show(value));
            });
  }

  @Test
  void examples() {
    assertEquals("0.3", Numbers.show(0.1 + 0.2));
    assertEquals("7200", Numbers.show(7200.0));
    assertEquals("-1.5", Numbers.show(-1.5));
    assertEquals("0.000123457", Numbers.show(0.0001234567));
    assertEquals("3.14159", Numbers.show(Math.PI));
    assertEquals("NaN", Numbers.show(Double.NaN));
  }
}
