package io.github.journeykit.core.path;

/**
 * How a case departs from the designed journey, in the terms of CJML (Halvorsrud, Kvale and
 * Følstad, "Improving service quality through customer journey analysis", 2016) and of conformance
 * checking (van der Aalst, "Process Mining", 2016).
 *
 * <pre>{@code
 * DeviationKind.REPEATED.word(); // "repeated"
 * }</pre>
 */
public enum DeviationKind {
  /** A required step of the journey that the case did not take. */
  MISSING,
  /** A step that is not on the map: an event that maps to no touchpoint. */
  AD_HOC,
  /** A step of the map taken out of its order (CJML's irregular sequence). */
  OUT_OF_ORDER,
  /**
   * A step of the map taken again: the same touchpoint, or another way to take the same step
   * (failure demand).
   */
  REPEATED,
  /** A step that failed: an event whose status says it did not succeed. */
  FAILING;

  /**
   * The kind in words, as reports show it: {@code missing}, {@code ad hoc}, {@code out of order},
   * {@code repeated}, {@code failing}.
   *
   * @return the word
   */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
