package io.github.journeykit.core.trend;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.score.ConfidenceInterval;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The change of a figure between two sets of answers (two periods, two segments): both figures,
 * their difference (after minus before), its confidence interval when the answers allow one, the
 * verdict at that level, and the arithmetic in words.
 *
 * <pre>{@code
 * MeasuredChange change = Changes.between(Metric.CSAT, Scale.CSAT, q3, q4, 0.95);
 * change.difference();   // 0.42
 * change.interval();     // Optional[[0.11, 0.73] 95% welch]
 * change.verdict();      // IMPROVED
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class MeasuredChange {
  MeasuredChange() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableMeasuredChange.builder();
  }

  /**
   * The figure before.
   *
   * @return the value
   */
  public abstract double before();

  /**
   * The figure after.
   *
   * @return the value
   */
  public abstract double after();

  /**
   * After minus before.
   *
   * @return the difference
   */
  @Value.Derived
  public double difference() {
    return after() - before();
  }

  /**
   * The confidence interval of the difference.
   *
   * @return the interval, or empty when the answers allow none (fewer than two on a side for a
   *     mean)
   */
  public abstract Optional<ConfidenceInterval> interval();

  /**
   * What the change says.
   *
   * @return the verdict
   */
  public abstract ChangeVerdict verdict();

  /**
   * The arithmetic, such as {@code 4.2 - 3.78 = 0.42, Welch's t: [0.11, 0.73] at 95%, df 187.3}.
   *
   * @return the explanation
   */
  public abstract String explanation();

  @Value.Check
  final void check() {
    Problems.of("MeasuredChange")
        .finite("before", before())
        .finite("after", after())
        .text("explanation", explanation())
        .throwIfAny();
  }

  /**
   * A short form such as {@code MeasuredChange[3.78 -> 4.2: +0.42 [0.11, 0.73] improved]}.
   *
   * @return the change in words
   */
  @Override
  public String toString() {
    return "MeasuredChange["
        + Numbers.show(before())
        + " -> "
        + Numbers.show(after())
        + ": "
        + (difference() > 0 ? "+" : "")
        + Numbers.show(difference())
        + interval()
            .map(i -> " [" + Numbers.show(i.lower()) + ", " + Numbers.show(i.upper()) + "]")
            .orElse("")
        + " "
        + verdict().label()
        + "]";
  }

  /** Builds a {@link MeasuredChange}; every field but the interval is required. */
  public interface Builder {
    /**
     * Sets the figure before.
     *
     * @param before the value
     * @return this builder
     */
    Builder before(double before);

    /**
     * Sets the figure after.
     *
     * @param after the value
     * @return this builder
     */
    Builder after(double after);

    /**
     * Sets the interval of the difference.
     *
     * @param interval the interval
     * @return this builder
     */
    Builder interval(ConfidenceInterval interval);

    /**
     * Sets the verdict.
     *
     * @param verdict the verdict
     * @return this builder
     */
    Builder verdict(ChangeVerdict verdict);

    /**
     * Sets the arithmetic in words.
     *
     * @param explanation the explanation
     * @return this builder
     */
    Builder explanation(String explanation);

    /**
     * Builds the change.
     *
     * @return the change
     * @throws io.github.journeykit.core.model.ValidationException if a field is missing, a figure
     *     is not finite or the explanation is blank
     */
    MeasuredChange build();
  }
}
