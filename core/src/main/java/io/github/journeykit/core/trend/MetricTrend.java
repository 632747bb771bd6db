package io.github.journeykit.core.trend;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Violation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one metric of one touchpoint moved over periods: its figure in each period with answers, in
 * time order, and the change from the last period but one to the last.
 *
 * <pre>{@code
 * MetricTrend csat = trends.get("call", Metric.CSAT).orElseThrow();
 * csat.points();    // [2026-Q3 3.78 (n=203), 2026-Q4 4.2 (n=188)]
 * csat.change();    // Optional[MeasuredChange[3.78 -> 4.2: +0.42 [0.11, 0.73] improved]]
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class MetricTrend {
  MetricTrend() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableMetricTrend.builder();
  }

  /**
   * The touchpoint measured.
   *
   * @return its id
   */
  public abstract String touchpointId();

  /**
   * The metric measured.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * What the points give, such as {@code mean} or {@code NPS}.
   *
   * @return the figure's name
   */
  public abstract String figure();

  /**
   * The scale the figure lies on, for charts and for which way is better.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * The figure in each period with answers, in time order.
   *
   * @return the points, at least one
   */
  public abstract List<TrendPoint> points();

  /**
   * The change from the last period but one to the last.
   *
   * @return the change, or empty with fewer than two points
   */
  public abstract Optional<MeasuredChange> change();

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("MetricTrend", touchpointId())
            .id("touchpointId", touchpointId())
            .text("figure", figure());
    if (points().isEmpty()) {
      problems.add(Violation.of("points", "must hold at least one point"));
    }
    for (int i = 1; i < points().size(); i++) {
      if (!points().get(i).start().isAfter(points().get(i - 1).start())) {
        problems.add(
            "points[" + i + "]", "must start after the point before", points().get(i).period());
      }
    }
    if (points().size() < 2 && change().isPresent()) {
      problems.add(Violation.of("change", "must be absent with fewer than two points"));
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code MetricTrend[call csat mean: 2026-Q3 3.78 (n=203), 2026-Q4 4.2
   * (n=188)]}.
   *
   * @return the trend in words
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("MetricTrend[")
            .append(touchpointId())
            .append(' ')
            .append(metric())
            .append(' ')
            .append(figure())
            .append(": ");
    for (int i = 0; i < points().size(); i++) {
      text.append(i > 0 ? ", " : "").append(points().get(i));
    }
    change().ifPresent(c -> text.append("; ").append(c.verdict().label()));
    return text.append(']').toString();
  }

  /** Builds a {@link MetricTrend}; every field but the change is required. */
  public interface Builder {
    /**
     * Sets the touchpoint.
     *
     * @param touchpointId its id
     * @return this builder
     */
    Builder touchpointId(String touchpointId);

    /**
     * Sets the metric.
     *
     * @param metric the metric
     * @return this builder
     */
    Builder metric(Metric metric);

    /**
     * Sets what the points give.
     *
     * @param figure such as {@code mean}
     * @return this builder
     */
    Builder figure(String figure);

    /**
     * Sets the scale.
     *
     * @param scale the scale
     * @return this builder
     */
    Builder scale(Scale scale);

    /**
     * Adds a point, after the ones added.
     *
     * @param point the point
     * @return this builder
     */
    Builder addPoint(TrendPoint point);

    /**
     * Adds points, after the ones added.
     *
     * @param points the points
     * @return this builder
     */
    Builder addAllPoints(Iterable<? extends TrendPoint> points);

    /**
     * Sets the change between the last two points.
     *
     * @param change the change
     * @return this builder
     */
    Builder change(MeasuredChange change);

    /**
     * Builds the trend.
     *
     * @return the trend
     * @throws io.github.journeykit.core.model.ValidationException listing every problem
     */
    MetricTrend build();
  }
}
