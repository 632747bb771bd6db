package io.github.journeykit.core.trend;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Metric;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The trends of a journey's measured touchpoints over periods of one length, each with its change
 * between the last two periods: what the reports show as "Over time".
 *
 * <pre>{@code
 * Trends trends = Changes.trends(journey, breakdown, 0.95);
 * trends.periodLength();                 // "QUARTER"
 * trends.get("call", Metric.CSAT);       // Optional[MetricTrend[call csat mean: ...]]
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Trends {
  Trends() {}

  /**
   * Trends over periods of one length.
   *
   * @param periodLength the periods' length in words, such as {@code QUARTER}
   * @param level the confidence level of the changes, between 0 and 1 exclusive
   * @param trends the trends, at most one per touchpoint and metric
   * @return the trends
   * @throws io.github.journeykit.core.model.ValidationException listing every problem
   */
  public static Trends of(String periodLength, double level, List<MetricTrend> trends) {
    return ImmutableTrends.builder().periodLength(periodLength).level(level).trends(trends).build();
  }

  /**
   * The periods' length.
   *
   * @return such as {@code QUARTER}, {@code MONTH}, {@code WEEK} or {@code DAY}
   */
  public abstract String periodLength();

  /**
   * The confidence level of every change.
   *
   * @return the level, such as 0.95
   */
  public abstract double level();

  /**
   * The trends, in the order of the journey's touchpoints, then of the metrics' names.
   *
   * @return the trends
   */
  public abstract List<MetricTrend> trends();

  /**
   * The trend of one metric at one touchpoint.
   *
   * @param touchpointId the touchpoint's id
   * @param metric the metric
   * @return the trend, or empty if it was not measured
   */
  public Optional<MetricTrend> get(String touchpointId, Metric metric) {
    return trends().stream()
        .filter(t -> t.touchpointId().equals(touchpointId) && t.metric().equals(metric))
        .findFirst();
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("Trends").text("periodLength", periodLength());
    if (!(level() > 0 && level() < 1)) {
      problems.add("level", "must lie between 0 and 1 exclusive", level());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < trends().size(); i++) {
      MetricTrend trend = trends().get(i);
      if (!seen.add(trend.touchpointId() + "\u0000" + trend.metric().name())) {
        problems.add(
            "trends[" + i + "]",
            "must not repeat a touchpoint and metric",
            trend.touchpointId() + " " + trend.metric());
      }
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code Trends[QUARTER: 4 measured]}.
   *
   * @return the trends in words
   */
  @Override
  public String toString() {
    return "Trends[" + periodLength() + ": " + trends().size() + " measured]";
  }
}
