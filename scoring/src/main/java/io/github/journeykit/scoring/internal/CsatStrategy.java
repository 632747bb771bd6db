package io.github.journeykit.scoring.internal;

import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.IntervalMethod;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.List;
import java.util.Optional;

/**
 * Customer satisfaction as a top-2-box share: {@code CSAT = 100 x (answers of 4 and 5) / n} on the
 * 1-5 scale (more generally, the two highest points of the answer scale), not the mean answer, with
 * a proportion interval (Wilson's score interval unless Wald is chosen). The share needs the answer
 * counts, so it comes from live statistics; without them, a measurement already on a 0-100 scale is
 * taken as the share (with an interval when its sample size is known), and a mean answer gives no
 * CSAT. Not public API: use {@code ScoringStrategies.csat()}.
 */
public final class CsatStrategy extends BuiltInStrategy<Touchpoint> {
  private final IntervalMethod method;
  private final double level;

  /**
   * A CSAT strategy.
   *
   * @param method {@link IntervalMethod#WILSON} or {@link IntervalMethod#WALD}
   * @param level the confidence level
   * @throws ValidationException if the method or level is not one of those
   */
  public CsatStrategy(IntervalMethod method, double level) {
    super("csat", Subject.TOUCHPOINT, "CSAT");
    Strategies.checkInterval("CSAT", method, level, IntervalMethod.WILSON, IntervalMethod.WALD);
    this.method = method;
    this.level = level;
  }

  @Override
  protected Optional<Score> compute(Touchpoint touchpoint, ScoringContext context) {
    Optional<MetricStatistics> live = context.statistics().get(touchpoint.id(), Metric.CSAT);
    if (live.isPresent() && live.get().count() > 0) {
      Scale scale = touchpoint.scaleOf(Metric.CSAT).orElse(Scale.CSAT_ANSWER);
      int top = topPoint(touchpoint, scale);
      long n = live.get().count();
      long hits = live.get().answers(top - 1, top);
      return Optional.of(
          Proportion.fromCounts(
                  scored(100.0 * hits / n, Scale.PERCENT),
                  hits,
                  n,
                  "top-2-box (" + (top - 1) + "-" + top + ")",
                  method,
                  level)
              .build());
    }
    Optional<Measurement> measured = touchpoint.latest(Metric.CSAT);
    if (measured.isEmpty()) {
      return Optional.empty();
    }
    return Proportion.fromMeasurement(
        scored(measured.get().value(), Scale.PERCENT), measured.get(), "top-2-box", method, level);
  }

  private static int topPoint(Touchpoint touchpoint, Scale scale) {
    double max = scale.max().orElse(Double.NaN);
    if (!(max >= 2 && max <= 10 && max == Math.rint(max) && scale.min() >= 0)) {
      throw new ValidationException(
          "Touchpoint \"" + touchpoint.id() + "\"",
          List.of(
              Violation.of(
                  "csat.scale",
                  "must be an answer scale with whole points from 0 to 10, such as 1-5, to count"
                      + " a top-2-box",
                  scale.toString())));
    }
    return (int) max;
  }
}
