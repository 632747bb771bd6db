package io.github.journeykit.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short forms of numbers for {@code toString()} and messages. Not public API. */
public final class Numbers {
  private static final MathContext SHOWN = new MathContext(6);

  private Numbers() {}

  /**
   * A number as people write it: {@code 4} rather than {@code 4.0}, and at most six significant
   * digits ({@code 0.3} rather than {@code 0.30000000000000004}).
   *
   * @param value the number
   * @return its short form
   */
  public static String show(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    // The shortest form that reads back as the value is already the answer when it has at most
    // six significant digits; rounding through BigDecimal costs a hundred times more.
    String shortest = Double.toString(value);
    if (shortest.indexOf('E') < 0 && significantDigits(shortest) <= SHOWN.getPrecision()) {
      return shortest;
    }
    return new BigDecimal(value).round(SHOWN).stripTrailingZeros().toPlainString();
  }

  private static int significantDigits(String plain) {
    int digits = 0;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c >= '1' && c <= '9' || (c == '0' && digits > 0)) {
        digits++;
      }
    }
    return digits;
  }
}
