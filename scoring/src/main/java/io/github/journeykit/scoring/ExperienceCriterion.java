package io.github.journeykit.scoring;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Metric;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One criterion of the experience score ("Customer Journey Mapping": "the cost of the journey per
 * customer, potential sales, contribution to business strategic goals, or how many times the
 * journey is experienced"): which metric it reads, its weight, which way it pushes the score, how
 * the values of several touchpoints combine, and the range that maps to the bottom and top of the
 * score.
 *
 * <p>The value of a criterion is the latest measurement (or live mean) of its metric at a
 * touchpoint; for a stage or a journey, the {@link #rollup()} of its touchpoints' values. Its
 * position is {@code (value - low) / (high - low)}, clamped to 0..1, and reversed when a lower
 * value raises the score. Without explicit bounds, {@code low} and {@code high} are the smallest
 * and largest value of the criterion among the subjects of the same kind in the journey.
 *
 * <pre>{@code
 * ExperienceCriterion cost = ExperienceCriterion.builder().name("cost per customer")
 *     .metric(Metric.COST).weight(3).rollup(Rollup.SUM).low(0).high(120).build();
 * ExperienceCriterion volume = ExperienceCriterion.of("how often", Metric.VOLUME, 2);
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ExperienceCriterion {
  ExperienceCriterion() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableExperienceCriterion.builder();
  }

  /**
   * A criterion whose higher values raise the score, averaged over touchpoints, with bounds from
   * the journey.
   *
   * @param name what the criterion is, such as {@code potential sales}
   * @param metric the metric it reads
   * @param weight its weight, greater than 0
   * @return the criterion
   */
  public static ExperienceCriterion of(String name, Metric metric, double weight) {
    return builder().name(name).metric(metric).weight(weight).build();
  }

  /**
   * What the criterion is.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The metric it reads.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * Its weight; weights are relative and need not add up to anything.
   *
   * @return the weight, greater than 0
   */
  public abstract double weight();

  /**
   * Whether a higher value raises the score (the default), or lowers it.
   *
   * @return true if higher values raise the score
   */
  @Value.Default
  public boolean higherRaisesScore() {
    return true;
  }

  /**
   * How the values of a stage's or journey's touchpoints combine; the mean unless set.
   *
   * @return the roll-up
   */
  @Value.Default
  public Rollup rollup() {
    return Rollup.MEAN;
  }

  /**
   * The value at and below which the criterion adds nothing (or everything, when lower raises the
   * score).
   *
   * @return the lower bound, or empty to take it from the journey
   */
  public abstract OptionalDouble low();

  /**
   * The value at and above which the criterion adds its full weight (or nothing, when lower raises
   * the score).
   *
   * @return the upper bound, or empty to take it from the journey
   */
  public abstract OptionalDouble high();

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("ExperienceCriterion", name())
            .text("name", name())
            .finite("weight", weight())
            .check(weight() > 0, "weight", "must be greater than 0", weight())
            .finite("low", low())
            .finite("high", high())
            .check(
                low().isPresent() == high().isPresent(),
                low().isPresent() ? "high" : "low",
                "must be given together with " + (low().isPresent() ? "low" : "high"),
                null);
    if (low().isPresent() && high().isPresent()) {
      problems.check(
          high().getAsDouble() > low().getAsDouble(),
          "high",
          "must be greater than low (" + Numbers.show(low().getAsDouble()) + ")",
          high().getAsDouble());
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code cost per customer: cost x3, lower raises, sum over [0..120]}.
   *
   * @return the criterion in words
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(name())
            .append(": ")
            .append(metric())
            .append(" x")
            .append(Numbers.show(weight()))
            .append(higherRaisesScore() ? ", higher raises" : ", lower raises")
            .append(", ")
            .append(rollup().name().toLowerCase(java.util.Locale.ROOT));
    if (low().isPresent()) {
      text.append(" over [")
          .append(Numbers.show(low().getAsDouble()))
          .append("..")
          .append(Numbers.show(high().getAsDouble()))
          .append(']');
    }
    return text.toString();
  }

  /** Builds an {@link ExperienceCriterion}; name, metric and weight are required. */
  public interface Builder {
    /**
     * Sets the name.
     *
     * @param name what the criterion is
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the metric.
     *
     * @param metric the metric it reads
     * @return this builder
     */
    Builder metric(Metric metric);

    /**
     * Sets the weight.
     *
     * @param weight greater than 0
     * @return this builder
     */
    Builder weight(double weight);

    /**
     * Sets which way the criterion pushes the score.
     *
     * @param higherRaisesScore false when a lower value should raise the score
     * @return this builder
     */
    Builder higherRaisesScore(boolean higherRaisesScore);

    /**
     * Sets how touchpoint values combine.
     *
     * @param rollup the roll-up
     * @return this builder
     */
    Builder rollup(Rollup rollup);

    /**
     * Sets the lower bound.
     *
     * @param low the value that maps to the bottom of the range
     * @return this builder
     */
    Builder low(double low);

    /**
     * Sets the upper bound.
     *
     * @param high the value that maps to the top of the range
     * @return this builder
     */
    Builder high(double high);

    /**
     * Builds the criterion.
     *
     * @return the criterion
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    ExperienceCriterion build();
  }
}
