package io.github.journeykit.core.score;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A confidence interval around a statistical score: its bounds, its confidence level and the method
 * that produced it (such as {@code wald}, {@code adjusted-wald} or {@code t}).
 *
 * <pre>{@code
 * ConfidenceInterval ci = ConfidenceInterval.of(18.2, 41.9, 0.95, "adjusted-wald");
 * ci.width(); // 23.7
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ConfidenceInterval {
  ConfidenceInterval() {}

  /**
   * An interval.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not below {@code lower}
   * @param level the confidence level, between 0 and 1 exclusive, such as 0.95
   * @param method the method that produced it, such as {@code wald}
   * @return the interval
   */
  public static ConfidenceInterval of(double lower, double upper, double level, String method) {
    return ImmutableConfidenceInterval.of(lower, upper, level, method);
  }

  /**
   * The lower bound.
   *
   * @return the bound
   */
  @Value.Parameter
  public abstract double lower();

  /**
   * The upper bound.
   *
   * @return the bound
   */
  @Value.Parameter
  public abstract double upper();

  /**
   * The confidence level, such as 0.95.
   *
   * @return the level
   */
  @Value.Parameter
  public abstract double level();

  /**
   * The method that produced the interval, such as {@code wald}, {@code adjusted-wald}, {@code
   * wilson}, {@code t} or {@code normal}.
   *
   * @return the method
   */
  @Value.Parameter
  public abstract String method();

  /**
   * The distance between the bounds.
   *
   * @return upper minus lower
   */
  public double width() {
    return upper() - lower();
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("ConfidenceInterval")
            .finite("lower", lower())
            .finite("upper", upper())
            .finite("level", level())
            .check(
                level() > 0 && level() < 1, "level", "must lie strictly between 0 and 1", level())
            .text("method", method());
    if (Double.isFinite(lower()) && Double.isFinite(upper()) && upper() < lower()) {
      problems.add("upper", "must not be below lower (" + Numbers.show(lower()) + ")", upper());
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code 95% CI [18.2, 41.9] adjusted-wald}.
   *
   * @return the interval in words
   */
  @Override
  public String toString() {
    return Numbers.show(level() * 100)
        + "% CI ["
        + Numbers.show(lower())
        + ", "
        + Numbers.show(upper())
        + "] "
        + method();
  }
}
