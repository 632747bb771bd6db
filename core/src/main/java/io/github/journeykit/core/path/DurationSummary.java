package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How long something took across cases: how many, the mean and standard deviation, and the median
 * and 90th percentile, which come from a quantile sketch and are exact to its stated relative
 * accuracy.
 *
 * <pre>{@code
 * DurationSummary wait = DurationSummary.of(120, Duration.ofHours(30), Duration.ofHours(12),
 *     Duration.ofHours(26), Duration.ofHours(52));
 * wait.median(); // PT26H
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class DurationSummary {
  DurationSummary() {}

  /**
   * A summary.
   *
   * @param count how many durations, at least 1
   * @param mean their mean
   * @param standardDeviation their standard deviation
   * @param median their median
   * @param p90 their 90th percentile
   * @return the summary
   */
  public static DurationSummary of(
      long count, Duration mean, Duration standardDeviation, Duration median, Duration p90) {
    return ImmutableDurationSummary.of(count, mean, standardDeviation, median, p90);
  }

  /**
   * How many durations.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long count();

  /**
   * The mean.
   *
   * @return the mean
   */
  @Value.Parameter
  public abstract Duration mean();

  /**
   * The standard deviation (of the sample, with n - 1).
   *
   * @return the standard deviation, zero for one duration
   */
  @Value.Parameter
  public abstract Duration standardDeviation();

  /**
   * The median.
   *
   * @return the median
   */
  @Value.Parameter
  public abstract Duration median();

  /**
   * The 90th percentile.
   *
   * @return the percentile
   */
  @Value.Parameter
  public abstract Duration p90();

  @Value.Check
  final void check() {
    Problems.of("DurationSummary")
        .check(count() >= 1, "count", "must be at least 1", count())
        .check(!mean().isNegative(), "mean", "must not be negative", mean())
        .check(
            !standardDeviation().isNegative(),
            "standardDeviation",
            "must not be negative",
            standardDeviation())
        .check(!median().isNegative(), "median", "must not be negative", median())
        .check(p90().compareTo(median()) >= 0, "p90", "must not be below the median", p90())
        .throwIfAny();
  }
}
