package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.trend.ChangeVerdict;
import io.github.journeykit.core.trend.MeasuredChange;
import io.github.journeykit.scoring.IntervalMethod;
import java.util.List;

/**
 * The change of a figure between two sets of answers, with its interval and verdict. Not public
 * API: use {@code Changes}.
 *
 * <ul>
 *   <li>Means: Welch's t interval (B. L. Welch, "The generalization of 'Student's' problem when
 *       several different population variances are involved", Biometrika 34, 1947): {@code d = m2 -
 *       m1}, {@code se = sqrt(s1^2 / n1 + s2^2 / n2)}, degrees of freedom {@code se^4 / ((s1^2 /
 *       n1)^2 / (n1 - 1) + (s2^2 / n2)^2 / (n2 - 1))} (Welch-Satterthwaite), {@code d +/- t se}.
 *   <li>Shares (top-2-box): the hybrid score interval of R. G. Newcombe ("Interval estimation for
 *       the difference between independent proportions: comparison of eleven methods", Statistics
 *       in Medicine 17, 1998, method 10), from each share's Wilson interval {@code [l, u]}: {@code
 *       d = p2 - p1}, lower {@code d - sqrt((p2 - l2)^2 + (u1 - p1)^2)}, upper {@code d + sqrt((u2
 *       - p2)^2 + (p1 - l1)^2)}.
 *   <li>NPS: the difference of the two scores with the variance of each from the trinomial formula
 *       {@code 100^2 [p + d - (p - d)^2] / n}, summed: {@code d +/- z sqrt(Var1 + Var2)}, cut to
 *       -200..200.
 * </ul>
 *
 * <p>The verdict follows the scale's better direction: an interval wholly above zero is an
 * improvement where higher is better, a worsening where lower is.
 */
public final class Differences {
  private Differences() {}

  /** The difference of two means by Welch's t interval. */
  public static MeasuredChange means(
      Scale scale, MetricStatistics before, MetricStatistics after, double level) {
    double m1 = mean(before, "before");
    double m2 = mean(after, "after");
    String arithmetic = "mean " + minus(m2, m1) + " = " + show(m2 - m1);
    MeasuredChange.Builder change = MeasuredChange.builder().before(m1).after(m2);
    if (before.count() < 2 || after.count() < 2) {
      return change
          .verdict(ChangeVerdict.NO_CLEAR_CHANGE)
          .explanation(
              arithmetic
                  + "; no interval: Welch's t needs two answers or more on each side (had "
                  + before.count()
                  + " and "
                  + after.count()
                  + ")")
          .build();
    }
    double v1 = before.variance().getAsDouble() / before.count();
    double v2 = after.variance().getAsDouble() / after.count();
    double se = Math.sqrt(v1 + v2);
    double d = m2 - m1;
    if (se == 0) {
      return finish(
          change,
          scale,
          ConfidenceInterval.of(d, d, level, "welch"),
          arithmetic + "; every answer equal on each side: the difference is exact");
    }
    double df =
        (v1 + v2) * (v1 + v2) / (v1 * v1 / (before.count() - 1) + v2 * v2 / (after.count() - 1));
    double t = Distributions.tCritical(level, df);
    ConfidenceInterval interval = ConfidenceInterval.of(d - t * se, d + t * se, level, "welch");
    return finish(
        change,
        scale,
        interval,
        arithmetic
            + "; Welch's t: se = sqrt("
            + show(before.variance().getAsDouble())
            + " / "
            + before.count()
            + " + "
            + show(after.variance().getAsDouble())
            + " / "
            + after.count()
            + ") = "
            + show(se)
            + ", df "
            + show(df)
            + ", t "
            + show(t)
            + ": "
            + bounds(interval));
  }

