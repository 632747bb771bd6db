package io.github.journeykit.scoring.internal;

import io.github.journeykit.core.model.ActionItem;
import java.util.OptionalDouble;

/** Reads several estimates of an action at once. Not public API. */
final class EstimateReader {
  private EstimateReader() {}

  /**
   * The estimates under {@code keys}, in order.
   *
   * @return the values, or null unless all are given
   */
  static double[] read(ActionItem action, String... keys) {
    double[] values = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      OptionalDouble value = action.estimate(keys[i]);
      if (value.isEmpty()) {
        return null;
      }
      values[i] = value.getAsDouble();
    }
    return values;
  }
}
