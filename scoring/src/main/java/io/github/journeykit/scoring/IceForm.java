package io.github.journeykit.scoring;

/**
 * How ICE combines impact, confidence and ease (each 1-10). There is no one convention, so the
 * choice is explicit.
 *
 * <pre>{@code
 * ScoringStrategy<ActionItem> ice = ScoringStrategies.ice(IceForm.MEAN);
 * }</pre>
 */
public enum IceForm {
  /** Impact x confidence x ease, from 1 to 1000. */
  PRODUCT,
  /** (Impact + confidence + ease) / 3, from 1 to 10. */
  MEAN
}
