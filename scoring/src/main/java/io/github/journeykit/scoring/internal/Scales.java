package io.github.journeykit.scoring.internal;

import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import java.util.Optional;

/**
 * Which scale a metric's values have at a touchpoint. Not public API.
 *
 * <p>The scale of the touchpoint's latest measurement of the metric, else the metric's usual scale
 * ({@link Metric#usualScale()}), else none.
 */
public final class Scales {
  private Scales() {}

  /**
   * The scale of {@code metric} at {@code touchpoint}.
   *
   * @param touchpoint the touchpoint
   * @param metric the metric
   * @return the scale, or empty for a custom metric the touchpoint has never measured
   */
  public static Optional<Scale> of(Touchpoint touchpoint, Metric metric) {
    Optional<Scale> measured = touchpoint.latest(metric).map(Measurement::scale);
    return measured.isPresent() ? measured : metric.usualScale();
  }

  /** The rule an observation breaks when its metric has no scale at its touchpoint. */
  public static final String NO_SCALE_RULE =
      "must have a scale at the touchpoint: it has no measurement of the metric and the metric has"
          + " no usual scale";
}
