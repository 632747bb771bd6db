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
    return new BigDecimal(value).round(SHOWN).stripTrailingZeros().toPlainString();
  }
}
