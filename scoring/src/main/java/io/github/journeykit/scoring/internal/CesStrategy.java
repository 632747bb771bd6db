package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.IntervalMethod;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.List;
import java.util.Optional;

/**
 * The Customer Effort Score of a touchpoint (M. Dixon, K. Freeman and N. Toman, "Stop trying to
 * delight your customers", Harvard Business Review, July 2010; CES 2.0: CEB, 2013). Either form
 * says what it reports:
 *
 * <ul>
 *   <li>Mean: the mean answer on the touchpoint's CES scale (the 1-7 CES 2.0 agreement scale,
 *       higher is better, or the original 1-5 effort scale, lower is better), with a Student's t
 *       interval ({@code mean +/- t(1 - alpha/2, n - 1) s / sqrt(n)}) or a normal one ({@code z}
 *       for {@code t}), clipped to the scale. One answer has no interval. From a measurement alone
 *       the mean is reported without interval, as its spread is unknown.
 *   <li>Share: the share of answers 5-7 on the 1-7 CES 2.0 scale, with a Wilson interval; from a
 *       measurement, only one already on a 0-100 scale.
 * </ul>
 *
 * <p>Not public API: use {@code ScoringStrategies.ces()} or {@code cesShare()}.
 */
public final class CesStrategy extends BuiltInStrategy<Touchpoint> {
  private final IntervalMethod method;
  private final double level;

  private CesStrategy(String name, String label, IntervalMethod method, double level) {
    super(name, Subject.TOUCHPOINT, label);
    this.method = method;
    this.level = level;
  }

  /**
   * The mean form.
   *
   * @param name its name
   * @param method {@link IntervalMethod#T} or {@link IntervalMethod#NORMAL}
   * @param level the confidence level
   * @return the strategy
   * @throws ValidationException if the method or level is not one of those
   */
  public static CesStrategy mean(String name, IntervalMethod method, double level) {
    Strategies.checkInterval("CES", method, level, IntervalMethod.T, IntervalMethod.NORMAL);
    return new CesStrategy(name, "CES (mean)", method, level);
  }

  /**
   * The share form, with a Wilson interval.
   *
   * @param level the confidence level
   * @return the strategy
   * @throws ValidationException if the level is not between 0 and 1
   */
  public static CesStrategy share(double level) {
    Strategies.checkInterval("CES", IntervalMethod.WILSON, level, IntervalMethod.WILSON);
    return new CesStrategy("ces-share", "CES (share 5-7)", IntervalMethod.WILSON, level);
  }

  @Override
  protected Optional<Score> compute(Touchpoint touchpoint, ScoringContext context) {
    Optional<MetricStatistics> live = context.statistics().get(touchpoint.id(), Metric.CES);
    Scale scale = touchpoint.scaleOf(Metric.CES).orElse(Scale.CES_ANSWER);
    boolean share = method == IntervalMethod.WILSON;
    if (live.isPresent() && live.get().count() > 0) {
      return Optional.of(share ? share(touchpoint, scale, live.get()) : mean(scale, live.get()));
    }
    Optional<Measurement> measured = touchpoint.latest(Metric.CES);
    if (measured.isEmpty()) {
      return Optional.empty();
    }
    if (share) {
      return Proportion.fromMeasurement(
          scored(measured.get().value(), Scale.PERCENT),
          measured.get(),
          "answers 5-7",
          method,
          level);
    }
    Score.Builder score =
        scored(measured.get().value(), measured.get().scale())
            .explanation(
                "mean as measured: "
                    + show(measured.get().value())
                    + "; no interval without the spread of the answers");
    measured.get().sampleSize().ifPresent(score::sampleSize);
    return Optional.of(score.build());
  }

  private Score mean(Scale scale, MetricStatistics answers) {
    long n = answers.count();
    double mean = answers.mean().getAsDouble();
    Score.Builder score =
        scored(mean, scale)
            .sampleSize(n)
            .addContribution(Contribution.of("answers", n))
            .addContribution(Contribution.of("mean", mean));
    String explanation = "mean of " + n + " answers = " + show(mean);
    if (n >= 2) {
      double sd = answers.standardDeviation().getAsDouble();
      double critical =
          method == IntervalMethod.T
              ? Distributions.tCritical(level, n - 1)
              : Distributions.normalCritical(level);
      double half = critical * sd / Math.sqrt(n);
      score
          .addContribution(Contribution.of("standard deviation", sd))
          .interval(
              ConfidenceInterval.of(
                  Strategies.clamp(mean - half, scale),
                  Strategies.clamp(mean + half, scale),
                  level,
                  method.label()));
      explanation +=
          " +/- " + show(critical) + " x " + show(sd) + " / sqrt(" + n + ") = +/- " + show(half);
    }
    return score.explanation(explanation).build();
  }

  private Score share(Touchpoint touchpoint, Scale scale, MetricStatistics answers) {
    if (scale.min() != 1
        || !scale.max().equals(Scale.CES_ANSWER.max())
        || !scale.higherIsBetter()) {
      throw new ValidationException(
          "Touchpoint \"" + touchpoint.id() + "\"",
          List.of(
              Violation.of(
                  "ces.scale",
                  "must be the 1-7 CES 2.0 agreement scale (higher is better) for a share of 5-7",
                  scale.toString())));
    }
    long n = answers.count();
    long hits = answers.answers(5, 7);
    return Proportion.fromCounts(
            scored(100.0 * hits / n, Scale.PERCENT), hits, n, "answers 5-7", method, level)
        .build();
  }
}
