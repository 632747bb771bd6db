package io.github.journeykit.core.score;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One line of a score's explanation: a factor, the value it had, and, for additive scores, its
 * weight and the points it added.
 *
 * <pre>{@code
 * Contribution reach = Contribution.of("reach", 12_000);
 * Contribution cost = Contribution.builder().factor("cost per customer").value(42)
 *     .weight(0.3).points(21.5).note("lower is better").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Contribution {
  Contribution() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableContribution.builder();
  }

  /**
   * A factor and the value it had, without weight or points.
   *
   * @param factor what contributed
   * @param value its value
   * @return the contribution
   */
  public static Contribution of(String factor, double value) {
    return builder().factor(factor).value(value).build();
  }

  /**
   * What contributed, such as {@code reach} or {@code cost per customer}.
   *
   * @return the factor
   */
  public abstract String factor();

  /**
   * The factor's value as the strategy read it.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The factor's weight, for weighted scores.
   *
   * @return the weight, if any
   */
  public abstract OptionalDouble weight();

  /**
   * The points the factor added to the score, for additive scores.
   *
   * @return the points, if the score is additive
   */
  public abstract OptionalDouble points();

  /**
   * A remark, such as "lower is better" or "capped at 0.5".
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Problems.of("Contribution", factor())
        .text("factor", factor())
        .finite("value", value())
        .finite("weight", weight())
        .finite("points", points())
        .text("note", note())
        .throwIfAny();
  }

  /**
   * A short form such as {@code reach=12000} or {@code cost=42 x0.3 -> 21.5 (lower is better)}.
   *
   * @return the contribution in words
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(factor()).append('=').append(Numbers.show(value()));
    weight().ifPresent(w -> text.append(" x").append(Numbers.show(w)));
    points().ifPresent(p -> text.append(" -> ").append(Numbers.show(p)));
    note().ifPresent(n -> text.append(" (").append(n).append(')'));
    return text.toString();
  }

  /** Builds a {@link Contribution}; factor and value are required. */
  public interface Builder {
    /**
     * Sets the factor.
     *
     * @param factor what contributed
     * @return this builder
     */
    Builder factor(String factor);

    /**
     * Sets the value.
     *
     * @param value the factor's value
     * @return this builder
     */
    Builder value(double value);

    /**
     * Sets the weight.
     *
     * @param weight the factor's weight
     * @return this builder
     */
    Builder weight(double weight);

    /**
     * Sets the points added.
     *
     * @param points the points
     * @return this builder
     */
    Builder points(double points);

    /**
     * Sets a note.
     *
     * @param note the remark
     * @return this builder
     */
    Builder note(String note);

    /**
     * Builds the contribution.
     *
     * @return the contribution
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    Contribution build();
  }
}
