package io.github.journeykit.core.model;

/**
 * Whether a moment that matters makes or breaks the journey (Walters, "The 'What's Next' of
 * Customer Journey Mapping"): positive moments are amplified ("turn a 7 into a 10"), negative ones
 * are fixed.
 *
 * <pre>{@code
 * List<MomentThatMatters> toFix = journey.moments(Polarity.BREAK);
 * }</pre>
 */
public enum Polarity {
  /** A moment that wins loyalty, purchases or word of mouth when it goes well. */
  MAKE,
  /** A moment that loses the customer when it goes badly. */
  BREAK
}
