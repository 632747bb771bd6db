package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.core.internal.ValueStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * An edge of the directly-follows graph: how often step {@code next} came right after step {@code
 * step} in a case, and the mean and standard deviation of the time between them. Steps are
 * touchpoint ids and the activities of ad hoc steps.
 *
 * <pre>{@code
 * statistics.directlyFollows().get(0);   // call -> engineer: 812 times, mean PT26H
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class DirectlyFollows {
  DirectlyFollows() {}

  static DirectlyFollows of(
      String step, String next, long count, Duration mean, Duration standardDeviation) {
    return ImmutableDirectlyFollows.of(step, next, count, mean, standardDeviation);
  }

  /**
   * The step before.
   *
   * @return a touchpoint id or an activity
   */
  @Value.Parameter
  public abstract String step();

  /**
   * The step right after it.
   *
   * @return a touchpoint id or an activity
   */
  @Value.Parameter
  public abstract String next();

  /**
   * How often {@code next} came right after {@code step}.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long count();

  /**
   * The mean time between them.
   *
   * @return the mean
   */
  @Value.Parameter
  public abstract Duration mean();

  /**
   * The standard deviation of the time between them (of the sample, with n - 1).
   *
   * @return the standard deviation, zero for one occurrence
   */
  @Value.Parameter
  public abstract Duration standardDeviation();

  @Override
  public String toString() {
    return step() + " -> " + next() + ": " + count() + " times, mean " + mean();
  }
}
