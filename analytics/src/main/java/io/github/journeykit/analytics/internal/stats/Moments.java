package io.github.journeykit.analytics.internal.stats;

/**
 * The count, mean and sum of squared deviations from the mean ({@code m2}) of a stream of values,
 * updated by Welford's method and merged by the formula of Chan, Golub and LeVeque, so that adding
 * a value allocates nothing and parts of a stream merge into what one pass gives. Mutable, confined
 * to one thread at a time. Not public API.
 */
public final class Moments {
  private long count;
  private double mean;
  private double m2;

  /** Empty moments. */
  public Moments() {}

  /** Moments holding {@code count} values of the given mean and {@code m2}. */
  public Moments(long count, double mean, double m2) {
    this.count = count;
    this.mean = count == 0 ? 0 : mean;
    this.m2 = count < 2 ? 0 : m2;
  }

  /** Adds one value. */
  public void add(double value) {
    count++;
    double delta = value - mean;
    mean += delta / count;
    m2 += delta * (value - mean);
  }

  /** Adds the values {@code other} holds. */
  public void merge(Moments other) {
    merge(other.count, other.mean, other.m2);
  }

  /**
   * Adds {@code otherCount} values of mean {@code otherMean} and sum of squares {@code otherM2}.
   */
  public void merge(long otherCount, double otherMean, double otherM2) {
    if (otherCount == 0) {
      return;
    }
    if (count == 0) {
      mean = otherMean;
      m2 = otherM2;
    } else {
      double n = (double) count + otherCount;
      double delta = otherMean - mean;
      mean += delta * (otherCount / n);
      m2 += otherM2 + delta * delta * ((double) count * otherCount / n);
    }
    count += otherCount;
  }

  /** How many values. */
  public long count() {
    return count;
  }

  /** Their mean; 0 when there are none. */
  public double mean() {
    return mean;
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
