package io.github.journeykit.export.internal.view;

import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.trend.MeasuredChange;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.TrendPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A trend and its change in words, the same in every report and in the CSV file: each period's
 * figure with its answers, the difference, the interval and the verdict. Not public API.
 */
public final class TrendWords {
  private TrendWords() {}

  /**
   * What the trend measures, such as {@code csat mean}.
   *
   * @param trend the trend
   * @return the metric and the figure
   */
  public static String figure(MetricTrend trend) {
    return trend.metric().name() + " " + trend.figure();
  }

  /**
   * Each period's figure, such as {@code 2026-Q3 3.8 (n=5); 2026-Q4 4.67 (n=6)}.
   *
   * @param trend the trend
   * @return the points
   */
  public static String points(MetricTrend trend) {
    List<String> points = new ArrayList<>();
    for (TrendPoint point : trend.points()) {
      points.add(point.period() + " " + Words.number(point.value()) + " (n=" + point.count() + ")");
    }
    return String.join("; ", points);
  }

  /**
   * The difference with its sign, such as {@code +0.87}, or {@code ""} without a change.
   *
   * @param trend the trend
   * @return the difference
   */
  public static String difference(MetricTrend trend) {
    if (trend.change().isEmpty()) {
      return "";
    }
    double difference = trend.change().get().difference();
    return (difference > 0 ? "+" : difference < 0 ? "\u2212" : "")
        + Words.number(Math.abs(difference));
  }

  /**
   * The interval of the difference, such as {@code [-0.17, 1.9]}, {@code none} when the answers
   * allow none, or {@code ""} without a change.
   *
   * @param trend the trend
   * @return the interval
   */
  public static String interval(MetricTrend trend) {
    if (trend.change().isEmpty()) {
      return "";
    }
    MeasuredChange change = trend.change().get();
    if (change.interval().isEmpty()) {
      return "none";
    }
    ConfidenceInterval interval = change.interval().get();
    return "[" + Words.number(interval.lower()) + ", " + Words.number(interval.upper()) + "]";
  }

  /**
   * The verdict, such as {@code improved}, or {@code one period only} without a change.
   *
   * @param trend the trend
   * @return the verdict
   */
  public static String verdict(MetricTrend trend) {
    return trend.change().map(c -> c.verdict().label()).orElse("one period only");
  }
}
