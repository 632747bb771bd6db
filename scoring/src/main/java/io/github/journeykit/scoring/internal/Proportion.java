package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.IntervalMethod;
import java.util.Optional;

/**
 * A share of answers in percent with its confidence interval, for CSAT top-2-box and the CES share.
 * Not public API.
 */
final class Proportion {
  private Proportion() {}

  /**
   * The interval of a share {@code p} of {@code n}, in percent, clipped to 0..100.
   *
   * <p>Wald: {@code p +/- z sqrt(p (1 - p) / n)}. Wilson: {@code (p + z^2 / 2n) / (1 + z^2 / n) +/-
   * z / (1 + z^2 / n) sqrt(p (1 - p) / n + z^2 / 4n^2)}.
   */
  static ConfidenceInterval interval(double p, long n, IntervalMethod method, double level) {
    double z = Distributions.normalCritical(level);
    double centre;
    double half;
    if (method == IntervalMethod.WILSON) {
      double z2n = z * z / n;
      centre = (p + z2n / 2) / (1 + z2n);
      half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
    } else {
      centre = p;
      half = z * Math.sqrt(p * (1 - p) / n);
    }
    return ConfidenceInterval.of(
        Math.max(0, 100 * (centre - half)),
        Math.min(100, 100 * (centre + half)),
        level,
        method.label());
  }

  /** The score of {@code hits} of {@code n} answers, as a percentage. */
  static Score.Builder fromCounts(
      Score.Builder score, long hits, long n, String what, IntervalMethod method, double level) {
    double p = (double) hits / n;
    double value = 100 * p;
    return score
        .sampleSize(n)
        .interval(interval(p, n, method, level))
        .addContribution(Contribution.of(what, hits))
        .addContribution(Contribution.of("answers", n))
        .explanation(what + " share = 100 x " + hits + " / " + n + " = " + show(value) + "%");
  }

  /**
   * The score of a measurement that already is a share (on a 0-100 scale), or empty for one that is
   * not (a mean answer gives no share).
   */
  static Optional<Score> fromMeasurement(
      Score.Builder score,
      Measurement measurement,
      String what,
      IntervalMethod method,
      double level) {
    Scale scale = measurement.scale();
    if (scale.min() != 0 || scale.max().isEmpty() || scale.max().getAsDouble() != 100) {
      return Optional.empty();
    }
    double value = measurement.value();
    score.addContribution(Contribution.of(what + " share", value));
    if (measurement.sampleSize().isPresent()) {
      long n = measurement.sampleSize().getAsLong();
      score.sampleSize(n).interval(interval(value / 100, n, method, level));
    }
    return Optional.of(
        score.explanation(what + " share as measured: " + show(value) + "%").build());
  }
}
