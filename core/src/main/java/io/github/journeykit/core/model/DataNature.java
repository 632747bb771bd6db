package io.github.journeykit.core.model;

/**
 * Whether a data source yields numbers or words. Journey mapping gathers both (Gartner, "What you
 * need are strong governance and oversight").
 *
 * <pre>{@code
 * boolean counts = source.nature() == DataNature.QUANTITATIVE;
 * }</pre>
 */
public enum DataNature {
  /** Words, stories, observations. */
  QUALITATIVE,
  /** Numbers that can be aggregated. */
  QUANTITATIVE
}