  /** The difference of two top-2-box shares, in points of percent, by Newcombe's hybrid score. */
  public static MeasuredChange topTwoBox(
      Scale scale, MetricStatistics before, MetricStatistics after, double level) {
    long n1 = answered(before, "before");
    long n2 = answered(after, "after");
    double p1 = (double) before.topTwoBox() / n1;
    double p2 = (double) after.topTwoBox() / n2;
    ConfidenceInterval w1 = Proportion.interval(p1, n1, IntervalMethod.WILSON, level);
    ConfidenceInterval w2 = Proportion.interval(p2, n2, IntervalMethod.WILSON, level);
    double d = 100 * (p2 - p1);
    double lower = d - Math.hypot(100 * p2 - w2.lower(), w1.upper() - 100 * p1);
    double upper = d + Math.hypot(w2.upper() - 100 * p2, 100 * p1 - w1.lower());
    ConfidenceInterval interval = ConfidenceInterval.of(lower, upper, level, "newcombe");
    return finish(
        MeasuredChange.builder().before(100 * p1).after(100 * p2),
        scale,
        interval,
        "top-2-box "
            + after.topTwoBox()
            + "/"
            + n2
            + " - "
            + before.topTwoBox()
            + "/"
            + n1
            + " = "
            + show(100 * p2)
            + "% - "
            + show(100 * p1)
            + "% = "
            + show(d)
            + " points; Newcombe's hybrid score from the Wilson intervals ["
            + show(w1.lower())
            + ", "
            + show(w1.upper())
            + "] and ["
            + show(w2.lower())
            + ", "
            + show(w2.upper())
            + "]: "
            + bounds(interval));
  }

  /** The difference of two Net Promoter Scores, with the trinomial variances summed. */
  public static MeasuredChange nps(MetricStatistics before, MetricStatistics after, double level) {
    long n1 = NetPromoter.checkedAnswers(before, "before");
    long n2 = NetPromoter.checkedAnswers(after, "after");
    double s1 = NetPromoter.score(before.promoters(), before.detractors(), n1);
    double s2 = NetPromoter.score(after.promoters(), after.detractors(), n2);
    double var1 =
        NetPromoter.variance(
            (double) before.promoters() / n1, (double) before.detractors() / n1, n1);
    double var2 =
        NetPromoter.variance((double) after.promoters() / n2, (double) after.detractors() / n2, n2);
    double z = Distributions.normalCritical(level);
    double d = s2 - s1;
    double half = z * Math.sqrt(var1 + var2);
    ConfidenceInterval interval =
        ConfidenceInterval.of(Math.max(-200, d - half), Math.min(200, d + half), level, "wald");
    return finish(
        MeasuredChange.builder().before(s1).after(s2),
        Scale.NPS,
        interval,
        "NPS "
            + minus(s2, s1)
            + " = "
            + show(d)
            + "; Var = "
            + show(var1)
            + " + "
            + show(var2)
            + ", z "
            + show(z)
            + ": "
            + bounds(interval));
  }

  private static MeasuredChange finish(
      MeasuredChange.Builder change, Scale scale, ConfidenceInterval interval, String explanation) {
    ChangeVerdict verdict = ChangeVerdict.NO_CLEAR_CHANGE;
    if (interval.lower() > 0 || interval.upper() < 0) {
      boolean up = interval.lower() > 0;
      verdict = up == scale.higherIsBetter() ? ChangeVerdict.IMPROVED : ChangeVerdict.WORSENED;
    }
    return change
        .interval(interval)
        .verdict(verdict)
        .explanation(explanation + ", " + verdict.label())
        .build();
  }

  /** {@code a - b}, with a negative {@code b} in parentheses. */
  private static String minus(double a, double b) {
    return show(a) + " - " + (b < 0 ? "(" + show(b) + ")" : show(b));
  }

  private static String bounds(ConfidenceInterval interval) {
    return "["
        + show(interval.lower())
        + ", "
        + show(interval.upper())
        + "] at "
        + show(100 * interval.level())
        + "%";
  }

  private static double mean(MetricStatistics statistics, String side) {
    answered(statistics, side);
    return statistics.mean().getAsDouble();
  }

  private static long answered(MetricStatistics statistics, String side) {
    if (statistics.count() == 0) {
      throw new ValidationException(
          "Changes", List.of(Violation.of(side, "must hold at least one answer", 0)));
    }
    return statistics.count();
  }
}
