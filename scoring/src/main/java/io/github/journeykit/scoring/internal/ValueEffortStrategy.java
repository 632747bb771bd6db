package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import io.github.journeykit.scoring.ValueEffortQuadrant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The value versus effort matrix: quick wins, major projects, fill-ins and thankless tasks, scored
 * 4, 3, 2, 1 in that order of work. Reads {@link Estimates#VALUE} and {@link Estimates#EFFORT}; no
 * score unless both are given. Value is high at or above the value threshold, effort low at or
 * below the effort threshold. The thresholds are given, or, for the median split, are the medians
 * of the value and of the effort of the journey's actions that have both. Not public API: use
 * {@code ScoringStrategies.valueEffort(...)}.
 */
public final class ValueEffortStrategy extends BuiltInStrategy<ActionItem> {
  private static final Scale QUADRANTS = Scale.of(1, 4);

  private final double valueThreshold;
  private final double effortThreshold;
  private final boolean medianSplit;

  private ValueEffortStrategy(double valueThreshold, double effortThreshold, boolean medianSplit) {
    super("value-effort", Subject.ACTION, "Value/effort");
    this.valueThreshold = valueThreshold;
    this.effortThreshold = effortThreshold;
    this.medianSplit = medianSplit;
  }

  /**
   * A matrix with explicit thresholds.
   *
   * @param valueThreshold the value at and above which value is high
   * @param effortThreshold the effort at and below which effort is low
   * @return the strategy
   */
  public static ValueEffortStrategy withThresholds(double valueThreshold, double effortThreshold) {
    return new ValueEffortStrategy(valueThreshold, effortThreshold, false);
  }

  /**
   * A matrix split at the medians of the journey's actions.
   *
   * @return the strategy
   */
  public static ValueEffortStrategy medianSplit() {
    return new ValueEffortStrategy(Double.NaN, Double.NaN, true);
  }

  @Override
  protected Optional<Score> compute(ActionItem action, ScoringContext context) {
    double[] e = EstimateReader.read(action, Estimates.VALUE, Estimates.EFFORT);
    if (e == null) {
      return Optional.empty();
    }
    double valueAt = valueThreshold;
    double effortAt = effortThreshold;
    String basis = "given thresholds";
    if (medianSplit) {
      double[][] medians = medians(context);
      valueAt = medians[0][0];
      effortAt = medians[1][0];
      basis = "medians of " + (int) medians[0][1] + " actions";
    }
    ValueEffortQuadrant quadrant = ValueEffortQuadrant.of(e[0], e[1], valueAt, effortAt);
    boolean high = e[0] >= valueAt;
    boolean easy = e[1] <= effortAt;
    return Optional.of(
        scored(quadrant.priority(), QUADRANTS)
            .addContribution(
                Contribution.builder()
                    .factor("value")
                    .value(e[0])
                    .note((high ? "high: at or above " : "low: below ") + show(valueAt))
                    .build())
            .addContribution(
                Contribution.builder()
                    .factor("effort")
                    .value(e[1])
                    .note((easy ? "low: at or below " : "high: above ") + show(effortAt))
                    .build())
            .explanation(
                quadrant.label()
                    + " (value "
                    + show(e[0])
                    + (high ? " >= " : " < ")
                    + show(valueAt)
                    + ", effort "
                    + show(e[1])
                    + (easy ? " <= " : " > ")
                    + show(effortAt)
                    + "; "
                    + basis
                    + ")")
            .build());
  }

  /** The medians of value and effort, each with the number of actions: {{value, n}, {effort}}. */
  private static double[][] medians(ScoringContext context) {
    double[] values = new double[context.journey().actions().size()];
    double[] efforts = new double[values.length];
    int n = 0;
    for (ActionItem other : context.journey().actions()) {
      double[] e = EstimateReader.read(other, Estimates.VALUE, Estimates.EFFORT);
      if (e != null) {
        values[n] = e[0];
        efforts[n] = e[1];
        n++;
      }
    }
    return new double[][] {{median(values, n), n}, {median(efforts, n)}};
  }

  private static double median(double[] values, int n) {
    double[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
