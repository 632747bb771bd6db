package io.github.journeykit.core.trend;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A figure of one period: the period's name and first day, the value and how many answers it rests
 * on.
 *
 * <pre>{@code
 * TrendPoint q4 = TrendPoint.of("2026-Q4", LocalDate.of(2026, 10, 1), 4.2, 188);
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class TrendPoint {
  TrendPoint() {}

  /**
   * A point.
   *
   * @param period the period's name, such as {@code 2026-Q4}
   * @param start the period's first day
   * @param value the figure in that period
   * @param count how many answers it rests on, at least 1
   * @return the point
   */
  public static TrendPoint of(String period, LocalDate start, double value, long count) {
    return ImmutableTrendPoint.of(period, start, value, count);
  }

  /**
   * The period's name.
   *
   * @return such as {@code 2026-Q4} or {@code 2026-W41}
   */
  @Value.Parameter
  public abstract String period();

  /**
   * The period's first day.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The figure in the period.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract double value();

  /**
   * How many answers the figure rests on.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long count();

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("TrendPoint", period()).text("period", period()).finite("value", value());
    if (count() < 1) {
      problems.add("count", "must be at least 1", count());
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code 2026-Q4 4.2 (n=188)}.
   *
   * @return the point in words
   */
  @Override
  public String toString() {
    return period() + " " + Numbers.show(value()) + " (n=" + count() + ")";
  }
}
