package io.github.journeykit.scoring.internal;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.scoring.IntervalMethod;
import java.util.List;

/** Small pieces the built-in strategies share. Not public API. */
final class Strategies {
  private Strategies() {}

  /** The width of a bounded scale, or an exception naming what needs it. */
  static double width(Scale scale, String subject, String path) {
    if (scale.max().isEmpty()) {
      throw new ValidationException(
          subject, List.of(Violation.of(path, "must have an upper bound", scale.range())));
    }
    return scale.max().getAsDouble() - scale.min();
  }

  /** A scale of differences between two values on {@code scale}: [-width..width], baseline 0. */
  static Scale differences(Scale scale, String subject, String path) {
    double width = width(scale, subject, path);
    return Scale.of(-width, width, 0);
  }

  /** Whether {@code value} is one of {@code allowed}. */
  static boolean oneOf(double value, double... allowed) {
    for (double a : allowed) {
      if (a == value) {
        return true;
      }
    }
    return false;
  }

  /** {@code value} clamped to the scale's bounds. */
  static double clamp(double value, Scale scale) {
    double low = Math.max(value, scale.min());
    return scale.max().isPresent() ? Math.min(low, scale.max().getAsDouble()) : low;
  }

  /** Checks the interval method and confidence level of a statistical strategy. */
  static void checkInterval(
      String what, IntervalMethod method, double level, IntervalMethod... allowed) {
    Problems problems =
        Problems.of(what)
            .finite("level", level)
            .check(level > 0 && level < 1, "level", "must lie strictly between 0 and 1", level);
    boolean ok = false;
    for (IntervalMethod a : allowed) {
      ok |= a == method;
    }
    problems.check(ok, "method", "must be one of " + List.of(allowed), method).throwIfAny();
  }

  /** A number as people write it. */
  static String show(double value) {
    return Numbers.show(value);
  }
}
