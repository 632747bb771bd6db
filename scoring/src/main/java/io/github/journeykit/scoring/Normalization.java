package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Puts the raw scores of a sheet (the touchpoints of a journey, the actions of a backlog, the
 * journeys of a portfolio) on the 1-100 scale of experience scores, best at the top. The choice is
 * explicit because the two methods answer different questions:
 *
 * <ul>
 *   <li>{@link #MIN_MAX}: how far between the worst and the best: {@code 1 + 99 x (b - b_min) /
 *       (b_max - b_min)}, where b is the value oriented so that higher is better. Keeps the
 *       distances; one outlier squeezes the rest. All equal gives 50.5.
 *   <li>{@link #PERCENTILE_RANK}: how many do worse: {@code 1 + 99 x (below + equal / 2) / n}, the
 *       percentile rank with ties counted half. Ignores distances; robust to outliers.
 * </ul>
 *
 * <p>Both are monotone: a better raw score never gets a lower normalised one, and equal scores get
 * equal ones. Each normalised score keeps the label, strategy and sample size of the raw one and
 * lists the raw value as its contribution; intervals are dropped, as they do not carry over.
 *
 * <pre>{@code
 * ScoreSheet rice = ScoringStrategies.rice().scoreAll(ScoringContext.of(journey));
 * ScoreSheet on100 = Normalization.MIN_MAX.apply(rice);
 * }</pre>
 */
public enum Normalization {
  /** Linear between the worst and the best score. */
  MIN_MAX("min-max"),
  /** The percentile rank, ties counted half. */
  PERCENTILE_RANK("percentile rank");

  private final String label;

  Normalization(String label) {
    this.label = label;
  }

  /**
   * The method's name in words, such as {@code min-max}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The sheet on the 1-100 scale.
   *
   * @param sheet raw scores whose scales agree on which way is better
   * @return the normalised sheet, labelled with the method
   * @throws ValidationException if some scales say higher is better and others lower
   */
  public ScoreSheet apply(ScoreSheet sheet) {
    requireNonNull(sheet, "sheet");
    ScoreSheet.Builder result =
        ScoreSheet.builder().label(sheet.label() + " (" + label + " 1-100)");
    if (sheet.scores().isEmpty()) {
      return result.build();
    }
    boolean higher = sheet.scores().values().iterator().next().scale().higherIsBetter();
    double[] sorted = new double[sheet.scores().size()];
    int i = 0;
    for (Map.Entry<String, Score> entry : sheet.scores().entrySet()) {
      if (entry.getValue().scale().higherIsBetter() != higher) {
        throw new ValidationException(
            "ScoreSheet \"" + sheet.label() + "\"",
            List.of(
                Violation.of(
                    "scores." + entry.getKey() + ".scale",
                    "must agree with the other scores on which way is better to normalise",
                    entry.getValue().scale())));
      }
      sorted[i++] = oriented(entry.getValue(), higher);
    }
    Arrays.sort(sorted);
    for (Map.Entry<String, Score> entry : sheet.scores().entrySet()) {
      Score raw = entry.getValue();
      double b = oriented(raw, higher);
      double value;
      String explanation;
      if (this == MIN_MAX) {
        double low = sorted[0];
        double high = sorted[sorted.length - 1];
        value = high > low ? 1 + 99 * (b - low) / (high - low) : 50.5;
        explanation =
            high > low
                ? "min-max: 1 + 99 x ("
                    + Numbers.show(b)
                    + " - "
                    + Numbers.show(low)
                    + ") / ("
                    + Numbers.show(high)
                    + " - "
                    + Numbers.show(low)
                    + ") = "
                    + Numbers.show(value)
                : "min-max: all scores are equal, so each is 50.5";
      } else {
        int below = lowerBound(sorted, b);
        int equal = lowerBound(sorted, Math.nextUp(b)) - below;
        value = 1 + 99 * (below + equal / 2.0) / sorted.length;
        explanation =
            "percentile rank: 1 + 99 x ("
                + below
                + " + "
                + equal
                + " / 2) / "
                + sorted.length
                + " = "
                + Numbers.show(value);
      }
      Score.Builder score =
          Score.builder()
              .value(Math.min(100, Math.max(1, value)))
              .scale(Scale.SCORE_100)
              .label(raw.label())
              .addContribution(Contribution.of(raw.label(), raw.value()))
              .explanation(explanation + (higher ? "" : " (lower raw scores are better)"));
      raw.strategy().ifPresent(score::strategy);
      raw.sampleSize().ifPresent(score::sampleSize);
      result.putScore(entry.getKey(), score.build());
    }
    return result.build();
  }

  private static double oriented(Score score, boolean higher) {
    return higher ? score.value() : -score.value();
  }

  /** The index of the first element not less than {@code key}. */
  private static int lowerBound(double[] sorted, double key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
