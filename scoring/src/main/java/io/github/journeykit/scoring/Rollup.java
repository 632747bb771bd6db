package io.github.journeykit.scoring;

/**
 * How the values of several parts (touchpoints of a stage, stages of a journey) become one.
 *
 * <pre>{@code
 * ScoringStrategy<Stage> stageGap =
 *     ScoringStrategies.rollUp("gap-by-stage", ScoringStrategies.experienceGap(), Rollup.MEAN);
 * }</pre>
 */
public enum Rollup {
  /** The arithmetic mean. */
  MEAN,
  /** The smallest value. */
  MIN,
  /** The largest value. */
  MAX,
  /** The sum; for criteria only, as a sum of scores would leave their scale. */
  SUM;

  /**
   * Combines values.
   *
   * @param values the values, at least one
   * @return their mean, minimum, maximum or sum
   * @throws IllegalArgumentException if there are no values
   */
  public double apply(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("values: must not be empty");
    }
    double result =
        this == MIN ? Double.POSITIVE_INFINITY : this == MAX ? Double.NEGATIVE_INFINITY : 0;
    for (double value : values) {
      switch (this) {
        case MIN:
          result = Math.min(result, value);
          break;
        case MAX:
          result = Math.max(result, value);
          break;
        default:
          result += value;
      }
    }
    return this == MEAN ? result / values.length : result;
  }
}
