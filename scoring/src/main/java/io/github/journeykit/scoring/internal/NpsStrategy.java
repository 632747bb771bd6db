package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.IntervalMethod;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;

/**
 * The Net Promoter Score of a touchpoint (F. F. Reichheld, "The one number you need to grow",
 * Harvard Business Review, December 2003): answers 0-10, promoters 9-10, passives 7-8, detractors
 * 0-6, {@code NPS = 100 (p - d)} from -100 to 100, with its confidence interval:
 *
 * <ul>
 *   <li>Wald: {@code Var = 100^2 [p + d - (p - d)^2] / n}, {@code NPS +/- z sqrt(Var)};
 *   <li>adjusted Wald (B. Rocks, "Interval estimation for the 'Net Promoter Score'", The American
 *       Statistician 70(4), 2016): {@code n' = n + 3}, {@code p' = (promoters + 3/4) / n'}, {@code
 *       d' = (detractors + 3/4) / n'}, the same variance on {@code p' - d'}, centred on {@code 100
 *       (p' - d')}.
 * </ul>
 *
 * <p>Intervals are clipped to -100..100. NPS needs the answer buckets, so it comes from live
 * statistics ({@link ScoringContext#statistics()}). Without them, a measurement already on the
 * -100..100 NPS scale is reported as it is (with its sample size, but no interval: that needs the
 * buckets); a mean answer gives no NPS. Not public API: use {@code ScoringStrategies.nps()}.
 */
public final class NpsStrategy extends BuiltInStrategy<Touchpoint> {
  private final IntervalMethod method;
  private final double level;

  /**
   * An NPS strategy.
   *
   * @param name its name
   * @param method {@link IntervalMethod#WALD} or {@link IntervalMethod#ADJUSTED_WALD}
   * @param level the confidence level, between 0 and 1 exclusive
   * @throws ValidationException if the method or level is not one of those
   */
  public NpsStrategy(String name, IntervalMethod method, double level) {
    super(name, Subject.TOUCHPOINT, "NPS");
    Strategies.checkInterval(
        "NPS", method, level, IntervalMethod.WALD, IntervalMethod.ADJUSTED_WALD);
    this.method = method;
    this.level = level;
  }

  @Override
  protected Optional<Score> compute(Touchpoint touchpoint, ScoringContext context) {
    Optional<MetricStatistics> live = context.statistics().get(touchpoint.id(), Metric.NPS);
    if (live.isPresent() && live.get().count() > 0) {
      return Optional.of(fromAnswers(touchpoint, live.get()));
    }
    Optional<Measurement> measured = touchpoint.latest(Metric.NPS);
    if (measured.isEmpty() || !measured.get().scale().equals(Scale.NPS)) {
      return Optional.empty();
    }
    Score.Builder score =
        scored(measured.get().value(), Scale.NPS)
            .explanation(
                "NPS as measured: "
                    + show(measured.get().value())
                    + "; no interval without the answer buckets");
    measured.get().sampleSize().ifPresent(score::sampleSize);
    return Optional.of(score.build());
  }

  private Score fromAnswers(Touchpoint touchpoint, MetricStatistics answers) {
    long n = NetPromoter.checkedAnswers(answers, "Touchpoint \"" + touchpoint.id() + "\"");
    long promoters = answers.promoters();
    long passives = answers.passives();
    long detractors = answers.detractors();
    double nps = NetPromoter.score(promoters, detractors, n);
    return scored(nps, Scale.NPS)
        .sampleSize(n)
        .interval(interval(promoters, detractors, n))
        .addContribution(share("promoters", promoters, n))
        .addContribution(share("passives", passives, n))
        .addContribution(share("detractors", detractors, n))
        .explanation(
            "NPS = 100 x (" + promoters + " - " + detractors + ") / " + n + " = " + show(nps))
        .build();
  }

  private static Contribution share(String factor, long count, long n) {
    return Contribution.builder()
        .factor(factor)
        .value(count)
        .note(show(100.0 * count / n) + "%")
        .build();
  }

  /** The interval of the NPS of {@code promoters} and {@code detractors} among {@code n}. */
  ConfidenceInterval interval(long promoters, long detractors, long n) {
    double size = n;
    double p = promoters / size;
    double d = detractors / size;
    if (method == IntervalMethod.ADJUSTED_WALD) {
      size = n + 3;
      p = (promoters + 0.75) / size;
      d = (detractors + 0.75) / size;
    }
    double centre = 100 * (p - d);
    double variance = NetPromoter.variance(p, d, size);
    double half = Distributions.normalCritical(level) * Math.sqrt(variance);
    return ConfidenceInterval.of(
        Math.max(-100, centre - half), Math.min(100, centre + half), level, method.label());
  }
}
