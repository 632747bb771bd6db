package io.github.journeykit.analytics.internal.stats;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The count, mean and sum of squared deviations from the mean ({@code m2}) of a stream of values,
 * updated by Welford's method and merged by the formula of Chan, Golub and LeVeque, so that adding
 * a value allocates nothing and parts of a stream merge into what one pass gives. Mutable, confined
 * to one thread at a time. Not public API.
 *
 * <p>The values are accumulated around a shift, the first value added (or the mean of the first
 * moments merged in), and the shift travels with the moments through merges: values of 1e9 that
 * differ by 0.01 have their mean and variance computed from differences of about 0.01, so one pass,
 * parts and merges agree with an exact computation to about 1e-12 relative instead of losing six
 * digits to the size of the values.
 */
public final class Moments {
  private long count;
  private double shift;
  private double shiftedMean;
  private double m2;

  /** Empty moments. */
  public Moments() {}

  /** Moments holding {@code count} values of the given mean and {@code m2}. */
  public Moments(long count, double mean, double m2) {
    merge(count, mean, m2);
  }

  /**
   * Writes these moments exactly, their shift too, so that {@link #read} gives moments that go on
   * accumulating and merging as these would: for the byte form of statistics.
   */
  public void write(DataOutput out) throws IOException {
    out.writeLong(count);
    out.writeDouble(shift);
    out.writeDouble(shiftedMean);
    out.writeDouble(m2);
  }

  /** Moments as {@link #write} wrote them. */
  public static Moments read(DataInput in) throws IOException {
    Moments moments = new Moments();
    moments.count = in.readLong();
    moments.shift = in.readDouble();
    moments.shiftedMean = in.readDouble();
    moments.m2 = in.readDouble();
    return moments;
  }

  /** Adds one value. */
  public void add(double value) {
    if (count == 0) {
      shift = value;
    }
    count++;
    double delta = (value - shift) - shiftedMean;
    shiftedMean += delta / count;
    m2 += delta * ((value - shift) - shiftedMean);
  }

  /** Adds the values {@code other} holds. */
  public void merge(Moments other) {
    if (other.count == 0) {
      return;
    }
    if (count == 0) {
      count = other.count;
      shift = other.shift;
      shiftedMean = other.shiftedMean;
      m2 = other.m2;
      return;
    }
    // The other's mean around this shift: the shifts are close where the values are, so their
    // difference is exact and small.
    mergeShifted(other.count, (other.shift - shift) + other.shiftedMean, other.m2);
  }

  /**
   * Adds {@code otherCount} values of mean {@code otherMean} and sum of squares {@code otherM2}.
   */
  public void merge(long otherCount, double otherMean, double otherM2) {
    if (otherCount == 0) {
      return;
    }
    if (count == 0) {
      count = otherCount;
      shift = otherMean;
      shiftedMean = 0;
      m2 = otherM2;
      return;
    }
    mergeShifted(otherCount, (otherMean - shift), otherM2);
  }

  private void mergeShifted(long otherCount, double otherShiftedMean, double otherM2) {
    double n = (double) count + otherCount;
    double delta = otherShiftedMean - shiftedMean;
    shiftedMean += delta * (otherCount / n);
    m2 += otherM2 + delta * delta * ((double) count * otherCount / n);
    count += otherCount;
  }

  /** How many values. */
  public long count() {
    return count;
  }

  /** Their mean; 0 when there are none. */
  public double mean() {
    return count == 0 ? 0 : shift + shiftedMean;
  }

  /** The sum of their squared deviations from the mean; 0 for fewer than two. */
  public double m2() {
    return count < 2 ? 0 : m2;
  }

  /** Their sample variance ({@code m2 / (n - 1)}); 0 for fewer than two. */
  public double variance() {
    return count < 2 ? 0 : m2 / (count - 1);
  }
}
