package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A number measured at a touchpoint: a metric's value on an explicit scale, with how many responses
 * it rests on, when it was collected and where it came from.
 *
 * <pre>{@code
 * Measurement feeling = Measurement.of(Metric.EMOTION, -1.4, Scale.EMOTION);
 * Measurement csat = Measurement.builder().metric(Metric.CSAT).value(3.1).scale(Scale.CSAT_ANSWER)
 *     .sampleSize(412).collected(LocalDate.of(2026, 10, 1))
 *     .source(DataSource.of("q3-pulse", DataSourceKind.SURVEY)).build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Measurement {
  Measurement() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableMeasurement.builder();
  }

  /**
   * A measurement without sample size, date or source.
   *
   * @param metric what was measured
   * @param value the value
   * @param scale the scale the value is on
   * @return the measurement
   * @throws ValidationException if the value is not finite or not on the scale
   */
  public static Measurement of(Metric metric, double value, Scale scale) {
    return builder().metric(metric).value(value).scale(scale).build();
  }

  /**
   * What was measured.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * The measured value, on {@link #scale()}: a mean, a share or a single reading.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The scale of the value.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * How many responses or events the value rests on.
   *
   * @return the sample size, at least 1, or empty if unknown
   */
  public abstract OptionalLong sampleSize();

  /**
   * When the data was collected (the end of the period, for aggregates).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> collected();

  /**
   * Where the data came from.
   *
   * @return the source, if known
   */
  public abstract Optional<DataSource> source();

  /**
   * Whether the value is worse than the scale's baseline.
   *
   * @return true for a pain point
   */
  public boolean isBelowBaseline() {
    return scale().isBelowBaseline(value());
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("Measurement", metric().name()).onScale("value", value(), scale());
    if (sampleSize().isPresent()) {
      problems.check(
          sampleSize().getAsLong() >= 1,
          "sampleSize",
          "must be at least 1 (leave it unset when unknown)",
          sampleSize().getAsLong());
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code csat 3.1 on [1..5] baseline 3 (n=412, 2026-10-01)}.
   *
   * @return the measurement in words
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(metric().name()).append(' ').append(Numbers.show(value()));
    text.append(" on ").append(scale());
    if (sampleSize().isPresent() || collected().isPresent()) {
      text.append(" (");
      sampleSize().ifPresent(n -> text.append("n=").append(n));
      if (sampleSize().isPresent() && collected().isPresent()) {
        text.append(", ");
      }
      collected().ifPresent(text::append);
      text.append(')');
    }
    return text.toString();
  }

  /** Builds a {@link Measurement}; metric, value and scale are required. */
  public interface Builder {
    /**
     * Sets the metric.
     *
     * @param metric what was measured
     * @return this builder
     */
    Builder metric(Metric metric);

    /**
     * Sets the value.
     *
     * @param value the value, on the scale
     * @return this builder
     */
    Builder value(double value);

    /**
     * Sets the scale.
     *
     * @param scale the scale of the value
     * @return this builder
     */
    Builder scale(Scale scale);

    /**
     * Sets the sample size.
     *
     * @param sampleSize how many responses, at least 1
     * @return this builder
     */
    Builder sampleSize(long sampleSize);

    /**
     * Sets the collection date.
     *
     * @param collected when the data was collected
     * @return this builder
     */
    Builder collected(LocalDate collected);

    /**
     * Sets the source.
     *
     * @param source where the data came from
     * @return this builder
     */
    Builder source(DataSource source);

    /**
     * Builds the measurement.
     *
     * @return the measurement
     * @throws ValidationException if a rule is broken
     */
    Measurement build();
  }
}
