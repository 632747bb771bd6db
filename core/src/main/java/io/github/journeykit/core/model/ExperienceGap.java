package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The experience gap at a step, measured: perception minus expectation, {@code G = P - E},
 * SERVQUAL's gap 5 (A. Parasuraman, V. A. Zeithaml and L. L. Berry, "SERVQUAL: A multiple-item
 * scale for measuring consumer perceptions of service quality", Journal of Retailing, 1988).
 * Negative means the experience falls short of what customers expect. A {@link Gap} of type {@link
 * GapType#EXPERIENCE} names such a shortfall; this value is the number behind it, and the one
 * definition that scores and renderings use.
 *
 * <p>The rule: <b>there is a gap only when both perception and expectation are measured, on equal
 * {@link Scale}s</b>. Values on different scales do not subtract (4 on 1-5 against 6 on 1-7 says
 * nothing), and no rescaling is guessed. Otherwise there is no gap, and {@link #reason()} says why;
 * a journey may hold such a touchpoint, so a report or a score sheet shows no gap there rather than
 * failing as a whole.
 *
 * <pre>{@code
 * ExperienceGap gap = ExperienceGap.at(touchpoint);
 * gap.value();    // OptionalDouble[-2.7]: perception 3.4 against expectation 6.1, both on 1-7
 * gap.reason();   // Optional.empty; had expectation been on 1-5:
 *                 // Optional[perception is on [1..7] baseline 4 but expectation on [1..5] ...]
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ExperienceGap {
  ExperienceGap() {}

  /**
   * The experience gap at a touchpoint, from its latest perception and expectation.
   *
   * @param touchpoint the touchpoint
   * @return the gap, or none with the reason
   */
  public static ExperienceGap at(Touchpoint touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return between(touchpoint.latest(Metric.PERCEPTION), touchpoint.latest(Metric.EXPECTATION));
  }

  /**
   * The experience gap between a perception and an expectation from elsewhere, such as the means of
   * live survey answers.
   *
   * @param perception the perception, if measured; its metric must be {@link Metric#PERCEPTION}
   * @param expectation the expectation, if measured; its metric must be {@link Metric#EXPECTATION}
   * @return the gap, or none with the reason
   * @throws ValidationException if a measurement is of another metric
   */
  public static ExperienceGap between(
      Optional<Measurement> perception, Optional<Measurement> expectation) {
    return ImmutableExperienceGap.of(perception, expectation);
  }

  /**
   * The perception the gap is taken from.
   *
   * @return the perception, if measured
   */
  @Value.Parameter
  public abstract Optional<Measurement> perception();

  /**
   * The expectation the gap is taken from.
   *
   * @return the expectation, if measured
   */
  @Value.Parameter
  public abstract Optional<Measurement> expectation();

  /**
   * The gap, perception minus expectation.
   *
   * @return {@code P - E}, or empty when there is no gap ({@link #reason()} says why)
   */
  public OptionalDouble value() {
    return reason().isPresent()
        ? OptionalDouble.empty()
        : OptionalDouble.of(perception().get().value() - expectation().get().value());
  }

  /**
   * The scale that perception and expectation share.
   *
   * @return the scale, or empty when there is no gap
   */
  public Optional<Scale> scale() {
    return reason().isPresent() ? Optional.empty() : Optional.of(perception().get().scale());
  }

  /**
   * Why there is no gap: perception or expectation not measured, or measured on different scales.
   *
   * @return the reason, or empty when there is a gap
   */
  public Optional<String> reason() {
    if (perception().isEmpty() || expectation().isEmpty()) {
      return Optional.of(
          perception().isPresent()
              ? "expectation is not measured"
              : expectation().isPresent()
                  ? "perception is not measured"
                  : "perception and expectation are not measured");
    }
    Scale p = perception().get().scale();
    Scale e = expectation().get().scale();
    return p.equals(e)
        ? Optional.empty()
        : Optional.of(
            "perception is on "
                + p
                + " but expectation on "
                + e
                + ": a gap needs both on one scale");
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("ExperienceGap");
    requireMetric(problems, "perception", perception(), Metric.PERCEPTION);
    requireMetric(problems, "expectation", expectation(), Metric.EXPECTATION);
    problems.throwIfAny();
  }

  private static void requireMetric(
      Problems problems, String field, Optional<Measurement> measurement, Metric metric) {
    measurement.ifPresent(
        m ->
            problems.check(
                m.metric().equals(metric), field + ".metric", "must be " + metric, m.metric()));
  }

  /**
   * A short form such as {@code ExperienceGap[-2.7 = 3.4 - 6.1 on [1..7] baseline 4]}, or {@code
   * ExperienceGap[none: perception is not measured]}.
   *
   * @return the gap in words
   */
  @Override
  public String toString() {
    return reason()
        .map(r -> "ExperienceGap[none: " + r + "]")
        .orElseGet(
            () ->
                "ExperienceGap["
                    + Numbers.show(value().getAsDouble())
                    + " = "
                    + Numbers.show(perception().get().value())
                    + " - "
                    + Numbers.show(expectation().get().value())
                    + " on "
                    + scale().get()
                    + "]");
  }
}
