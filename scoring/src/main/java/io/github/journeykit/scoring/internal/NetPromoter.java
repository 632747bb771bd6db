package io.github.journeykit.scoring.internal;

import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.List;

/**
 * The Net Promoter Score and its variance from answer counts, for the NPS strategy and the change
 * between periods. Not public API.
 */
public final class NetPromoter {
  private NetPromoter() {}

  /**
   * The score of answer counts.
   *
   * @param promoters answers of 9 and 10
   * @param detractors answers of 0 to 6
   * @param n every answer
   * @return {@code 100 (promoters - detractors) / n}
   */
  public static double score(long promoters, long detractors, long n) {
    return 100.0 * (promoters - detractors) / n;
  }

  /**
   * The trinomial variance {@code 100^2 [p + d - (p - d)^2] / n} of the score, never negative.
   *
   * @param p the promoters' share
   * @param d the detractors' share
   * @param n the answers (adjusted methods pass their own)
   */
  static double variance(double p, double d, double n) {
    return Math.max(0, 100 * 100 * (p + d - (p - d) * (p - d)) / n);
  }

  /**
   * How many answers the statistics hold, all of them whole points from 0 to 10.
   *
   * @param subject names the statistics in the exception
   * @throws ValidationException if there are none, or some lie elsewhere
   */
  static long checkedAnswers(MetricStatistics answers, String subject) {
    long n = answers.count();
    long bucketed = answers.answers(0, 10);
    if (n == 0 || bucketed != n) {
      throw new ValidationException(
          subject,
          List.of(
              Violation.of(
                  "statistics.nps",
                  n == 0
                      ? "must hold at least one answer"
                      : "must hold answers from 0 to 10 only; "
                          + (n - bucketed)
                          + " of "
                          + n
                          + " are not",
                  n - bucketed)));
    }
    return n;
  }
}
