package io.github.journeykit.export.internal.text;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Numbers written so that they read back as the same {@code double}, the same way on every JDK. Not
 * public API.
 */
public final class Decimals {
  /** Integral values below this magnitude are written without a fraction. */
  private static final double LARGEST_PLAIN = 1e15;

  private Decimals() {}

  /**
   * Whether {@code value} is written as a whole number: integral, small enough, and not -0.
   *
   * @param value a finite number
   * @return true if {@link #exact} writes it without a fraction
   */
  public static boolean isWhole(double value) {
    return value == Math.rint(value)
        && Math.abs(value) < LARGEST_PLAIN
        && !(value == 0 && 1 / value < 0);
  }

  /**
   * The shortest text that reads back as {@code value}: {@code 14} for 14.0, {@code 0.1} for 0.1,
   * {@code 1.0E-7} for 1e-7.
   *
   * @param value a finite number
   * @return its text
   */
  public static String exact(double value) {
    return isWhole(value) ? Long.toString((long) value) : NumberOutput.toString(value, true);
  }
}
