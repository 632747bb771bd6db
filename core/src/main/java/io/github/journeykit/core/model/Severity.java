package io.github.journeykit.core.model;

/**
 * How serious a gap is, from {@link #LOW} to {@link #CRITICAL}; constants are in increasing order,
 * so {@code compareTo} ranks them.
 *
 * <pre>{@code
 * boolean urgent = gap.severity().compareTo(Severity.HIGH) >= 0;
 * }</pre>
 */
public enum Severity {
  /** A nuisance. */
  LOW,
  /** A noticeable shortfall. */
  MEDIUM,
  /** A shortfall that costs customers or money. */
  HIGH,
  /** A shortfall that must be closed first. */
  CRITICAL
}
