package io.github.journeykit.core.model;

/**
 * What a {@link Location} points at.
 *
 * <pre>{@code
 * boolean atStep = gap.location().kind() == LocationKind.TOUCHPOINT;
 * }</pre>
 */
public enum LocationKind {
  /** The journey as a whole. */
  JOURNEY,
  /** One stage. */
  STAGE,
  /** One touchpoint. */
  TOUCHPOINT
}
