package io.github.journeykit.scoring.internal;

import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.scoring.ScoringContext;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The current value of a metric at a touchpoint: the mean of live statistics where the context has
 * them, else the touchpoint's latest measurement. Not public API.
 *
 * @param value the value
 * @param scale its scale
 * @param sampleSize how many responses it rests on, if known
 * @param live whether it comes from live statistics
 */
public record Reading(double value, Scale scale, OptionalLong sampleSize, boolean live) {
  /**
   * The current value of {@code metric} at {@code touchpoint}.
   *
   * @param touchpoint the touchpoint
   * @param metric the metric
   * @param context the context, whose statistics win over measurements
   * @return the reading, or empty without data or without a scale for live data
   */
  public static Optional<Reading> of(Touchpoint touchpoint, Metric metric, ScoringContext context) {
    Optional<MetricStatistics> live = context.statistics().get(touchpoint.id(), metric);
    if (live.isPresent() && live.get().count() > 0) {
      Optional<Scale> scale = touchpoint.scaleOf(metric);
      if (scale.isPresent()) {
        return Optional.of(
            new Reading(
                live.get().mean().getAsDouble(),
                scale.get(),
                OptionalLong.of(live.get().count()),
                true));
      }
    }
    Optional<Measurement> measured = touchpoint.latest(metric);
    return measured.map(m -> new Reading(m.value(), m.scale(), m.sampleSize(), false));
  }

  /**
   * The reading as a measurement of {@code metric}, with its sample size.
   *
   * @param metric the metric it is a reading of
   * @return the measurement
   */
  public Measurement asMeasurement(Metric metric) {
    Measurement.Builder measurement =
        Measurement.builder().metric(metric).value(value).scale(scale);
    sampleSize.ifPresent(measurement::sampleSize);
    return measurement.build();
  }
}
