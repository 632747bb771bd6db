package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The scale a value is on: its range, its neutral baseline, and which way is better.
 *
 * <p>A value below the baseline of its scale is a pain point ("Customer Journey Mapping": "in red
 * and below a baseline"). Common scales are constants; build others with {@link #of(double,
 * double)} or {@link #builder()}.
 *
 * <pre>{@code
 * Scale likert = Scale.LIKERT_7;                 // 1..7, baseline 4
 * Scale effort = Scale.builder().min(1).max(5).higherIsBetter(false).build();
 * Scale euros = Scale.atLeast(0).withUnit("EUR");
 * boolean pain = Scale.EMOTION.isBelowBaseline(-1); // true
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Scale {
  /** Emotion from -2 (very negative) to +2 (very positive), baseline 0. */
  public static final Scale EMOTION = of(-2, 2, 0);

  /** A 1-5 agreement or rating scale, baseline 3. */
  public static final Scale LIKERT_5 = of(1, 5, 3);

  /** A 1-7 agreement scale as in SERVQUAL, baseline 4. */
  public static final Scale LIKERT_7 = of(1, 7, 4);

  /** A 0-10 rating, as in "turn a 7 into a 10", baseline 5. */
  public static final Scale RATING_10 = of(0, 10, 5);

  /** The 0-10 likelihood-to-recommend answer of a Net Promoter survey. */
  public static final Scale NPS_ANSWER = builder().min(0).max(10).build();

  /** The Net Promoter Score itself, -100..100, baseline 0. */
  public static final Scale NPS = of(-100, 100, 0);

  /** A 1-5 satisfaction answer (CSAT), baseline 3. */
  public static final Scale CSAT_ANSWER = of(1, 5, 3);

  /**
   * A 1-7 Customer Effort Score 2.0 answer, agreement that it was easy: higher is better, baseline
   * 4.
   */
  public static final Scale CES_ANSWER = of(1, 7, 4);

  /** The original 1-5 Customer Effort Score answer, effort: lower is better, baseline 3. */
  public static final Scale CES_EFFORT_ANSWER =
      builder().min(1).max(5).baseline(3).higherIsBetter(false).build();

  /** A share from 0 to 100 percent. */
  public static final Scale PERCENT = builder().min(0).max(100).unit("%").build();

  /**
   * A score from 1 to 100, as experience scores are ("Customer Journey Mapping", on experience
   * scores).
   */
  public static final Scale SCORE_100 = builder().min(1).max(100).build();

  Scale() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableScale.builder();
  }

  /**
   * A bounded scale without a baseline, higher is better.
   *
   * @param min the lowest value
   * @param max the highest value
   * @return the scale
   * @throws ValidationException if the bounds are not finite or {@code min >= max}
   */
  public static Scale of(double min, double max) {
    return builder().min(min).max(max).build();
  }

  /**
   * A bounded scale with a baseline, higher is better.
   *
   * @param min the lowest value
   * @param max the highest value
   * @param baseline the neutral value; values below it are pain points
   * @return the scale
   * @throws ValidationException if the bounds are not finite, {@code min >= max}, or the baseline
   *     lies outside them
   */
  public static Scale of(double min, double max, double baseline) {
    return builder().min(min).max(max).baseline(baseline).build();
  }

  /**
   * A scale with no upper bound, for counts, durations and costs.
   *
   * @param min the lowest value
   * @return the scale
   */
  public static Scale atLeast(double min) {
    return builder().min(min).build();
  }

  /**
   * The lowest value on the scale.
   *
   * @return the lower bound
   */
  public abstract double min();

  /**
   * The highest value on the scale, if it has one.
   *
   * @return the upper bound, or empty for an open scale
   */
  public abstract OptionalDouble max();

  /**
   * The neutral value: values below it are pain points.
   *
   * @return the baseline, or empty if the scale has none
   */
  public abstract OptionalDouble baseline();

  /**
   * Whether a higher value is a better experience (true for most scales, false for effort or cost).
   *
   * @return true if higher is better
   */
  @Value.Default
  public boolean higherIsBetter() {
    return true;
  }

  /**
   * The unit of the values, such as {@code %}, {@code EUR} or {@code minutes}.
   *
   * @return the unit, if any
   */
  public abstract Optional<String> unit();

  /**
   * This scale with another unit.
   *
   * @param unit the unit
   * @return the scale with the unit
   */
  public abstract Scale withUnit(String unit);

  /**
   * Whether {@code value} lies on the scale, bounds included.
   *
   * @param value the value
   * @return true if {@code min <= value <= max}
   */
  public boolean contains(double value) {
    return value >= min() && (max().isEmpty() || value <= max().getAsDouble());
  }

  /**
   * Whether {@code value} is worse than the baseline: below it where higher is better, above it
   * where lower is better. A scale without a baseline has no pain points.
   *
   * @param value the value
   * @return true if the value is on the bad side of the baseline
   */
  public boolean isBelowBaseline(double value) {
    if (baseline().isEmpty()) {
      return false;
    }
    double base = baseline().getAsDouble();
    return higherIsBetter() ? value < base : value > base;
  }

  /**
   * How far {@code value} is from the baseline in the direction of better: positive above it,
   * negative below it (for lower-is-better scales, the sign is flipped so that negative is still
   * worse).
   *
   * @param value the value
   * @return the signed distance from the baseline, or empty if the scale has no baseline
   */
  public OptionalDouble relativeToBaseline(double value) {
    if (baseline().isEmpty()) {
      return OptionalDouble.empty();
    }
    double delta = value - baseline().getAsDouble();
    return OptionalDouble.of(higherIsBetter() ? delta : -delta);
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("Scale").finite("min", min()).finite("max", max());
    if (max().isPresent() && Double.isFinite(max().getAsDouble()) && max().getAsDouble() <= min()) {
      problems.add(
          "max", "must be greater than min (" + Numbers.show(min()) + ")", max().getAsDouble());
    }
    problems.finite("baseline", baseline()).text("unit", unit());
    if (!problems.any() && baseline().isPresent() && !contains(baseline().getAsDouble())) {
      problems.add("baseline", "must lie on the scale " + range(), baseline().getAsDouble());
    }
    problems.throwIfAny();
  }

  /**
   * The range in interval notation, such as {@code [1..7]} or {@code [0..)}.
   *
   * @return the range
   */
  public String range() {
    return "["
        + Numbers.show(min())
        + ".."
        + (max().isPresent() ? Numbers.show(max().getAsDouble()) : "")
        + "]";
  }

  /**
   * A short form such as {@code [1..7] baseline 4} or {@code [1..5] lower is better}.
   *
   * @return the scale in words
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(range());
    baseline().ifPresent(b -> text.append(" baseline ").append(Numbers.show(b)));
    if (!higherIsBetter()) {
      text.append(" lower is better");
    }
    unit().ifPresent(u -> text.append(' ').append(u));
    return text.toString();
  }

  /** Builds a {@link Scale}; {@code min} is required. */
  public interface Builder {
    /**
     * Sets the lowest value.
     *
     * @param min the lower bound
     * @return this builder
     */
    Builder min(double min);

    /**
     * Sets the highest value; leave unset for an open scale.
     *
     * @param max the upper bound
     * @return this builder
     */
    Builder max(double max);

    /**
     * Sets the neutral value below which values are pain points.
     *
     * @param baseline the baseline
     * @return this builder
     */
    Builder baseline(double baseline);

    /**
     * Sets whether higher values are better (the default).
     *
     * @param higherIsBetter false for effort, cost and the like
     * @return this builder
     */
    Builder higherIsBetter(boolean higherIsBetter);

    /**
     * Sets the unit.
     *
     * @param unit such as {@code %} or {@code EUR}
     * @return this builder
     */
    Builder unit(String unit);

    /**
     * Builds the scale.
     *
     * @return the scale
     * @throws ValidationException if a rule is broken or {@code min} was not set
     */
    Scale build();
  }
}
