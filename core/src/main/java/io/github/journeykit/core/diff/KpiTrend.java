package io.github.journeykit.core.diff;

/**
 * Which way a KPI's current value (its latest reading, when it has readings) moved between two
 * versions, judged by the direction the KPI calls better: higher, unless the KPI says lower is
 * better. That is the way to its target, so a KPI that moves further past a target it already met
 * still moves toward it.
 *
 * <pre>{@code
 * boolean worse = movement.trend() == KpiTrend.AWAY_FROM_TARGET;
 * }</pre>
 */
public enum KpiTrend {
  /** The value moved the better way. */
  TOWARD_TARGET,
  /** The value moved the worse way. */
  AWAY_FROM_TARGET,
  /** The value did not move. */
  UNCHANGED
}
